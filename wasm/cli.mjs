#!/usr/bin/env node
// The wasm engine under node, with the native CLI's interface (DESIGN.md, cli/main.cpp):
//   node wasm/cli.mjs [--virtual-time] [--display] FILE.py|-
// stdout is the program's output, stderr its warnings and tracebacks; exit 0 on success, 1 on
// an uncaught exception (SyntaxError included), SystemExit's code, 2 on a usage error. input()
// reads lines of stdin (end of input: EOFError). Ctrl-C raises KeyboardInterrupt.
// It runs build/wasm/wasm/attendable_engine.{mjs,wasm} (`bash scripts/build.sh wasm`), and reads
// attendable_unicode_names.bin there when a program holds a `\N{...}` escape,
// attendable_library.bin when it imports a library module written in Python (collections,
// contextlib, functools, random...), attendable_asyncio.bin at `import asyncio`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGINE_FILE_URLS, ENGINE_WASM_URL, createEngine } from './engine.mjs';

const USAGE = 'usage: attendable [--virtual-time] [--display] FILE.py|-';
// What this host serves the engine beyond the page's files: the asyncio prelude's frozen code,
// so that `import asyncio` runs it instead of compiling the prelude (docs/ARCHITECTURE.md, "The
// frozen prelude"; the page's warm-up compiles it once instead).
const NODE_FILE_URLS = {
  'attendable_asyncio.bin': new URL('../build/wasm/wasm/attendable_asyncio.bin', import.meta.url),
};

function usage(problem) {
  process.stderr.write(`attendable: ${problem}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { virtualTime: false, display: false, path: '' };
  for (const arg of argv) {
    if (arg === '--virtual-time') options.virtualTime = true;
    else if (arg === '--display') options.display = true;
    else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (arg.length > 1 && arg[0] === '-') usage(`unknown option ${arg}`);
    else if (options.path === '') options.path = arg;
    else usage('one program at a time');
  }
  if (options.path === '') usage('no program given');
  return options;
}

// input() answers: the lines of stdin, read only once a program asks, then null (EOFError).
function stdinLines() {
  const waiting = [];
  const lines = [];
  let partial = '';
  let ended = false;
  let reading = false;
  const serve = () => {
    while (waiting.length && (lines.length || ended)) waiting.shift()(lines.length ? lines.shift() : null);
    if (!waiting.length && reading) process.stdin.pause();
  };
  return {
    next() {
      return new Promise((resolve) => {
        waiting.push(resolve);
        if (!reading && !ended) {
          reading = true;
          process.stdin.setEncoding('utf8');
          process.stdin.on('data', (chunk) => {
            const parts = (partial + chunk).split('\n');
            partial = parts.pop();
            lines.push(...parts);
            serve();
          });
          process.stdin.on('end', () => {
            if (partial !== '') lines.push(partial);
            partial = '';
            ended = true;
            serve();
          });
        }
        if (reading && !ended) process.stdin.resume();
        serve();
      });
    },
    close() {
      if (reading) process.stdin.destroy();
    },
  };
}

const options = parseArgs(process.argv.slice(2));
let code;
let filename = options.path;
try {
  if (options.path === '-') {
    code = readFileSync(0);
    filename = '<stdin>';
  } else {
    code = readFileSync(options.path);  // bytes: the engine checks they are UTF-8
  }
} catch {
  usage(`cannot read ${options.path}`);
}

const engine = await createEngine({
  wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
  loadFile: (name) => readFileSync(fileURLToPath(NODE_FILE_URLS[name] || ENGINE_FILE_URLS[name])),
});
const input = stdinLines();
process.on('SIGINT', () => engine.stop());
const status = await engine.run(code, {
  filename,
  virtualTime: options.virtualTime,
  display: options.display,
  onStdout: (text) => process.stdout.write(text),
  onStderr: (text) => process.stderr.write(text),
  onInput: () => input.next(),
  sliceMs: 20,
});
input.close();
process.exitCode = status;
process.removeAllListeners('SIGINT');
