// node wasm/cli.mjs: the native CLI's interface (cli/main.cpp) on the wasm engine.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const CLI = fileURLToPath(new URL('../../wasm/cli.mjs', import.meta.url));
const USAGE = 'usage: attendable [--virtual-time] [--display] FILE.py|-\n';
const folder = mkdtempSync(join(tmpdir(), 'attendable-cli-'));

function program(name, text) {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

// Runs the CLI; `onSpawn` may act on the child (send a signal) while it runs.
function cli(args, { stdin = '', onSpawn, env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: folder, env: env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
    onSpawn?.(child);
  });
}

test('usage errors exit 2 with the problem and the usage line', async () => {
  for (const [args, problem] of [
    [[], 'no program given'],
    [['--fast', 'x.py'], 'unknown option --fast'],
    [['a.py', 'b.py'], 'one program at a time'],
    [['missing.py'], 'cannot read missing.py'],
  ]) {
    const result = await cli(args);
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `attendable: ${problem}\n${USAGE}`);
  }
});

test('a \\N{...} escape reads the name table next to the engine', async () => {
  const result = await cli([program('names.py', 'print("\\N{GREEK SMALL LETTER ALPHA}")\n')]);
  assert.equal(result.stdout, '\u03b1\n');
  assert.equal(result.stderr, '');
  assert.equal(result.status, 0);
});

test('--help prints the usage line and exits 0', async () => {
  const result = await cli(['--help']);
  assert.equal(result.status, 0);
  assert.equal(result.stdout, USAGE);
});

test('a program prints on stdout and exits 0', async () => {
  const result = await cli([program('hello.py', 'print("Hello")\n')]);
  assert.deepEqual(result, { status: 0, stdout: 'Hello\n', stderr: '' });
});

test('a file that is not UTF-8 gets CPython\'s SyntaxError, read as bytes, not replaced', async () => {
  program('latin1.py', Buffer.from([...Buffer.from('print(1)\nx = "'), 0xe9, 0x22, 0x0a]));
  const result = await cli(['latin1.py']);
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '');
  assert.equal(result.stderr, "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " +
    'latin1.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details\n');
  const utf8 = await cli([program('utf8.py', 'print("\u00e9\u20ac\u{1F600}")\n')]);
  assert.deepEqual(utf8, { status: 0, stdout: '\u00e9\u20ac\u{1F600}\n', stderr: '' });
});

test('an uncaught exception exits 1 with a traceback naming the file', async () => {
  const result = await cli([program('fail.py', 'x = 1\nraise KeyError("k")\n')]);
  assert.equal(result.status, 1);
  assert.equal(result.stderr,
    'Traceback (most recent call last):\n  File "' + join(folder, 'fail.py') + '", line 2, in <module>\n' +
    '    raise KeyError("k")\nKeyError: \'k\'\n');
});

test("SystemExit's code is the exit status", async () => {
  const result = await cli([program('exit.py', 'import sys\nprint("bye")\nsys.exit(4)\n')]);
  assert.equal(result.status, 4);
  assert.equal(result.stdout, 'bye\n');
});

test('- reads the program from stdin, named <stdin>', async () => {
  const result = await cli(['-'], { stdin: 'print(6 * 7)\n1/0\n' });
  assert.equal(result.status, 1);
  assert.equal(result.stdout, '42\n');
  assert.match(result.stderr, /File "<stdin>", line 2, in <module>/);
});

test('input() reads the lines of stdin, then raises EOFError', async () => {
  const path = program('ask.py', 'a = input("a? ")\nb = input("b? ")\nprint(a + b)\ninput("c? ")\n');
  const result = await cli([path], { stdin: 'x\ny\n' });
  assert.equal(result.stdout, 'a? b? xy\nc? ');
  assert.match(result.stderr, /EOFError: EOF when reading a line\n$/);
  assert.equal(result.status, 1);
});

test('--virtual-time makes sleeps instant and the clock start at 0', async () => {
  const path = program('sleepy.py',
    'import asyncio\nasync def main():\n    await asyncio.sleep(3600)\n' +
    '    print(asyncio.get_running_loop().time())\nasyncio.run(main())\n');
  const started = performance.now();
  const result = await cli(['--virtual-time', path]);
  assert.equal(result.stdout, '3600.0\n');
  assert.ok(performance.now() - started < 5000);
});

test('--display echoes the final expression', async () => {
  const result = await cli(['--display', program('expr.py', 'x = 20\nx + 22\n')]);
  assert.equal(result.stdout, '42\n');
});

test('SIGINT raises KeyboardInterrupt in a sleeping program', async () => {
  const path = program('nap.py', 'import time\nprint("napping", flush=True)\ntime.sleep(60)\n');
  const result = await cli([path], {
    onSpawn: (child) => child.stdout.once('data', () => child.kill('SIGINT')),
  });
  assert.equal(result.stdout, 'napping\n');
  assert.match(result.stderr, /KeyboardInterrupt\n$/);
  assert.equal(result.status, 1);
});

test('time zone names are the abbreviations CPython shows (UTC, CET/CEST, EST/EDT, GMT/BST, GMT)', async () => {
  const path = program('zones.py', [
    'import time',
    "print(time.tzname, time.strftime('%Z', time.localtime(1767225600)),",
    "      time.localtime(1782864000).tm_zone, time.gmtime(0).tm_zone)",
    '',
  ].join('\n'));
  // From CPython 3.11 on Linux (glibc's tzdata) with the same TZ.
  for (const [zone, expected] of [
    ['UTC', "('UTC', 'UTC') UTC UTC GMT\n"],
    ['Europe/Paris', "('CET', 'CEST') CET CEST GMT\n"],
    ['America/New_York', "('EST', 'EDT') EST EDT GMT\n"],
    // Named from Date's own text, without Intl (wasm/loader.mjs), in winter or all year.
    ['Europe/London', "('GMT', 'BST') GMT BST GMT\n"],
    ['Africa/Abidjan', "('GMT', 'GMT') GMT GMT GMT\n"],
  ]) {
    const result = await cli([path], { env: { ...process.env, TZ: zone } });
    assert.equal(result.stderr, '');
    assert.equal(result.stdout, expected, zone);
  }
});
