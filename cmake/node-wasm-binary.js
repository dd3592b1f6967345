// Prepended to wasm executables that run under node (tests, examples): node 20 has a global
// fetch that cannot load file paths, so Emscripten 3.1.6's loader would fail; hand it the
// bytes of the .wasm file that sits next to this script instead.
if (typeof process === 'object' && typeof require === 'function' && !Module['wasmBinary']) {
  Module['wasmBinary'] = require('fs').readFileSync(__filename.replace(/\.js$/, '.wasm'));
}
