// The build's frozen asyncio prelude for node hosts (wasm/CMakeLists.txt; docs/ARCHITECTURE.md,
// "The frozen prelude"):
//   node freeze.mjs <engine.wasm> <loader.mjs> <out>
// runs the engine's attendable_freeze_prelude (wasm/bindings.cpp) and writes what it returns,
// the prelude's code as vm/frozen_code.hpp's bytes, to <out>.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [wasmPath, loaderPath, outPath] = process.argv.slice(2);
if (!outPath) {
  process.stderr.write('usage: node freeze.mjs <engine.wasm> <loader.mjs> <out>\n');
  process.exit(2);
}
const { default: createAttendableModule } = await import(pathToFileURL(path.resolve(loaderPath)));
const wasmModule = await WebAssembly.compile(fs.readFileSync(wasmPath));
const Module = await createAttendableModule({
  wasmModule,
  loadFile: (name) => fs.readFileSync(path.join(path.dirname(wasmPath), name)),
});
const sizePointer = Module.exports.malloc(4);
const bytes = Module.exports.attendable_freeze_prelude(sizePointer);
const size = new Uint32Array(Module.HEAP8.buffer, sizePointer, 1)[0];
if (!bytes) {
  process.stderr.write('freeze.mjs: the asyncio prelude does not freeze (see core/python/vm/frozen_code.hpp)\n');
  process.exit(1);
}
fs.writeFileSync(outPath, new Uint8Array(Module.HEAP8.buffer, bytes, size));
