// End-to-end tests of the playground (dist/, built by `npx vite build`) in Debian's headless
// Chromium: node --test tests/e2e/
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import lzString from 'lz-string';
import { examples } from '../../web/src/examples.js';
import {
  ROOT, clickInPage, consoleText, launchBrowser, openPage, startServer, waitLine, waitReady, waitRunEnded,
} from './harness.mjs';

const SCREENSHOTS = `${ROOT}/build/screenshots`;
const codeHash = (code) => `#code=${lzString.compressToEncodedURIComponent(code)}`;

let server;
let browser;
const pages = [];
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => {
  await browser?.close();
  server?.stop();
});

async function open(path, options) {
  const page = await openPage(browser, new URL(path, server.url).href, options);
  pages.push(page);
  return page;
}
async function close(page) {
  assert.deepEqual(page.problems, [], 'no page error, dialog, or request to another host');
  await page.context().close();
}

// Real-time measurements can be thrown off by a machine busy with something else: a timing test
// gets a second attempt (on a fresh page), and says so in the output when it needed one.
async function withRetry(t, attempt) {
  const opened = pages.length;
  try {
    await attempt();
  } catch (error) {
    if (!(error instanceof assert.AssertionError)) throw error;
    t.diagnostic(`first attempt failed (${error.message}); trying again`);
    for (const page of pages.slice(opened)) await page.context().close();
    await attempt();
  }
}

// Echo timings, in page time from the click on Run: echo_rapide about 1 s, echo_lent about 3 s.
async function checkEchoTimings(page, t) {
  const runAt = await clickInPage(page, 'run');
  const rapide = await waitLine(page, { text: 'echo_rapide' });
  const lent = await waitLine(page, { text: 'echo_lent' });
  await waitRunEnded(page);
  const rapideMs = rapide.at - runAt;
  const lentMs = lent.at - runAt;
  t.diagnostic(`echo_rapide ${rapideMs.toFixed(0)} ms, echo_lent ${lentMs.toFixed(0)} ms after Run`);
  assert.ok(Math.abs(rapideMs - 1000) <= 300, `echo_rapide after ${rapideMs.toFixed(0)} ms, expected 1000 ± 300`);
  assert.ok(Math.abs(lentMs - 3000) <= 300, `echo_lent after ${lentMs.toFixed(0)} ms, expected 3000 ± 300`);
  const text = await consoleText(page);
  assert.match(text, /started at \d\d:\d\d:\d\d/);
  assert.ok(text.indexOf('echo_rapide') < text.indexOf('echo_lent'));
  assert.match(text, /1\.\d\d s\s+echo_rapide/, 'the console shows when the line was printed');
  assert.match(text, /finished at/);
}

describe('the examples data', () => {
  test('every tutorial example is the corpus program, comments aside', () => {
    const code = (text) => text.split('\n').filter((line) => !line.trim().startsWith('#')).join('\n').trim();
    const fromCorpus = examples.filter((example) => example.corpus);
    assert.equal(fromCorpus.length, 14, 'one example per code cell of the tutorial');
    for (const example of fromCorpus) {
      const corpus = readFileSync(`${ROOT}/tests/python/tutorial/${example.corpus}.py`, 'utf8');
      assert.equal(code(example.code), code(corpus), example.id);
    }
    assert.equal(new Set(examples.map((example) => example.id)).size, examples.length, 'ids are unique');
    for (const example of examples) {
      for (const lang of ['fr', 'en']) {
        assert.ok(example.title[lang] && example.text[lang] && example.section[lang], `${example.id} has its ${lang} texts`);
      }
    }
  });
});

describe('the playground in Chromium', () => {
  test('the page loads, Run is disabled until the engine is ready, then enabled', async () => {
    const page = await open('./');
    assert.equal(await page.evaluate(() => window.__runInitiallyDisabled), true, 'Run starts disabled');
    await waitReady(page);
    for (const id of ['run', 'stop', 'share', 'console', 'editor', 'examples']) {
      assert.equal(await page.locator(`[data-testid=${id}]`).count(), 1, `data-testid=${id}`);
    }
    assert.equal(await page.locator('[data-testid=stop]').isDisabled(), true, 'Stop is disabled when nothing runs');
    await close(page);
  });

  test('the tasks example prints echo_rapide about 1 s after Run and echo_lent about 3 s after', async (t) => {
    await withRetry(t, async () => {
      const page = await open('./#example=tasks');
      await waitReady(page);
      assert.match(await page.evaluate(() => window.attendable.getCode()), /asyncio\.create_task\(echo\(3, 'echo_lent'\)\)/);
      await checkEchoTimings(page, t);
      await close(page);
    });
  });

  test('the same as a plain asyncio.run(main()) script', async (t) => {
    const script = examples.find((example) => example.id === 'tasks-script').code;
    assert.match(script, /^asyncio\.run\(main\(\)\)$/m);
    await withRetry(t, async () => {
      const page = await open(`./${codeHash(script)}`);
      await waitReady(page);
      await checkEchoTimings(page, t);
      await close(page);
    });
  });

  test('the instant switch runs on the virtual clock; Ctrl+Enter in the editor runs', async () => {
    const page = await open('./#example=tasks');
    await waitReady(page);
    await page.locator('[data-testid=instant]').check();
    await page.locator('[data-testid=editor] .view-lines').click();
    const runAt = await page.evaluate(() => performance.now());
    await page.keyboard.press('Control+Enter');
    const lent = await waitLine(page, { text: 'echo_lent' });
    assert.ok(lent.at - runAt < 1000, `echo_lent after ${(lent.at - runAt).toFixed(0)} ms on the virtual clock`);
    await waitRunEnded(page);
    assert.match(await consoleText(page), /started at 22:13:20[\s\S]*finished at 22:13:23/);
    await close(page);
  });

  test('input() is answered in the console', async () => {
    const page = await open(`./${codeHash("name = input('Your name? ')\nprint(f'Hello, {name}!')\n")}`);
    await waitReady(page);
    await clickInPage(page, 'run');
    const field = page.locator('[data-testid=console-input]');
    await field.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'console-input', 'the answer field has the focus');
    assert.match(await consoleText(page), /Your name\?/);
    await field.fill('Ada');
    await field.press('Enter');
    await waitLine(page, { text: 'Hello, Ada!' });
    await waitRunEnded(page);
    assert.match(await consoleText(page), /Your name\? Ada/);
    await close(page);
  });

  // The files next to the engine that a program reads only when it needs them: the warm-up run
  // reads none, the program's run reads its file once.
  for (const [name, file, code, line] of [
    ['complex numbers work: the engine\'s deferred part', /attendable_engine\.deferred.*\.wasm$/,
      'print(complex(1, 2) ** 2)\n', '(-3+4j)'],
    ['\\N{...} escapes work: the name table', /unicode_names.*\.bin$/,
      'print("\\N{GREEK SMALL LETTER ALPHA} \\N{ROCKET}")\n', '\u03b1 \u{1f680}'],
    ['library modules load: the archive', /attendable_library.*\.bin$/,
      'import random\nrandom.seed(1)\nprint("random", random.randrange(100))\n', 'random 17'],
  ]) {
    test(`${name} is served next to the engine, and read only then`, async () => {
      const page = await open(`./${codeHash(code)}`);
      const statuses = [];
      page.on('requestfinished', async (request) => {
        if (file.test(request.url())) statuses.push((await request.response()).status());
      });
      await waitReady(page);
      await page.waitForTimeout(300);
      assert.deepEqual(statuses, []);
      await clickInPage(page, 'run');
      await waitLine(page, { text: line });
      await waitRunEnded(page);
      assert.deepEqual(statuses, [200]);
      await close(page);
    });
  }

  // Once idle, the worker downloads the deferred part and the archive in the background (wasm/
  // worker.js): a program that needs both later reads nothing more.
  test('the deferred part and the library archive are prefetched once idle, then not read again', async () => {
    const code = 'import random\nrandom.seed(1)\nprint(min(3, 1, 2), complex(1, 2) ** 2, random.randrange(100))\n';
    const page = await open(`./${codeHash(code)}`);
    const fetched = [];
    page.on('requestfinished', async (request) => {
      if (/attendable_(engine\.deferred|library).*\.(wasm|bin)$/.test(request.url()))
        fetched.push(`${request.url().includes('deferred') ? 'deferred' : 'library'} ${(await request.response()).status()}`);
    });
    await waitReady(page);
    for (let waited = 0; fetched.length < 2 && waited < 10000; waited += 100) await page.waitForTimeout(100);
    assert.deepEqual(fetched.sort(), ['deferred 200', 'library 200']);
    await clickInPage(page, 'run');
    await waitLine(page, { text: '1 (-3+4j) 17' });
    await waitRunEnded(page);
    assert.deepEqual(fetched.sort(), ['deferred 200', 'library 200']);
    await close(page);
  });

  for (const [name, code, started] of [
    ['a runaway loop (while True: pass)', 'while True:\n    pass\n', null],
    ['time.sleep(60)', "import time\nprint('sleeping')\ntime.sleep(60)\nprint('woke up')\n", 'sleeping'],
  ]) {
    test(`Stop ends ${name} within 200 ms`, async (t) => {
      await withRetry(t, async () => {
        const page = await open(`./${codeHash(code)}`);
        await waitReady(page);
        await clickInPage(page, 'run');
        if (started) await waitLine(page, { text: started });
        await page.waitForTimeout(300);
        assert.equal(await page.evaluate(() => document.body.dataset.engine), 'running');
        const stopAt = await clickInPage(page, 'stop');
        const notice = await waitLine(page, { className: 'stopped' }, 5000);
        const elapsed = notice.at - stopAt;
        t.diagnostic(`${notice.text} — ${elapsed.toFixed(0)} ms after the click`);
        assert.ok(elapsed <= 200, `stopped after ${elapsed.toFixed(0)} ms`);
        assert.doesNotMatch(await consoleText(page), /woke up/);
        await waitReady(page, 10000);
        await close(page);
      });
    });
  }

  test('a program printing forever keeps the page responsive and the console bounded', async () => {
    const page = await open(`./${codeHash('i = 0\nwhile True:\n    print(i)\n    i += 1\n')}`);
    await waitReady(page);
    await clickInPage(page, 'run');
    await waitLine(page, { text: '0' });
    await page.waitForTimeout(1000);
    // The page still paints: 20 animation frames come quickly while output streams in.
    const frameMs = await page.evaluate(() => new Promise((resolve) => {
      const start = performance.now();
      let frames = 0;
      const tick = () => (++frames === 20 ? resolve((performance.now() - start) / 20) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    }));
    assert.ok(frameMs < 200, `a frame every ${frameMs.toFixed(0)} ms while printing`);
    await page.waitForFunction(() => document.querySelector('[data-testid=console] .dropped'), null, { timeout: 30000 });
    const lines = await page.locator('[data-testid=console] .line').count();
    assert.ok(lines <= 5001, `${lines} lines kept`);
    assert.match(await page.locator('[data-testid=console] .dropped').textContent(), /\d+ older lines? removed/);
    await clickInPage(page, 'stop');
    await waitLine(page, { className: 'stopped' }, 5000);
    await close(page);
  });

  test('a traceback underlines its line in the editor; stderr is styled apart', async () => {
    const page = await open(`./${codeHash("print('before')\ndef f():\n    return 1 / 0\nf()\n")}`);
    await waitReady(page);
    await clickInPage(page, 'run');
    await waitRunEnded(page);
    assert.match(await consoleText(page), /ZeroDivisionError: division by zero/);
    assert.ok(await page.locator('[data-testid=console] .line.stderr').count() > 0);
    await page.locator('[data-testid=editor] .error-line').first().waitFor();
    const marker = await page.evaluate(() => {
      const line = document.querySelector('[data-testid=editor] .error-line');
      const rows = [...document.querySelectorAll('[data-testid=editor] .view-line')];
      return { top: line.getBoundingClientRect().top, rowTops: rows.map((row) => row.getBoundingClientRect().top) };
    });
    const sorted = [...marker.rowTops].sort((a, b) => a - b);
    assert.equal(sorted.indexOf(marker.top) + 1, 3, 'line 3 (1 / 0, the innermost frame) is marked');
    await close(page);
  });

  test('a SyntaxError underlines its line too', async () => {
    const page = await open(`./${codeHash("x = 1\nprint(x +)\n")}`);
    await waitReady(page);
    await clickInPage(page, 'run');
    await waitRunEnded(page);
    assert.match(await consoleText(page), /SyntaxError/);
    await page.locator('[data-testid=editor] .error-line').first().waitFor();
    await close(page);
  });

  test('printed HTML stays text (no script injection)', async () => {
    const page = await open(`./${codeHash('print("<img src=x onerror=alert(1)>")\nprint("<b>bold</b>")\n')}`);
    await waitReady(page);
    await clickInPage(page, 'run');
    await waitRunEnded(page);
    await page.waitForTimeout(200);
    assert.match(await consoleText(page), /<img src=x onerror=alert\(1\)>/);
    assert.equal(await page.locator('[data-testid=console] img, [data-testid=console] b').count(), 0);
    await close(page); // a dialog (alert) would be reported here
  });

  test('Share copies a link that reopens exactly the same code', async () => {
    const page = await open('./#example=tasks');
    await waitReady(page);
    await page.locator('[data-testid=share]').click();
    assert.match(await page.locator('[data-testid=share-link]').inputValue(), /#example=tasks$/, 'an unchanged example shares its id');

    const code = "# partagé : é, ü, 漢字, emoji 🎉\nimport asyncio\nprint('shared' * 2)\n";
    await page.evaluate((source) => window.attendable.setCode(source), code);
    await page.locator('[data-testid=share]').click();
    const link = await page.locator('[data-testid=share-link]').inputValue();
    assert.match(link, /#code=/);
    const reopened = await open(link);
    await waitReady(reopened);
    assert.equal(await reopened.evaluate(() => window.attendable.getCode()), code);
    await close(reopened);
    await close(page);
  });

  test('a malformed #code= opens an empty editor with a notice', async () => {
    const page = await open('./#code=N4Igxg9gJg-this-is-not-lz-string');
    await waitReady(page);
    assert.equal(await page.evaluate(() => window.attendable.getCode()), '');
    assert.match(await page.locator('#notice').innerText(), /cannot be read/);
    await close(page);
  });

  test('an engine that cannot load is reported, and Run stays disabled', async () => {
    const context = await browser.newContext();
    await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const page = await context.newPage();
    await page.goto(new URL('./#example=tasks', server.url).href);
    await page.locator('#notice').waitFor({ timeout: 20000 });
    assert.match(await page.locator('#notice').innerText(), /The Python engine could not start/);
    assert.equal(await page.locator('[data-testid=run]').isDisabled(), true);
    await context.close();
  });

  test('switching examples changes the editor and the explanation; FR/EN switches the text', async () => {
    const page = await open('./#example=tasks');
    await waitReady(page);
    const examplesList = page.locator('[data-testid=examples]');
    await examplesList.locator('[data-example-id=future]').click();
    assert.match(await page.evaluate(() => window.attendable.getCode()), /async def set_after/);
    assert.match(await page.locator('#example-text').innerText(), /A Future object is a bit more abstract/);
    assert.equal(await examplesList.locator('[aria-current=true]').getAttribute('data-example-id'), 'future');
    await page.locator('[data-lang=fr]').click();
    assert.match(await page.locator('#example-text').innerText(), /Un objet Future est un peu plus abstrait/);
    assert.equal(await page.locator('[data-testid=run]').innerText(), '▶ Exécuter');
    await examplesList.locator('[data-example-id=coroutine-call]').click();
    assert.match(await page.evaluate(() => location.hash), /#example=coroutine-call/);
    await clickInPage(page, 'run');
    await waitRunEnded(page);
    assert.match(await consoleText(page), /<coroutine object coro at 0x[0-9a-f]+>/, 'a cell\'s final expression is echoed');
    await close(page);
  });

  test('the embed page loads, runs, and tells its parent its height', async () => {
    const embedUrl = new URL('./embed.html#example=tasks-script&lang=en', server.url).href;
    const page = await open('./index.html#example=pip-install');
    await page.setContent(`<!doctype html><body><iframe id="frame" style="width:700px;border:0"></iframe><script>
      window.heights = [];
      addEventListener('message', (event) => {
        if (event.data && event.data.type === 'attendable:height') {
          window.heights.push(event.data.height);
          document.getElementById('frame').style.height = event.data.height + 'px';
        }
      });
    </script></body>`);
    await page.evaluate((src) => { document.getElementById('frame').src = src; }, embedUrl);
    const frame = page.frameLocator('#frame');
    await frame.locator('[data-testid=run]:not([disabled])').waitFor({ timeout: 20000 });
    const heightBefore = await page.evaluate(() => window.heights.at(-1));
    assert.ok(heightBefore > 100, `height ${heightBefore}`);
    await frame.locator('[data-testid=instant]').check();
    await frame.locator('[data-testid=run]').click();
    await frame.locator('[data-testid=console] .meta').waitFor({ timeout: 15000 });
    const text = await frame.locator('[data-testid=console]').innerText();
    assert.match(text, /echo_rapide[\s\S]*echo_lent/);
    await page.waitForFunction((before) => window.heights.at(-1) > before, heightBefore, { timeout: 5000 });
    await close(page);
  });

  test('an embedded example downloads the deferred part and the archive only once it is used', async () => {
    const page = await open(`./embed.html#example=tasks-script&lang=en`);
    const fetched = [];
    page.on('requestfinished', async (request) => {
      if (/attendable_(engine\.deferred|library).*\.(wasm|bin)$/.test(request.url()))
        fetched.push(`${request.url().includes('deferred') ? 'deferred' : 'library'} ${(await request.response()).status()}`);
    });
    await waitReady(page);
    await page.waitForTimeout(2500);
    assert.deepEqual(fetched, [], 'nothing fetched while nobody uses the embed');
    await page.locator('[data-testid=editor] .view-lines').click();
    for (let waited = 0; fetched.length < 2 && waited < 10000; waited += 100) await page.waitForTimeout(100);
    assert.deepEqual(fetched.sort(), ['deferred 200', 'library 200']);
    await close(page);
  });

  test('screenshots: light and dark, desktop and phone', async () => {
    const page = await open('./#example=tasks');
    await waitReady(page);
    await clickInPage(page, 'run');
    await waitRunEnded(page);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      for (const [device, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
        await page.setViewportSize(viewport);
        await page.waitForTimeout(150); // Monaco relayouts and repaints on the next frames
        if (device === 'phone') {
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `no horizontal scrolling on a phone (${overflow} px too wide)`);
        }
        await page.screenshot({ path: `${SCREENSHOTS}/playground-${device}-${colorScheme}.png`, fullPage: device === 'phone' });
      }
    }
    await close(page);

    const embed = await open('./embed.html#example=future&lang=en', { viewport: { width: 700, height: 420 } });
    await waitReady(embed);
    await embed.locator('[data-testid=instant]').check();
    await clickInPage(embed, 'run');
    await waitRunEnded(embed);
    for (const colorScheme of ['light', 'dark']) {
      await embed.emulateMedia({ colorScheme });
      await embed.waitForTimeout(150);
      await embed.screenshot({ path: `${SCREENSHOTS}/embed-${colorScheme}.png`, fullPage: true });
    }
    await close(embed);
  });
});
