// The engine's Web Worker (a module worker):
//   new Worker(new URL('../wasm/worker.js', import.meta.url), { type: 'module' })
//
// Protocol — page → worker:
//   { type: 'run', code, filename, virtualTime, display }  run a program (fresh VM); sent
//                                           while another runs, it stops that one first
//   { type: 'input', line }                 the answer to an input-request: a string without
//                                           its newline, or null for end of input (EOFError)
//   { type: 'stop' }                        raise KeyboardInterrupt in the running program
//   { type: 'prefetch' }                    download, in the background, the files a program
//                                           may need mid-run (PREFETCHED_FILES)
// worker → page:
//   { type: 'ready', loadMs }               the engine is loaded; runs may be sent (a 'run'
//                                           sent earlier waits for it)
//   { type: 'stdout', text, t }             output as printed; t: ms of real time since the
//   { type: 'stderr', text, t }             run started (text may hold several lines)
//   { type: 'input-request', prompt }       input(prompt) waits for an 'input' message (the
//                                           prompt was also sent as stdout)
//   { type: 'exit', status, elapsedMs }     the run ended: 0, 1 (uncaught exception), or
//                                           SystemExit's code
//   { type: 'error', message }              the engine could not be loaded
//   { type: 'prefetched', files }           a 'prefetch' is over: `files` of PREFETCHED_FILES
//                                           are held (the others will be requested when needed)
//
// Stop is honoured within one slice (a few ms) by loops, sleeps and input(). Native code that
// calls back into Python (a __repr__ looping forever) cannot be interrupted: if no 'exit'
// follows a 'stop' within ~200 ms, the page terminates this worker and starts a new one.
//
// The engine reads three files next to the .wasm (engine.mjs's ENGINE_FILE_URLS) only when a
// program needs them: its deferred part, the `\N{...}` name table, the library archive. A
// 'prefetch' message downloads the deferred part and the archive in the background; one needed
// before it has arrived is read with a synchronous XMLHttpRequest. A host serves them with the
// engine's other files.
import { createEngine } from './engine.mjs';

const loadStart = performance.now();
let pendingInput = null;  // resolves the input() in progress
let queuedRun = null;     // a 'run' received while another was running or before 'ready'
let engine = null;

// What 'prefetch' downloads: the engine's deferred part, which common built-ins need (min(),
// list(range(...)), time.time()...), then the library archive (import random, collections...).
const PREFETCHED_FILES = ['attendable_engine.deferred.wasm', 'attendable_library.bin'];
let prefetching = null;

function prefetch() {
  prefetching ??= engineReady.then(async () => {
    let files = 0;
    for (const name of PREFETCHED_FILES) if (await engine?.prefetch(name)) files += 1;
    postMessage({ type: 'prefetched', files });
  });
}

const engineReady = createEngine().then(
  (loaded) => {
    engine = loaded;
    postMessage({ type: 'ready', loadMs: Math.round(performance.now() - loadStart) });
  },
  (error) => {
    postMessage({ type: 'error', message: `The Python engine could not be loaded: ${error?.message ?? error}` });
  });

async function runProgram(message) {
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  let status;
  try {
    status = await engine.run(message.code ?? '', {
      filename: message.filename || '<main>',
      virtualTime: Boolean(message.virtualTime),
      display: Boolean(message.display),
      onStdout: (text) => postMessage({ type: 'stdout', text, t: elapsed() }),
      onStderr: (text) => postMessage({ type: 'stderr', text, t: elapsed() }),
      onInput: (prompt) => new Promise((resolve) => {
        pendingInput = resolve;
        postMessage({ type: 'input-request', prompt });
      }),
    });
  } catch (error) {
    postMessage({ type: 'stderr', text: `SystemError: ${error?.message ?? error}\n`, t: elapsed() });
    status = 1;
  }
  pendingInput = null;
  postMessage({ type: 'exit', status, elapsedMs: elapsed() });
}

// One loop runs programs in sequence; a 'run' that arrives meanwhile stops the current one.
let looping = false;
async function startRuns(message) {
  queuedRun = message;
  engine?.stop();
  if (looping) return;
  looping = true;
  await engineReady;
  while (engine && queuedRun) {
    const next = queuedRun;
    queuedRun = null;
    await runProgram(next);
  }
  looping = false;
}

self.onmessage = ({ data }) => {
  switch (data?.type) {
    case 'run':
      startRuns(data);
      break;
    case 'input': {
      const answer = pendingInput;
      pendingInput = null;
      answer?.(typeof data.line === 'string' ? data.line : null);
      break;
    }
    case 'stop':
      engine?.stop();
      break;
    case 'prefetch':
      prefetch();
      break;
  }
};
