// The Web Worker protocol of wasm/worker.js, spoken to a node worker thread that plays the
// browser's worker: `self`, postMessage and onmessage are mapped onto worker_threads, fetch
// reads file: URLs (node's own fetch cannot), and a synchronous XMLHttpRequest (which node
// lacks) reads them too, so worker.js runs unchanged.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Worker } from 'node:worker_threads';

const WORKER_URL = new URL('../../wasm/worker.js', import.meta.url);

// A worker thread running worker.js as a browser would. `assets: false` plays a host that
// serves the engine but not the files next to it (its XMLHttpRequests get a 404), `deferred:
// false` one that does not serve the engine's deferred part.
const bootstrap = ({ assets = true, deferred = true } = {}) => `
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
globalThis.self = globalThis;
globalThis.postMessage = (message) => parentPort.postMessage(message);
parentPort.on('message', (data) => globalThis.onmessage?.({ data }));
const webFetch = globalThis.fetch;
globalThis.fetch = async (url) => {
  if (!String(url).startsWith('file:')) return webFetch(url);
  const body = await readFile(fileURLToPath(url));
  return new Response(body, { headers: { 'content-type': 'application/wasm' } });
};
globalThis.XMLHttpRequest = class {
  open(method, url, async) {
    if (async !== false) throw new Error('only synchronous requests are played');
    this.url = url;
  }
  send() {
    this.status = 404;
    const deferredPart = String(this.url).endsWith('/attendable_engine.deferred.wasm');
    if (deferredPart ? !${deferred} : !${assets}) return;
    const bytes = readFileSync(fileURLToPath(this.url));
    this.response = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    this.status = 200;
  }
};
await import(${JSON.stringify(WORKER_URL.href)});
`;

// The page's side: messages received so far, and a way to wait for the next of a type.
class Page {
  constructor(options) {
    this.worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap(options))}`));
    this.messages = [];
    this.waiters = [];
    this.worker.on('message', (message) => {
      this.messages.push(message);
      this.waiters = this.waiters.filter(({ type, resolve }) => {
        if (message.type !== type) return true;
        resolve(message);
        return false;
      });
    });
  }

  next(type, timeoutMs = 5000) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no '${type}' message within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ type, resolve: (message) => { clearTimeout(timer); resolve(message); } });
    });
  }

  send(message) {
    this.worker.postMessage(message);
  }

  // Runs a program; resolves with the messages of that run, up to and including 'exit'.
  async run(code, options = {}) {
    const from = this.messages.length;
    const exit = this.next('exit', options.timeoutMs);
    this.send({ type: 'run', code, filename: 'main.py', virtualTime: false, display: false, ...options });
    await exit;
    return this.messages.slice(from);
  }
}

const stdoutOf = (messages) => messages.filter((m) => m.type === 'stdout').map((m) => m.text).join('');
const stderrOf = (messages) => messages.filter((m) => m.type === 'stderr').map((m) => m.text).join('');

let page;

before(async () => {
  page = new Page();
  await page.next('ready', 10000);
});

after(() => page.worker.terminate());

test("the worker says 'ready' with its load time", () => {
  const ready = page.messages.find((m) => m.type === 'ready');
  assert.equal(typeof ready.loadMs, 'number');
});

test("a run posts 'stdout' messages with their time, then 'exit'", async () => {
  const messages = await page.run('print("hello")\n');
  assert.equal(stdoutOf(messages), 'hello\n');
  const exit = messages.at(-1);
  assert.equal(exit.type, 'exit');
  assert.equal(exit.status, 0);
  assert.equal(typeof exit.elapsedMs, 'number');
  assert.ok(messages.filter((m) => m.type === 'stdout').every((m) => typeof m.t === 'number' && m.t <= exit.elapsedMs));
});

test('output is posted as it is printed, with the real time it was printed at', async () => {
  const messages = await page.run('import time\nprint("one")\ntime.sleep(0.3)\nprint("two")\n');
  const one = messages.find((m) => m.type === 'stdout' && m.text.includes('one'));
  const two = messages.find((m) => m.type === 'stdout' && m.text.includes('two'));
  // 'one' carries the time it was printed, before the sleep, not the time the run ended (an
  // absolute bound on it failed on a machine loaded by parallel tests).
  assert.ok(two.t - one.t >= 290, `one at ${one.t} ms, two at ${two.t} ms`);
  assert.ok(two.t >= 290, `two at ${two.t} ms`);
});

test('a \\N{...} escape reads the name table next to the engine', async () => {
  const messages = await page.run('print("\\N{GREEK SMALL LETTER ALPHA}")\n');
  assert.equal(stdoutOf(messages), '\u03b1\n');
  assert.equal(messages.at(-1).status, 0);
});

test('without the name table, a \\N{...} escape is a SyntaxError and the worker carries on', async () => {
  const bare = new Page({ assets: false });
  try {
    await bare.next('ready', 10000);
    const messages = await bare.run('print("\\N{GREEK SMALL LETTER ALPHA}")\n');
    assert.match(stderrOf(messages), /SyntaxError: \(unicode error\) 'unicodeescape' codec can't decode bytes in position 0-27: unknown Unicode character name\n$/);
    assert.equal(messages.at(-1).status, 1);
    assert.equal(stdoutOf(await bare.run('print("\\N{CJK UNIFIED IDEOGRAPH-4E2D}", 1 + 1)\n')), '\u4e2d 2\n');
  } finally {
    await bare.worker.terminate();
  }
});

test('without the deferred part, a program that needs it stops with a message and the worker carries on', async () => {
  const bare = new Page({ deferred: false });
  try {
    await bare.next('ready', 10000);
    const messages = await bare.run('print("complex")\nprint(complex(1, 2) * 2)\n');
    assert.equal(stdoutOf(messages), 'complex\n');
    assert.equal(stderrOf(messages), 'SystemError: the engine stopped: cannot load attendable_engine.deferred.wasm, the rest of the engine (not found)\n');
    assert.equal(messages.at(-1).status, 1);
    assert.equal(stdoutOf(await bare.run('print(1 + 1)\n')), '2\n');
  } finally {
    await bare.worker.terminate();
  }
});

test("'prefetch' downloads the deferred part and the archive, which runs then use without a request", async () => {
  // A host whose synchronous requests all fail: only the prefetched bytes can serve the run.
  const bare = new Page({ assets: false, deferred: false });
  try {
    await bare.next('ready', 10000);
    const prefetched = bare.next('prefetched', 10000);
    bare.send({ type: 'prefetch' });
    assert.equal((await prefetched).files, 2);
    const messages = await bare.run('import random\nrandom.seed(1)\nprint(complex(1, 2) * 2, random.randrange(100))\n');
    assert.equal(stderrOf(messages), '');
    assert.equal(stdoutOf(messages), '(2+4j) 17\n');
  } finally {
    await bare.worker.terminate();
  }
});

test("tracebacks arrive as 'stderr' and the status is 1", async () => {
  const messages = await page.run('1 / 0\n');
  assert.match(stderrOf(messages), /ZeroDivisionError: division by zero\n$/);
  assert.equal(messages.at(-1).status, 1);
});

test("input() posts 'input-request' and takes the page's 'input' answer", async () => {
  const from = page.messages.length;
  const request = page.next('input-request');
  const exit = page.next('exit');
  page.send({ type: 'run', code: 'n = input("How many? ")\nprint(int(n) * 2)\n' });
  assert.equal((await request).prompt, 'How many? ');
  page.send({ type: 'input', line: '21' });
  await exit;
  assert.equal(stdoutOf(page.messages.slice(from)), 'How many? 42\n');
});

test("an 'input' of null is end of input", async () => {
  const request = page.next('input-request');
  const exit = page.next('exit');
  page.send({ type: 'run', code: 'input()\n' });
  await request;
  page.send({ type: 'input', line: null });
  assert.equal((await exit).status, 1);
});

test("'stop' ends a program in time.sleep(60) within 200 ms", async () => {
  const from = page.messages.length;
  const exit = page.next('exit');
  page.send({ type: 'run', code: 'import time\ntime.sleep(60)\n' });
  await new Promise((resolve) => setTimeout(resolve, 100));
  const stopped = performance.now();
  page.send({ type: 'stop' });
  await exit;
  assert.ok(performance.now() - stopped < 200);
  assert.match(stderrOf(page.messages.slice(from)), /KeyboardInterrupt\n$/);
});

test("a 'run' during a run stops the first and runs the second", async () => {
  const from = page.messages.length;
  page.send({ type: 'run', code: 'import time\nprint("first")\ntime.sleep(60)\n' });
  await page.next('stdout');
  const firstExit = page.next('exit');
  page.send({ type: 'run', code: 'print("second")\n' });
  assert.equal((await firstExit).status, 1);
  await page.next('exit');
  const all = page.messages.slice(from);
  const exits = all.flatMap((m, i) => (m.type === 'exit' ? [i] : []));
  assert.equal(exits.length, 2);
  assert.equal(stdoutOf(all.slice(0, exits[0])), 'first\n');
  assert.match(stderrOf(all.slice(0, exits[0])), /KeyboardInterrupt\n$/);
  assert.equal(stdoutOf(all.slice(exits[0])), 'second\n');
});

test("'stop' ends `while True: pass` within 200 ms", async () => {
  const page = new Page();
  try {
    await page.next('ready', 10000);
    const exit = page.next('exit', 1000);
    page.send({ type: 'run', code: 'while True:\n    pass\n' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The loop ends its slice at a back-edge, so the worker hears 'stop' between slices.
    const stopped = performance.now();
    page.send({ type: 'stop' });
    const { status } = await exit;
    assert.ok(performance.now() - stopped < 200, `stopped after ${performance.now() - stopped} ms`);
    assert.equal(status, 1);
    assert.match(stderrOf(page.messages), /KeyboardInterrupt\n$/);
  } finally {
    await page.worker.terminate();
  }
});
