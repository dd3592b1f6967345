#!/usr/bin/env node
// The engine's size and startup under node (issue 5, "Performance"):
//   node tests/wasm/startup_bench.mjs [--runs N] [DIR]
// DIR holds attendable_engine.{mjs,wasm} (default build/wasm/wasm). Prints the sizes of the
// .wasm (the engine's first part) and its loader, raw and gzipped (level 9), those of the files
// the engine reads on first use (its deferred part, the `\N{...}` name table, the library
// archive), and the medians over N fresh node processes of: compile (bytes →
// WebAssembly.Module), ready (bytes → createEngine() resolved: compile, instantiate, runtime
// init) and first run ('print(1)' start to exit, a fresh VM included).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
if (args[0] === '--measure') {
  // One measurement, in a fresh process so nothing is cached.
  const dir = args[1];
  const loader = await import(pathToFileURL(join(dir, 'attendable_engine.mjs')).href);
  const bytes = readFileSync(join(dir, 'attendable_engine.wasm'));
  let started = performance.now();
  await WebAssembly.compile(bytes);
  const compileMs = performance.now() - started;
  // The engine as engine.mjs makes it, from the loader in `dir`.
  started = performance.now();
  const compiled = await WebAssembly.compile(bytes);
  // wasmModule for wasm/loader.mjs; instantiateWasm for the Emscripten loaders of older builds.
  const module = await loader.default({
    wasmModule: compiled,
    loadFile: (name) => {
      throw new Error(`print(1) read ${name}`);
    },
    instantiateWasm(imports, receive) {
      WebAssembly.instantiate(compiled, imports).then((instance) => receive(instance, compiled));
      return {};
    },
  });
  const readyMs = performance.now() - started;
  started = performance.now();
  const session = new module.Session({ virtualTime: false, display: false, onStdout() {}, onStderr() {} });
  let state = session.start('<bench>', 'print(1)\n');
  while (state === 'running') state = session.run(1);
  const firstRunMs = performance.now() - started;
  console.log(JSON.stringify({ compileMs, readyMs, firstRunMs }));
  process.exit(0);
}

let runs = 9;
if (args[0] === '--runs') {
  runs = Number(args[1]);
  args.splice(0, 2);
}
const dir = resolve(args[0] ?? fileURLToPath(new URL('../../build/wasm/wasm', import.meta.url)));
const size = (file) => {
  const bytes = readFileSync(join(dir, file));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const wasm = size('attendable_engine.wasm');
const loader = size('attendable_engine.mjs');
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`engine: ${dir}`);
console.log(`wasm    ${kb(wasm.raw)} raw, ${kb(wasm.gzip)} gzipped`);
console.log(`loader  ${kb(loader.raw)} raw, ${kb(loader.gzip)} gzipped`);
console.log(`total   ${kb(wasm.gzip + loader.gzip)} gzipped (what a page loads before its first run)`);
// Not part of the total: read only when a program calls a function of the deferred part, holds a
// `\N{...}` escape or imports a library module (builds before they were files of their own have
// none).
const deferredFile = 'attendable_engine.deferred.wasm';
if (existsSync(join(dir, deferredFile))) {
  const deferred = size(deferredFile);
  console.log(`deferred ${kb(deferred.raw)} raw, ${kb(deferred.gzip)} gzipped (the rest of the engine, on first call; ` +
              `${kb(wasm.gzip + loader.gzip + deferred.gzip)} gzipped with the total)`);
}
for (const [file, label, use] of [
  ['attendable_unicode_names.bin', 'names  ', 'the \\N{...} table, on first use'],
  ['attendable_library.bin', 'library', 'the library modules in Python, on first import'],
]) {
  if (!existsSync(join(dir, file))) continue;
  const fileSize = size(file);
  console.log(`${label} ${kb(fileSize.raw)} raw, ${kb(fileSize.gzip)} gzipped (${use})`);
}

const samples = [];
for (let i = 0; i < runs; i++) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', dir]);
  samples.push(JSON.parse(out));
}
const median = (key) => {
  const values = samples.map((s) => s[key]).sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)].toFixed(1);
};
console.log(`median of ${runs} processes: compile ${median('compileMs')} ms, ` +
            `ready ${median('readyMs')} ms, first run ${median('firstRunMs')} ms`);
