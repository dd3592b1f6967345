// Shared pieces of the browser tests: a static server for dist/, Debian's Chromium through
// playwright-core (never a downloaded browser), and a recorder that notes when each console
// line appears, in the page's own clock, so timings do not include Playwright's round trips.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Serves dist/ with scripts/serve.mjs (the server `npm start` uses); resolves with its base URL.
export async function startServer() {
  if (!existsSync(`${ROOT}/dist/index.html`)) throw new Error('dist/ is missing: run `npx vite build` first');
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/serve.mjs', 'dist', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (data) => {
      if (String(data).includes('served at')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`scripts/serve.mjs exited (${code})`)));
  });
  return { url: `http://localhost:${port}/`, stop: () => child.kill() };
}

export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
}

// Installed in every page before its scripts: records each console line's text when the line is
// added or grows, with performance.now() (the first 20000 records, and every note after them).
function recordConsole() {
  window.__lines = [];
  const seen = new WeakMap();
  const record = (line, now) => {
    const text = line.querySelector('.text')?.textContent ?? '';
    if (seen.get(line) === text) return;
    seen.set(line, text);
    if (window.__lines.length < 20000 || line.classList.contains('meta')) window.__lines.push({ text, className: line.className, at: now });
  };
  const observer = new MutationObserver((mutations) => {
    const now = performance.now();
    for (const mutation of mutations) {
      const nodes = mutation.type === 'childList' ? mutation.addedNodes : [mutation.target];
      for (const node of nodes) {
        const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
        const line = element?.closest('[data-testid=console] .line');
        if (line) record(line, now);
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    window.__runInitiallyDisabled = document.querySelector('[data-testid=run]')?.disabled;
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}

// A page in a fresh context; fails the test on a page error or a request to another host.
export async function openPage(browser, url, { colorScheme = 'light', viewport = { width: 1280, height: 800 }, isMobile = false } = {}) {
  const context = await browser.newContext({ colorScheme, viewport, isMobile, hasTouch: isMobile, locale: 'en-US' });
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    page.problems.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await context.route('**/*', (route) => {
    const requested = new URL(route.request().url());
    if (requested.hostname === 'localhost' || requested.protocol === 'data:') return route.continue();
    page.problems.push(`request to another host: ${requested.href}`);
    return route.abort();
  });
  await page.addInitScript(recordConsole);
  await page.goto(url);
  return page;
}

export async function waitReady(page, timeout = 20000) {
  await page.waitForSelector('[data-testid=run]:not([disabled])', { timeout });
}

// Clicks Run from inside the page and returns the page time of the click.
export async function clickInPage(page, testid) {
  return page.evaluate((id) => {
    const at = performance.now();
    document.querySelector(`[data-testid=${id}]`).click();
    return at;
  }, testid);
}

// Waits for a console line whose text includes `text` (or whose class includes `className`);
// returns its record {text, className, at}.
export async function waitLine(page, { text, className }, timeout = 15000) {
  const handle = await page.waitForFunction(
    ({ text, className }) => window.__lines.find((line) =>
      (text === undefined || line.text.includes(text)) && (className === undefined || line.className.split(' ').includes(className))),
    { text, className },
    { timeout, polling: 20 });
  return handle.jsonValue();
}

export async function consoleText(page) {
  return page.locator('[data-testid=console]').innerText();
}

export async function waitRunEnded(page, timeout = 15000) {
  await page.waitForFunction(() => document.body.dataset.engine === 'ready' && document.querySelector('[data-testid=console] .meta'), null, { timeout });
}
