// The engine's Session class (bindings.cpp has the API), linked into the Emscripten loader with
// --post-js: it runs inside the module factory, next to HEAPU8, _malloc and the exports.
//
//   const session = new Module.Session({virtualTime, display, onStdout(bytes), onStderr(bytes)});
//
// Output callbacks receive Uint8Array views of the wasm heap, valid only during the call.
var attendableSessions = {};
var attendableNextSession = 1;
var attendableStates = ['running', 'sleeping', 'waiting-input', 'finished', 'out-of-memory'];

// Calls f(pointer, length) with `text` as UTF-8 in a malloc'd buffer; 'out-of-memory' when the
// heap cap leaves no room for it. `text` may also be bytes (a Uint8Array, a file as read): they
// go as they are, so that the engine rejects a source that is not UTF-8 as CPython does.
function attendableWithString(text, f) {
  var bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  var pointer = _malloc(bytes.length + 1);
  if (!pointer) return attendableStates[4];
  HEAPU8.set(bytes, pointer);
  try {
    return f(pointer, bytes.length);
  } finally {
    _free(pointer);
  }
}

// The files bindings.cpp's HostFile names, by index.
var attendableFileNames = ['attendable_unicode_names.bin', 'attendable_library.bin'];

// bindings.cpp's attendable_load_file: the bytes of Module.loadFile(name) (engine.mjs), copied
// into a malloc'd buffer the engine keeps; the size goes to *sizePointer. 0 when there are none
// (the loader failed: `\N{...}` is then an unknown name, a SyntaxError; an import of a library
// module an ImportError).
function attendableLoadFile(file, sizePointer) {
  var bytes = null;
  try {
    bytes = Module['loadFile'](attendableFileNames[file]);
  } catch (error) {
    // As if the file were missing.
  }
  if (!bytes || !bytes.length) return 0;
  var pointer = _malloc(bytes.length);
  HEAPU32[sizePointer >> 2] = bytes.length;
  if (pointer) HEAPU8.set(bytes, pointer);
  return pointer;
}

Module['Session'] = class {
  constructor(options) {
    this.id = attendableNextSession++;
    this.out = [options.onStdout, options.onStderr];
    attendableSessions[this.id] = this;
    this.ptr = _attendable_session_new(this.id, options.virtualTime ? 1 : 0, options.display ? 1 : 0);
  }
  write(stream, bytes) {
    this.out[stream](bytes);
  }
  start(filename, code) {
    var ptr = this.ptr;
    return attendableWithString(filename, (name, nameLength) =>
      attendableWithString(code, (text, textLength) =>
        attendableStates[_attendable_session_start(ptr, name, nameLength, text, textLength)]));
  }
  run(sliceSeconds) {
    return attendableStates[_attendable_session_run(this.ptr, sliceSeconds)];
  }
  waitSeconds() {
    return _attendable_session_wait_seconds(this.ptr);
  }
  inputPrompt() {
    var start = _attendable_session_input_prompt(this.ptr);
    return new TextDecoder().decode(HEAPU8.subarray(start, HEAPU8.indexOf(0, start)));
  }
  // line: a string, or null/undefined for end of input.
  provideInput(line) {
    if (line === null || line === undefined) _attendable_session_provide_input(this.ptr, 0, 0);
    else attendableWithString(String(line), (text, length) => _attendable_session_provide_input(this.ptr, text, length));
  }
  exitStatus() {
    return _attendable_session_exit_status(this.ptr);
  }
  interrupt() {
    _attendable_session_interrupt(this.ptr);
  }
  flush() {
    _attendable_session_flush(this.ptr);
  }
  delete() {
    var ptr = this.ptr;
    this.ptr = 0;
    try {
      if (ptr) _attendable_session_delete(ptr);
    } finally {
      delete attendableSessions[this.id];
    }
  }
};
