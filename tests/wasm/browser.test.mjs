// wasm/worker.js in headless Chromium (playwright-core + Debian's chromium): the module worker
// loads the engine, output streams, the `\N{...}` name table loads on demand, asyncio.sleep
// keeps time, task switches are not clamped.
// Skipped when playwright-core or chromium is missing.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
let chromium = null;
try {
  ({ chromium } = await import('playwright-core'));
} catch {
  // Not installed: the tests are skipped.
}
const skip = !chromium || !CHROMIUM ? 'needs playwright-core and chromium' : false;

const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
let server;
let browser;
let page;
let origin;

before(async () => {
  if (skip) return;
  // The repository, served as a static host would serve it; '/' is an empty page.
  server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>engine</title>');
      return;
    }
    const file = normalize(join(ROOT, path));
    if (!file.startsWith(ROOT) || file.includes(`${sep}node_modules${sep}`)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  page = await browser.newPage();
  await page.goto(`${origin}/`);
  // The page side of the protocol, kept in the page: runs a program and collects its messages.
  await page.evaluate(() => {
    window.started = performance.now();
    window.worker = new Worker('/wasm/worker.js', { type: 'module' });
    window.messages = [];
    window.ready = new Promise((resolve, reject) => {
      window.worker.onmessage = ({ data }) => {
        window.messages.push({ ...data, received: performance.now() });
        if (data.type === 'ready') resolve(data);
        if (data.type === 'error') reject(new Error(data.message));
        if (data.type === 'exit') window.onexit?.(data);
      };
    });
    window.runProgram = (code, options = {}) => new Promise((resolve) => {
      const from = window.messages.length;
      const sent = performance.now();
      window.onexit = () => resolve(window.messages.slice(from).map((m) => ({ ...m, received: m.received - sent })));
      window.worker.postMessage({ type: 'run', code, filename: 'main.py', ...options });
    });
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('the worker loads the engine and says ready', { skip }, async (t) => {
  const ready = await page.evaluate(() => window.ready.then((data) => ({ ...data, sinceStart: performance.now() - window.started })));
  assert.equal(typeof ready.loadMs, 'number');
  t.diagnostic(`worker ready: loadMs ${ready.loadMs} (page saw it after ${ready.sinceStart.toFixed(0)} ms)`);
});

test('output reaches the page as it is printed', { skip }, async () => {
  const messages = await page.evaluate(() => window.runProgram(
    'import asyncio\nasync def main():\n    print("one")\n    await asyncio.sleep(0.5)\n    print("two")\nasyncio.run(main())\n'));
  const one = messages.find((m) => m.type === 'stdout' && m.text.includes('one'));
  const exit = messages.at(-1);
  assert.equal(exit.status, 0);
  assert.ok(exit.received - one.received >= 450, `one received at ${one.received} ms, exit at ${exit.received} ms`);
});

test('a \\N{...} escape reads the name table with a synchronous request', { skip }, async () => {
  const messages = await page.evaluate(() => window.runProgram('print("\\N{GREEK SMALL LETTER ALPHA}")\n'));
  assert.equal(messages.filter((m) => m.type === 'stdout').map((m) => m.text).join(''), '\u03b1\n');
  assert.equal(messages.at(-1).status, 0);
});

test('asyncio.sleep(1) resolves within 1 s ± 10 ms', { skip }, async (t) => {
  const messages = await page.evaluate(() => window.runProgram(
    'import asyncio, time\nasync def main():\n    t = time.perf_counter()\n    await asyncio.sleep(1)\n' +
    '    print(round((time.perf_counter() - t) * 1000, 1))\nasyncio.run(main())\n'));
  const ms = Number(messages.find((m) => m.type === 'stdout').text);
  t.diagnostic(`asyncio.sleep(1) took ${ms} ms`);
  assert.ok(Math.abs(ms - 1000) <= 10, `${ms} ms`);
});

test('100 tasks x 1000 sleep(0) are not clamped', { skip }, async (t) => {
  const messages = await page.evaluate(() => window.runProgram(
    'import asyncio, time\nasync def worker():\n    for _ in range(1000):\n        await asyncio.sleep(0)\n' +
    'async def main():\n    t = time.perf_counter()\n    await asyncio.gather(*(worker() for _ in range(100)))\n' +
    '    print(round((time.perf_counter() - t) * 1000, 1))\nasyncio.run(main())\n'));
  const ms = Number(messages.find((m) => m.type === 'stdout').text);
  t.diagnostic(`100 tasks x 1000 sleep(0): ${ms} ms`);
  // 100 000 task switches: a 4 ms clamp per slice or per switch would take far longer.
  assert.ok(ms < 10000, `${ms} ms`);
});

test('stop ends a sleeping program', { skip }, async () => {
  const result = await page.evaluate(async () => {
    const done = window.runProgram('import time\ntime.sleep(60)\n');
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = performance.now();
    window.worker.postMessage({ type: 'stop' });
    const messages = await done;
    return { messages, stopMs: performance.now() - stopped };
  });
  assert.ok(result.stopMs < 200, `${result.stopMs} ms`);
  assert.equal(result.messages.at(-1).status, 1);
});
