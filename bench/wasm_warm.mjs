#!/usr/bin/env node
// Runs a program on the wasm engine several times in one engine, as the playground page does
// when a student presses Run again, and passes on the output of the last run only:
//   node bench/wasm_warm.mjs [--warmup N] FILE.py
// The first runs (N, default 2) are silent. They let V8 replace the engine's baseline code
// (Liftoff) with optimised code (TurboFan), which it compiles in the background for functions
// it has seen run hot, and only uses from the next call of such a function on. A fresh
// process, as `node wasm/cli.mjs` is, pays for that baseline code throughout a short program.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ENGINE_FILE_URLS, ENGINE_WASM_URL, createEngine } from '../wasm/engine.mjs';

const args = process.argv.slice(2);
let warmup = 2;
if (args[0] === '--warmup') {
  warmup = Number(args[1]);
  args.splice(0, 2);
}
if (args.length !== 1 || !Number.isInteger(warmup) || warmup < 0) {
  process.stderr.write('usage: node bench/wasm_warm.mjs [--warmup N] FILE.py\n');
  process.exit(2);
}
const [path] = args;
const code = readFileSync(path, 'utf8');
// As wasm/cli.mjs, this host also serves the asyncio prelude's frozen code.
const FROZEN_PRELUDE_URL = new URL('../build/wasm/wasm/attendable_asyncio.bin', import.meta.url);
const engine = await createEngine({
  wasmBinary: readFileSync(fileURLToPath(ENGINE_WASM_URL)),
  loadFile: (name) => readFileSync(fileURLToPath(name === 'attendable_asyncio.bin' ? FROZEN_PRELUDE_URL : ENGINE_FILE_URLS[name])),
});
let status = 0;
for (let run = 0; run <= warmup; run += 1) {
  const last = run === warmup;
  status = await engine.run(code, {
    filename: path,
    onStdout: (text) => { if (last) process.stdout.write(text); },
    onStderr: (text) => process.stderr.write(text),
    sliceMs: 20,
  });
  if (status !== 0) break;
}
process.exitCode = status;
