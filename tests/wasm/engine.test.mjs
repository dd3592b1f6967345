// The wasm engine's JavaScript API (wasm/engine.mjs) under node: each test runs a program on
// the engine of build/wasm (scripts/build.sh wasm) and checks its output, its exit status and
// when the output arrived.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { before, test } from 'node:test';
import { ENGINE_FILE_URLS, ENGINE_WASM_URL, createEngine } from '../../wasm/engine.mjs';
import { examples } from '../../web/src/examples.js';

const UNICODE_NAMES_URL = ENGINE_FILE_URLS['attendable_unicode_names.bin'];
// The asyncio prelude's frozen code, which node hosts serve and the page does not (wasm/cli.mjs).
const FROZEN_PRELUDE = 'attendable_asyncio.bin';
const FROZEN_PRELUDE_URL = new URL('../../build/wasm/wasm/attendable_asyncio.bin', import.meta.url);
// The files next to the engine, read as the CLI reads them.
const readEngineFile = (name) =>
  readFileSync(fileURLToPath(name === FROZEN_PRELUDE ? FROZEN_PRELUDE_URL : ENGINE_FILE_URLS[name]));
// As the page answers: no frozen prelude (engine.mjs answers null without a request).
const readPageFile = (name) => (name === FROZEN_PRELUDE ? null : readEngineFile(name));
const DEFERRED_PART = 'attendable_engine.deferred.wasm';
// A loadFile that serves the engine's deferred part as the CLI does, and the other files through
// `serve`: the tests of those files count and break only them.
const withDeferredPart = (serve) => (name) => (name === DEFERRED_PART ? readEngineFile(name) : serve(name));

let engine;

// Runs `code` and records what the program printed, and when (ms since the run started).
async function run(code, options = {}, on = engine) {
  const started = performance.now();
  const events = [];
  const record = (stream) => (text) => events.push({ stream, text, t: performance.now() - started });
  const status = await on.run(code, { onStdout: record('stdout'), onStderr: record('stderr'), ...options });
  const text = (stream) => events.filter((e) => e.stream === stream).map((e) => e.text).join('');
  return { status, stdout: text('stdout'), stderr: text('stderr'), events, elapsed: performance.now() - started };
}

const dedent = (text) => text.replace(/^\n/, '').replace(/^ {4}/gm, '');

before(async () => {
  engine = await createEngine({ wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)), loadFile: readEngineFile });
});

test('the engine loads and is ready soon after having its bytes', async () => {
  const bytes = readFileSync(fileURLToPath(ENGINE_WASM_URL));
  const started = performance.now();
  const another = await createEngine({ wasmBinary: bytes });
  const readyMs = performance.now() - started;
  assert.ok(another);
  assert.ok(readyMs < 2000, `ready after ${readyMs.toFixed(1)} ms`);
});

test('the \\N{...} name table is read on the first escape, once per engine', async () => {
  let reads = 0;
  const named = await createEngine({
    wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
    loadFile: withDeferredPart((name) => {
      reads += 1;
      assert.equal(name, 'attendable_unicode_names.bin');
      return readEngineFile(name);
    }),
  });
  let stdout = '';
  const options = { onStdout: (text) => { stdout += text; } };
  assert.equal(await named.run('print("no escape")\n', options), 0);
  assert.equal(reads, 0);
  assert.equal(await named.run('print("\\N{GREEK SMALL LETTER ALPHA}\\N{nbsp}")\n', options), 0);
  assert.equal(await named.run('print("\\N{ROCKET}")\n', options), 0);
  assert.equal(stdout, 'no escape\n\u03b1\u00a0\n\u{1f680}\n');
  assert.equal(reads, 1);
});

test('without the name table, \\N{...} is a SyntaxError, as an unknown name is', async () => {
  const bare = await createEngine({
    wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
    loadFile: withDeferredPart(() => readFileSync('/nonexistent/attendable_unicode_names.bin')),
  });
  let stderr = '';
  const status = await bare.run('print("\\N{GREEK SMALL LETTER ALPHA}")\n', { onStderr: (text) => { stderr += text; } });
  assert.equal(status, 1);
  // What the engine says for a name outside the table: CPython's caret, at the token after
  // the string.
  assert.equal(stderr, [
    '  File "<main>", line 1',
    '    print("\\N{GREEK SMALL LETTER ALPHA}")',
    '                                        ^',
    "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-27: unknown Unicode character name\n",
  ].join('\n'));
  // The names that need no table, and the engine, still work.
  let stdout = '';
  assert.equal(await bare.run('print(ascii("\\N{CJK UNIFIED IDEOGRAPH-4E2D}"))\n', { onStdout: (text) => { stdout += text; } }), 0);
  assert.equal(stdout, "'\\u4e2d'\n");
  // Bytes that are not the table (a host's HTML page for a missing file, a cut download) are no
  // table either: the lookup reads nothing past their end.
  const table = readFileSync(fileURLToPath(UNICODE_NAMES_URL));
  for (const bytes of [new TextEncoder().encode('<!doctype html><title>Not found</title>'),
    table.subarray(0, 100), table.subarray(0, 20000), table.subarray(0, table.length - 5)]) {
    const wrong = await createEngine({ wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)), loadFile: withDeferredPart(() => bytes) });
    assert.equal(await wrong.run('print("\\N{GREEK SMALL LETTER ALPHA}", "\\N{ZWSP}")\n'), 1, `${bytes.length} bytes`);
  }
});

test('the library archive is read on the first import of a library module, once per engine', async () => {
  const reads = [];
  const library = await createEngine({
    wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
    loadFile: withDeferredPart((name) => {
      if (name === FROZEN_PRELUDE) return null;  // as the page
      reads.push(name);
      return readEngineFile(name);
    }),
  });
  let stdout = '';
  const options = { onStdout: (text) => { stdout += text; } };
  // asyncio imports collections' native half only.
  assert.equal(await library.run('import asyncio, math, time\nasync def main():\n    q = asyncio.Queue()\n    q.put_nowait(1)\n    print("built in", await q.get())\nasyncio.run(main())\n', options), 0);
  assert.deepEqual(reads, []);
  assert.equal(await library.run('import random\nrandom.seed(1)\nprint(random.randrange(100))\n', options), 0);
  assert.equal(await library.run('import itertools, operator\nprint(list(itertools.accumulate([1, 2, 3], operator.mul)))\n', options), 0);
  assert.equal(stdout, 'built in 1\n17\n[1, 2, 6]\n');
  assert.deepEqual(reads, ['attendable_library.bin']);
});

test('without the library archive, importing a library module is an ImportError', async () => {
  const program = 'try:\n    import random\nexcept ImportError as error:\n    print(type(error).__name__, error)\nelse:\n    print(random.randint(1, 1))\n';
  const runWith = async (engineWith) => {
    let stdout = '';
    assert.equal(await engineWith.run(program, { onStdout: (text) => { stdout += text; } }), 0);
    return stdout;
  };
  const missing = "ImportError cannot load module 'random': the engine's library file is not available\n";
  let served = null;
  const bare = await createEngine({
    wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
    loadFile: withDeferredPart((name) => served ?? readFileSync(`/nonexistent/${name}`)),
  });
  assert.equal(await runWith(bare), missing);
  // The host is back: the next import reads the archive.
  const archive = readEngineFile('attendable_library.bin');
  served = archive;
  assert.equal(await runWith(bare), '1\n');
  // Bytes that are not the archive (a host's HTML page for a missing file, a cut download) hold
  // no module: the engine reads nothing past their end.
  for (const bytes of [new TextEncoder().encode('<!doctype html><title>Not found</title>'),
    archive.subarray(0, 10), archive.subarray(0, 14), archive.subarray(0, 5000)]) {
    const wrong = await createEngine({ wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)), loadFile: withDeferredPart(() => bytes) });
    assert.equal(await runWith(wrong), missing, `${bytes.length} bytes`);
  }
});

test('the rare methods written in Python read the library archive on first call only', async () => {
  const reads = [];
  let served = null;
  const engineWith = await createEngine({
    wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
    loadFile: withDeferredPart((name) => {
      reads.push(name);
      return served ?? readFileSync(`/nonexistent/${name}`);
    }),
  });
  let stdout = '';
  const options = { onStdout: (text) => { stdout += text; } };
  // The common str methods and formatting are native.
  assert.equal(await engineWith.run('print(" ".join("a b".split()).upper().center(5, "*"), f"{3:>3}", "x".ljust(2) + "|")\n', options), 0);
  assert.deepEqual(reads, []);
  const program = 'try:\n    print("42".zfill(5), "a=b".partition("="), (258).to_bytes(2, "big"))\nexcept ImportError as error:\n    print(type(error).__name__, error)\n';
  assert.equal(await engineWith.run(program, options), 0);
  assert.deepEqual(reads, ['attendable_library.bin']);
  // The host is back: the next call reads the archive.
  served = readEngineFile('attendable_library.bin');
  assert.equal(await engineWith.run(program, options), 0);
  assert.equal(stdout, "*A B*   3 x |\n" +
    "ImportError cannot load module '_builtin_methods': the engine's library file is not available\n" +
    "00042 ('a', '=', 'b') b'\\x01\\x02'\n");
});

// A new engine whose reads of the files next to it are recorded, in order, in `reads`; its host
// answers as the page does.
async function engineRecordingReads() {
  const reads = [];
  const recording = await createEngine({
    wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
    loadFile: (name) => {
      if (name === FROZEN_PRELUDE) return null;
      reads.push(name);
      return readEngineFile(name);
    },
  });
  return { recording, reads };
}

test("the asyncio prelude runs from its frozen code where the host serves it, else is compiled", async () => {
  // A traceback through the prelude's frames (their lines and carets come from its text either
  // way), a queue, a lock and a gather.
  const program = dedent(`
    import asyncio

    async def main():
        queue = asyncio.Queue()
        lock = asyncio.Lock()
        async with lock:
            await queue.put(1)
        print(await asyncio.gather(queue.get(), asyncio.sleep(0, 'slept')))
        await asyncio.wait_for(asyncio.sleep(10), 0.5)

    asyncio.run(main())
  `);
  const frozen = readEngineFile(FROZEN_PRELUDE);
  const stale = Uint8Array.from(frozen);
  stale[stale.length - 20] ^= 0xff;
  const hosts = {
    cli: readEngineFile,
    page: readPageFile,
    'a changed file': (name) => (name === FROZEN_PRELUDE ? stale : readEngineFile(name)),
    'another file': (name) => (name === FROZEN_PRELUDE ? new Uint8Array([0x41, 0x54, 0x46, 0x5a]) : readEngineFile(name)),
  };
  const outputs = new Set();
  for (const [host, serve] of Object.entries(hosts)) {
    const reads = [];
    const engineOf = await createEngine({
      wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
      loadFile: withDeferredPart((name) => {
        reads.push(name);
        return serve(name);
      }),
    });
    for (let run_ = 0; run_ < 2; run_ += 1) {
      const result = await run(program, { virtualTime: true }, engineOf);
      assert.equal(result.status, 1, host);
      assert.equal(result.stdout, "[1, 'slept']\n", host);
      assert.match(result.stderr, /File "<frozen asyncio>", line \d+, in wait_for\n    raise TimeoutError\(\) from exc\nTimeoutError\n$/, host);
      outputs.add(result.stderr);
    }
    // Read once per engine when served (bytes the engine refuses too), asked again at each
    // import when not.
    const asked = reads.filter((name) => name === FROZEN_PRELUDE).length;
    assert.equal(asked, host === 'page' ? 2 : 1, host);
  }
  assert.equal(outputs.size, 1);
});

test("the playground's warm-up and examples run on the engine's first part alone", async () => {
  const { recording: firstPart, reads } = await engineRecordingReads();
  // As web/src/engine.js runs it.
  const warmUp = readFileSync(new URL('../../web/src/warm_up.py', import.meta.url), 'utf8');
  assert.equal(await firstPart.run(warmUp, { filename: '<warm-up>', virtualTime: true, display: false }), 0);
  assert.deepEqual(reads, []);
  // As the page runs them (web/src/playground.js), on the virtual clock so that the test does not
  // wait for their sleeps; the build profiled them so (wasm/split/profile.mjs).
  for (const example of examples) {
    let stderr = '';
    const status = await firstPart.run(example.code, {
      display: true, virtualTime: true, onStderr: (text) => { stderr += text; }, onInput: async () => 'Ada' });
    assert.equal(status, 0, example.id);
    assert.doesNotMatch(stderr, /Error/, example.id);
  }
  // Not the deferred part; the library archive for wait_for's functools.partial.
  assert.deepEqual(reads, ['attendable_library.bin']);
});

test('the clocks on the real clock, the page\'s default, need no more than the first part', async () => {
  const { recording: firstPart, reads } = await engineRecordingReads();
  // The build profiles every other program on the virtual clock, where perf_counter() and
  // loop.time() take another path (wasm/split/programs/clocks_stop.py).
  const program = dedent(`
    import asyncio
    import time

    async def main():
        loop = asyncio.get_running_loop()
        start, started = time.perf_counter(), loop.time()
        await asyncio.sleep(0.01)
        print(time.perf_counter() - start >= 0.01, loop.time() - started >= 0.01)
        print(time.time() > 1.7e9, time.monotonic() > 0, time.process_time() >= 0)
        print(time.perf_counter_ns() > 0, time.time_ns() > 0, len(time.strftime('%X')))

    asyncio.run(main())
  `);
  const result = await run(program, {}, firstPart);
  assert.equal(result.stderr, '');
  assert.equal(result.stdout, 'True True\nTrue True True\nTrue True 8\n');
  assert.deepEqual(reads, []);
});

test('a program that needs the deferred part loads it once per engine', async () => {
  const { recording: split, reads } = await engineRecordingReads();
  let stdout = '';
  const options = { onStdout: (text) => { stdout += text; } };
  // Complex numbers and big-int division are nowhere in the playground's examples.
  const program = 'print(complex(1, 2) ** 2, divmod(10 ** 30 + 7, 10 ** 15 + 3))\n';
  assert.equal(await split.run(program, options), 0);
  assert.equal(await split.run(program, options), 0);
  assert.deepEqual(reads, [DEFERRED_PART]);
  const line = '(-3+4j) (999999999999997, 16)\n';
  assert.equal(stdout, line + line);
});

test('without the deferred part, a program that needs it stops with a message and the engine recovers', async () => {
  let served = null;
  const missing = await createEngine({
    wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
    loadFile: (name) => (name === DEFERRED_PART ? served : readEngineFile(name)),
  });
  const program = 'print("before")\nprint(complex(1, 2) * 2)\n';
  const first = await run(program, {}, missing);
  assert.equal(first.status, 1);
  assert.equal(first.stdout, 'before\n');
  assert.match(first.stderr, /^SystemError: the engine stopped: cannot load attendable_engine.deferred.wasm, the rest of the engine \(not found\)\n$/);
  // Bytes that are not the deferred part (a host's HTML page for a missing file, a module of
  // another build): the same report, not a crash of the host.
  for (const bytes of [new TextEncoder().encode('<!doctype html><title>Not found</title>'),
    readFileSync(fileURLToPath(ENGINE_WASM_URL))]) {
    const wrong = await createEngine({ wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)), loadFile: () => bytes });
    const wrongRun = await run(program, {}, wrong);
    assert.equal(wrongRun.status, 1);
    assert.match(wrongRun.stderr, /^SystemError: the engine stopped: cannot load attendable_engine.deferred.wasm, the rest of the engine \(.+\)\n$/);
  }
  // A program that does not need it still runs, and the next one that does, once the host has
  // the file.
  assert.equal((await run('print("plain")\n', {}, missing)).stdout, 'plain\n');
  served = readEngineFile(DEFERRED_PART);
  const after = await run(program, {}, missing);
  assert.equal(after.stdout, 'before\n(2+4j)\n');
  assert.equal(after.status, 0);
});

test('hello world prints and exits 0', async () => {
  const result = await run('print("Hello, world!")\n');
  assert.equal(result.stdout, 'Hello, world!\n');
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
});

test('output arrives as it is printed, before a real-time asyncio.sleep ends', async () => {
  const result = await run(dedent(`
    import asyncio
    async def main():
        print("first")
        await asyncio.sleep(0.3)
        print("second")
    asyncio.run(main())
    `));
  assert.equal(result.stdout, 'first\nsecond\n');
  const first = result.events.find((e) => e.text.includes('first'));
  assert.ok(!first.text.includes('second'));
  assert.ok(result.elapsed - first.t >= 250, `first line ${first.t.toFixed(1)} ms, exit ${result.elapsed.toFixed(1)} ms`);
});

test('time.sleep suspends the script without blocking the host', async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 20);
  const result = await run('import time\nprint("before")\ntime.sleep(0.3)\nprint("after")\n');
  clearInterval(timer);
  assert.equal(result.stdout, 'before\nafter\n');
  assert.ok(result.elapsed >= 290, `ran in ${result.elapsed.toFixed(1)} ms`);
  assert.ok(result.elapsed - result.events[0].t >= 250);
  assert.ok(ticks >= 5, `the host's timers ran ${ticks} times during the sleep`);
});

test('input() asks the host with its prompt and returns the answer', async () => {
  const prompts = [];
  const result = await run('name = input("Your name? ")\nprint(f"Hello, {name}!")\n', {
    onInput: async (prompt) => {
      prompts.push(prompt);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return 'Ada';
    },
  });
  assert.deepEqual(prompts, ['Your name? ']);
  assert.equal(result.stdout, 'Your name? Hello, Ada!\n');
  assert.equal(result.status, 0);
});

test('input() at end of input raises EOFError', async () => {
  const result = await run('input()\n', { onInput: async () => null });
  assert.match(result.stderr, /EOFError: EOF when reading a line\n$/);
  assert.equal(result.status, 1);
});

test('a syntax error exits 1 with the line and a caret', async () => {
  const result = await run('x = (1,\nprint(x)\n', { filename: 'broken.py' });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, [
    '  File "broken.py", line 1',
    '    x = (1,',
    '        ^',
    "SyntaxError: '(' was never closed",
    '',
  ].join('\n'));
});

test('an uncaught exception prints a traceback and exits 1', async () => {
  const result = await run('def f():\n    raise ValueError("bad")\nf()\n', { filename: 'main.py' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /^Traceback \(most recent call last\):\n/);
  assert.match(result.stderr, /File "main.py", line 3, in <module>/);
  assert.match(result.stderr, /ValueError: bad\n$/);
});

test('SystemExit sets the exit status', async () => {
  const result = await run('import sys\nsys.exit(3)\n');
  assert.equal(result.status, 3);
});

test('virtual time runs asyncio.sleep(100) at once', async () => {
  const result = await run(dedent(`
    import asyncio
    async def main():
        loop = asyncio.get_running_loop()
        await asyncio.sleep(100)
        print(loop.time())
    asyncio.run(main())
    `), { virtualTime: true });
  assert.equal(result.stdout, '100.0\n');
  assert.ok(result.elapsed < 1000, `ran in ${result.elapsed.toFixed(1)} ms`);
});

test('display mode echoes a final expression', async () => {
  const result = await run('1 + 1\n', { display: true });
  assert.equal(result.stdout, '2\n');
});

test('stop() interrupts a time.sleep(60) at once', async () => {
  setTimeout(() => engine.stop(), 100);
  const result = await run('import time\nprint("sleeping")\ntime.sleep(60)\nprint("woke")\n');
  assert.equal(result.stdout, 'sleeping\n');
  assert.match(result.stderr, /KeyboardInterrupt\n$/);
  assert.equal(result.status, 1);
  assert.ok(result.elapsed < 1000, `stopped after ${result.elapsed.toFixed(1)} ms`);
});

test('stop() interrupts a program waiting for input', async () => {
  const result = await run('input("? ")\nprint("answered")\n', {
    onInput: () => {
      setTimeout(() => engine.stop(), 20);
      return new Promise(() => {});  // never answered
    },
  });
  assert.equal(result.stdout, '? ');
  assert.match(result.stderr, /KeyboardInterrupt\n$/);
  assert.equal(result.status, 1);
});

test('stop() interrupts tasks that keep yielding to the loop', async () => {
  setTimeout(() => engine.stop(), 100);
  const result = await run(dedent(`
    import asyncio
    async def spin():
        while True:
            await asyncio.sleep(0)
    asyncio.run(spin())
    `));
  assert.match(result.stderr, /KeyboardInterrupt\n$/);
  assert.equal(result.status, 1);
  assert.ok(result.elapsed < 1000, `stopped after ${result.elapsed.toFixed(1)} ms`);
});

test('programs run one after another on the same engine, each with a fresh VM', async () => {
  for (let i = 0; i < 20; i++) {
    const result = await run(`x = ${i}\nprint(globals().get("y"))\ny = x\n`);
    assert.equal(result.stdout, 'None\n');
  }
});

test('non-ASCII output survives the trip to JavaScript', async () => {
  const result = await run('print("café ☕ 𝄞 " * 3)\n');
  assert.equal(result.stdout, 'café ☕ 𝄞 café ☕ 𝄞 café ☕ 𝄞 \n');
});

test('stdout and stderr keep their relative order', async () => {
  const result = await run('import sys\nprint("a")\nprint("b", file=sys.stderr)\nprint("c")\n');
  assert.deepEqual(result.events.map((e) => [e.stream, e.text]),
    [['stdout', 'a\n'], ['stderr', 'b\n'], ['stdout', 'c\n']]);
});

test('running out of memory reports MemoryError, and the next run works', async () => {
  const result = await run('chunks = []\nwhile True:\n    chunks.append("x" * (1 << 24))\n');
  assert.equal(result.status, 1);
  assert.match(result.stderr, /MemoryError\n$/);
  const next = await run('print("still alive")\n');
  assert.equal(next.stdout, 'still alive\n');
});

test('a line printed before a long computation arrives before it ends', async () => {
  const result = await run(dedent(`
    import time
    print("computing")
    start = time.perf_counter()
    while time.perf_counter() - start < 0.3:
        pass
    print("done")
    `));
  assert.equal(result.stdout, 'computing\ndone\n');
  assert.ok(result.events[0].text === 'computing\n');
  assert.ok(result.elapsed - result.events[0].t >= 250, `first line ${result.events[0].t.toFixed(1)} ms, exit ${result.elapsed.toFixed(1)} ms`);
});
