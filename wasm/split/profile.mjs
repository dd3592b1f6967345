// The build's profile of the engine (wasm/CMakeLists.txt): which of its functions the
// playground's own programs call. wasm-split keeps those in attendable_engine.wasm, the part a
// page downloads before its first run, and moves the others to attendable_engine.deferred.wasm,
// which the loader fetches the first time a program calls one of them (docs/ARCHITECTURE.md,
// "The engine in two parts").
//
//   node profile.mjs <instrumented.wasm> <loader.mjs> <engine dir> <profile out> <program>...
//
// A program is a .py file (the page's warm-up, web/src/warm_up.py, is one) or web/src/examples.js,
// whose examples all run. Each runs as the
// page runs it (display mode, a fresh session, input() answered), on the virtual clock so that
// the build does not wait for its sleeps; a program named *_stop.py runs on the real clock and
// is interrupted after its first slice, as the Stop button does. The instrumented engine
// (`wasm-split --instrument`) records every function called; __write_profile writes the record.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [wasmPath, loaderPath, engineDir, profilePath, ...inputs] = process.argv.slice(2);
const { default: createAttendableModule } = await import(pathToFileURL(path.resolve(loaderPath)));
const wasmModule = await WebAssembly.compile(fs.readFileSync(wasmPath));
// The asyncio prelude's frozen code (wasm/freeze.mjs made it first) goes to the programs the CLI
// runs, not to the page's, which compiles the prelude: both paths are then in the profile.
const FROZEN_PRELUDE = 'attendable_asyncio.bin';
let serveFrozenPrelude = false;
const loadFile = (name) => (name === FROZEN_PRELUDE && !serveFrozenPrelude ? null : fs.readFileSync(path.join(engineDir, name)));
const Module = await createAttendableModule({ wasmModule, loadFile });

const programs = [];
for (const input of inputs) {
  if (input.endsWith('.js')) {
    const { examples } = await import(pathToFileURL(path.resolve(input)));
    for (const example of examples) programs.push({ name: `${input}#${example.id}`, code: example.code, page: true });
  } else {
    programs.push({ name: input, code: fs.readFileSync(input), stop: input.endsWith('_stop.py'), page: input.endsWith('warm_up.py') });
  }
}

const ignore = () => {};
for (const program of programs) {
  serveFrozenPrelude = !program.page;
  const session = new Module.Session({ virtualTime: !program.stop, display: true, onStdout: ignore, onStderr: ignore });
  // The calls of engine.mjs's drive(), in its order.
  let state = session.start('<cell>', program.code);
  for (let slices = 0; state !== 'finished'; slices++) {
    if (state === 'out-of-memory' || slices > 100000) throw new Error(`${program.name}: ${state} after ${slices} slices`);
    if (program.stop && slices === 1) session.interrupt();
    if (state === 'sleeping') session.waitSeconds();
    if (state === 'waiting-input') {
      session.inputPrompt();
      session.provideInput('Ada');
    }
    state = session.run(0.005);
  }
  session.exitStatus();
  session.flush();
  session.delete();
}

const capacity = 1 << 20;
const buffer = Module.exports.malloc(capacity);
const length = Module.exports.__write_profile(buffer, capacity);
fs.writeFileSync(profilePath, Module.HEAP8.subarray(buffer, buffer + length));
