// The browser host of DESIGN.md, usable from a Web Worker and from node 20:
//
//   import { createEngine } from './engine.mjs';
//   const engine = await createEngine({ wasmBinary,   // required under node
//                                       loadFile });  // under node: the files below
//   const status = await engine.run(code, { filename, virtualTime, display,
//                                           onStdout, onStderr, onInput, sliceMs });
//   engine.stop();   // from any event handler while run() is pending
//
// `code` is a string, or the source's bytes as a Uint8Array (the CLI passes a file's bytes, so
// a file that is not UTF-8 gets CPython's SyntaxError instead of replacement characters).
//
// run() drives one py::Program (core/python/program.hpp) through the Session of loader.mjs
// and bindings.cpp: ready work runs in slices of `sliceMs`, then the host yields with a
// zero-delay message (not setTimeout(0), which browsers clamp to 4 ms once nested), so the page
// receives output and messages (Stop) between slices. A sleeping program waits on one setTimeout
// for its next deadline; a program in input() waits for onInput's promise. Nothing polls.
//
// Three files next to the engine (ENGINE_FILE_URLS) are read only when a program needs them,
// by `loadFile(name)`: the engine's deferred part at the first call of a function in it (see
// loader.mjs), the `\N{...}` name table the first time a source holds such an escape, and the
// library archive (the library modules written in Python: collections, contextlib, functools,
// random..., listed in core/python/CMakeLists.txt) on the first import of one. It must return
// the file's bytes synchronously, since the engine asks for them mid-run, mid-compile or
// mid-import. By default a synchronous XMLHttpRequest for binary data, which workers allow (a
// page's main thread does not); under node, read the file with fs. Without the bytes, the run
// stops with a SystemError (deferred part), `\N{...}` is a SyntaxError (unknown name), as for a
// name outside the table, and the import an ImportError. `engine.prefetch(name)` downloads one
// of them ahead of need, in the background (worker.js does so when the page asks).
//
// The .wasm is compiled once per engine and each run gets a fresh VM on the same instance. The
// instance is replaced (a few ms, from the compiled module) after a run that trapped (out of
// memory, native stack exhausted) or left the heap above RECYCLE_HEAP_BYTES, since linear
// memory never shrinks. Not every run: V8 reclaims dropped instances' memory reservations with
// a full GC, which sometimes stalls the next instantiation by a second.
import createAttendableModule from '../build/wasm/wasm/attendable_engine.mjs';

// Where the build puts the engine. Under node, read it and pass the bytes as `wasmBinary`
// (node's fetch cannot load file: URLs).
export const ENGINE_WASM_URL = new URL('../build/wasm/wasm/attendable_engine.wasm', import.meta.url);
// The files loadFile reads, by name (bundlers copy them next to the engine).
export const ENGINE_FILE_URLS = {
  'attendable_unicode_names.bin': new URL('../build/wasm/wasm/attendable_unicode_names.bin', import.meta.url),
  'attendable_library.bin': new URL('../build/wasm/wasm/attendable_library.bin', import.meta.url),
  'attendable_engine.deferred.wasm': new URL('../build/wasm/wasm/attendable_engine.deferred.wasm', import.meta.url),
};

const DEFAULT_SLICE_MS = 5;
const STOP_GRACE_MS = 100;
const RECYCLE_HEAP_BYTES = 64 * 1024 * 1024;

// Compiles the engine: from bytes, from an already compiled module, or by fetching its URL.
async function compileEngine({ wasmBinary, wasmModule, wasmUrl = ENGINE_WASM_URL }) {
  if (wasmModule) return wasmModule;
  if (wasmBinary) return WebAssembly.compile(wasmBinary);
  let response;
  try {
    response = await fetch(wasmUrl);
  } catch (error) {
    const hint = String(wasmUrl).startsWith('file:') ? ' (under node, pass its bytes as wasmBinary)' : '';
    throw new Error(`cannot load the engine from ${wasmUrl}${hint}: ${error.message}`);
  }
  if (!response.ok) throw new Error(`cannot load the engine from ${wasmUrl}: HTTP ${response.status}`);
  if (WebAssembly.compileStreaming && response.headers.get('content-type') === 'application/wasm') {
    return WebAssembly.compileStreaming(response);
  }
  return WebAssembly.compile(await response.arrayBuffer());
}

// The default loadFile: the file's bytes, or null when the request fails or the page has no such
// file (the asyncio prelude's frozen code, which only node hosts serve: wasm/cli.mjs).
function requestFile(name) {
  if (!ENGINE_FILE_URLS[name]) return null;
  const request = new XMLHttpRequest();
  request.open('GET', ENGINE_FILE_URLS[name], false);
  request.responseType = 'arraybuffer';
  request.send();
  return request.status === 200 ? new Uint8Array(request.response) : null;
}

// A new instance of the compiled module, with its loader's Session class (wasm/loader.mjs).
function instantiate(compiled, loadFile) {
  return createAttendableModule({ wasmModule: compiled, loadFile });
}

// A zero-delay yield to the host's event loop, so pending messages and I/O run in between.
// setImmediate under node; a MessageChannel in browsers and workers (no 4 ms clamp).
const yieldToHost = (() => {
  if (typeof setImmediate === 'function') return () => new Promise((resolve) => setImmediate(resolve));
  const channel = new MessageChannel();
  const waiting = [];
  channel.port1.onmessage = () => waiting.shift()();
  return () => new Promise((resolve) => {
    waiting.push(resolve);
    channel.port2.postMessage(null);
  });
})();

// An error from inside the engine (a wasm trap, an abort, a C++ exception that escaped), as
// opposed to one thrown by the host's own callbacks.
function isTrap(error) {
  return error instanceof WebAssembly.RuntimeError ||
    error instanceof RangeError || (WebAssembly.Exception && error instanceof WebAssembly.Exception);
}

// Output callbacks receive UTF-8 bytes (a view of the wasm heap); a streaming decoder keeps a
// character split across two chunks whole.
function utf8Stream(write) {
  const decoder = new TextDecoder();
  return (bytes) => {
    const text = decoder.decode(bytes, { stream: true });
    if (text) write(text);
  };
}

// A trap inside the engine, in the words a Python user expects.
function describeTrap(error) {
  const text = `${error?.message ?? error}`;
  if (error instanceof RangeError || /call stack|stack overflow/i.test(text)) {
    return 'RecursionError: maximum recursion depth exceeded\n';
  }
  if (/OOM|out of memory|memory access out of bounds|bad_alloc|Cannot enlarge memory/i.test(text)) {
    return 'MemoryError\n';
  }
  return `SystemError: the engine stopped: ${text.trim()}\n`;
}

class Engine {
  #compiled;
  #loadFile;
  #prefetchFile;
  #runtime;          // the instance the next run uses, or null: make a new one
  #current = null;   // the run in progress: { session, wake, interrupted, stoppedAt }

  constructor(compiled, loadFile, prefetchFile, runtime) {
    this.#compiled = compiled;
    this.#loadFile = loadFile;
    this.#prefetchFile = prefetchFile;
    this.#runtime = runtime;
  }

  // Downloads a file of ENGINE_FILE_URLS now, asynchronously, so that a program needing it
  // later finds it read instead of waiting on a synchronous request. Resolves with whether the
  // engine now holds it; a failed download is left to the request at the time of need.
  prefetch(name) {
    return this.#prefetchFile(name);
  }

  get running() {
    return this.#current !== null;
  }

  // Runs one program to its end; resolves with its exit status (0, 1, or SystemExit's code).
  async run(code, options = {}) {
    if (this.#current) throw new Error('engine.run: a program is already running');
    const {
      filename = '<main>',
      virtualTime = false,
      display = false,
      onStdout = () => {},
      onStderr = () => {},
      onInput = async () => null,
      sliceMs = DEFAULT_SLICE_MS,
    } = options;
    const current = { session: null, wake: null, interrupted: false, stoppedAt: 0 };
    this.#current = current;
    try {
      this.#runtime ??= await instantiate(this.#compiled, this.#loadFile);
      const module = this.#runtime;
      let session = null;
      try {
        session = new module.Session({
          virtualTime, display, onStdout: utf8Stream(onStdout), onStderr: utf8Stream(onStderr) });
        current.session = session;
        if (current.interrupted) session.interrupt();
        const status = await drive(session, code instanceof Uint8Array ? code : String(code), filename, sliceMs / 1000, onInput, current);
        if (status === OUT_OF_MEMORY) {
          this.#dropInstance();
          session = null;
          onStderr('MemoryError\n');
          return 1;
        }
        if (status === ABANDONED) {
          onStderr('KeyboardInterrupt\n');
          return 1;
        }
        return status;
      } catch (error) {
        if (!isTrap(error)) throw error;
        this.#dropInstance();
        try {
          session?.flush();
        } catch {
          // The output printed just before the trap is lost.
        }
        session = null;
        onStderr(describeTrap(error));
        return 1;
      } finally {
        if (session) session.delete();
        if (this.#runtime && module.HEAP8.length > RECYCLE_HEAP_BYTES) this.#dropInstance();
      }
    } finally {
      this.#current = null;
    }
  }

  // After a trap or out of memory the instance's state is unknown, and a heap that grew large
  // never shrinks: the next run gets a new instance of the compiled module.
  #dropInstance() {
    this.#runtime = null;
  }

  // Asks the running program to stop: KeyboardInterrupt is raised at its next check (loops poll
  // it; a sleeping or waiting program is woken at once). A program still running STOP_GRACE_MS
  // later (it caught KeyboardInterrupt, or its loop never polled) is abandoned between two
  // slices, as if KeyboardInterrupt had ended it.
  stop() {
    const current = this.#current;
    if (!current) return;
    if (!current.interrupted) current.stoppedAt = performance.now();
    current.interrupted = true;
    current.session?.interrupt();
    current.wake?.();
  }
}

const OUT_OF_MEMORY = Symbol('out of memory');
const ABANDONED = Symbol('abandoned after stop()');

// The host loop of DESIGN.md "Browser", one await per wait. Resolves with the exit status,
// OUT_OF_MEMORY when the heap cap was reached, or ABANDONED.
async function drive(session, code, filename, sliceSeconds, onInput, current) {
  let state = session.start(filename, code);
  while (state !== 'finished') {
    if (state === 'out-of-memory') return OUT_OF_MEMORY;
    if (state === 'running') {
      await yieldToHost();
    } else if (state === 'sleeping') {
      const delayMs = session.waitSeconds() * 1000;
      // setTimeout is called from the yield's task, never from a timer's: browsers clamp a
      // timer set by a timer nested 5 deep to 4 ms, which would make a sleep late.
      await yieldToHost();
      if (delayMs > 0 && !current.interrupted) await wait(delayMs, current);
    } else if (state === 'waiting-input') {
      const line = current.interrupted ? null : await waitForInput(onInput, session.inputPrompt(), current);
      session.provideInput(line === undefined ? null : line);
    }
    if (current.interrupted && performance.now() - current.stoppedAt > STOP_GRACE_MS) return ABANDONED;
    state = session.run(sliceSeconds);
  }
  return session.exitStatus();
}

// One pending setTimeout, cut short by stop().
function wait(delayMs, current) {
  return new Promise((resolve) => {
    const timer = setTimeout(done, delayMs);
    function done() {
      clearTimeout(timer);
      current.wake = null;
      resolve();
    }
    current.wake = done;
  });
}

// onInput's answer, or end of input when stop() comes first.
function waitForInput(onInput, prompt, current) {
  return new Promise((resolve, reject) => {
    current.wake = () => {
      current.wake = null;
      resolve(null);
    };
    Promise.resolve(onInput(prompt)).then(
      (line) => {
        current.wake = null;
        resolve(line);
      },
      reject);
  });
}

export async function createEngine(options = {}) {
  const compiled = await compileEngine(options);
  // Each file is read once per engine (a replaced instance asks again, and gets the same bytes),
  // and again after a failure.
  const { loadFile = requestFile } = options;
  const files = new Map();
  const loadOnce = (name) => {
    if (!files.get(name)) files.set(name, loadFile(name));
    return files.get(name);
  };
  const prefetchFile = async (name) => {
    if (files.get(name)) return true;
    try {
      const response = await fetch(ENGINE_FILE_URLS[name]);
      if (!response.ok) return false;
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (!files.get(name)) files.set(name, bytes);
      return true;
    } catch {
      return false;  // offline, or a host without fetch for this URL (node and file: URLs)
    }
  };
  return new Engine(compiled, loadOnce, prefetchFile, await instantiate(compiled, loadOnce));
}
