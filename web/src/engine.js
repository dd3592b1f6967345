// The page's side of the engine: owns the Web Worker that runs the WebAssembly engine
// (wasm/worker.js) and speaks its protocol.
//   page → worker: {type:'run', code, filename, virtualTime, display}, {type:'input', line},
//                  {type:'stop'}, {type:'prefetch'}
//   worker → page: {type:'ready', loadMs}, {type:'stdout'|'stderr', text, t},
//                  {type:'input-request', prompt}, {type:'exit', status, elapsedMs},
//                  {type:'error', message}, {type:'prefetched', files} (not used here)
// Stop asks the worker to interrupt the program; a worker that has not exited STOP_GRACE_MS
// later is terminated and replaced, so Stop always ends a run promptly.

import WARM_UP from './warm_up.py?raw';

export const STOP_GRACE_MS = 150;
const LOAD_TIMEOUT_MS = 30000;

// The warm-up run (warm_up.py says why); one that takes too long is not waited for.
const WARM_UP_TIMEOUT_MS = 3000;

function createEngineWorker() {
  return new Worker(new URL('../../wasm/worker.js', import.meta.url), { type: 'module', name: 'attendable-engine' });
}

// Events (callbacks in `handlers`): state(state), output(stream, text, t), input(prompt) → Promise
// of a line or null, exit({status, elapsedMs, stopped, killed, crashed}), loadFailed(message),
// runError(message). States: 'loading' → 'ready' ⇄ 'running' (→ 'stopping'); 'failed'.
export class Engine {
  constructor(handlers) {
    this.handlers = handlers;
    this.state = 'loading';
    this.worker = null;
    this.loadMs = null;
    this.spawn();
  }

  setState(state) {
    this.state = state;
    this.handlers.state?.(state);
  }

  spawn() {
    this.setState('loading');
    clearTimeout(this.loadTimer);
    clearTimeout(this.warmUpTimer);
    this.warming = false;
    this.warmUpRunning = false;
    let worker;
    try {
      worker = createEngineWorker();
    } catch (error) {
      this.fail(String(error?.message ?? error));
      return;
    }
    this.worker = worker;
    worker.onmessage = (event) => {
      if (this.worker === worker) this.receive(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      if (this.worker !== worker) return;
      const message = event.message || 'the engine script could not be loaded';
      if (this.state === 'loading') this.fail(message);
      else this.crash(message);
    };
    worker.onmessageerror = () => {
      if (this.worker === worker) this.crash('a message from the engine could not be read');
    };
    this.loadTimer = setTimeout(() => {
      if (this.worker === worker && this.state === 'loading') this.fail(`no answer after ${LOAD_TIMEOUT_MS / 1000} s`);
    }, LOAD_TIMEOUT_MS);
  }

  fail(message) {
    clearTimeout(this.loadTimer);
    this.worker?.terminate();
    this.worker = null;
    this.setState('failed');
    this.handlers.loadFailed?.(message);
  }

  // The engine broke during a run: say so, and start a fresh one.
  crash(message) {
    clearTimeout(this.stopTimer);
    const wasRunning = this.state === 'running' || this.state === 'stopping';
    this.worker?.terminate();
    this.worker = null;
    this.handlers.runError?.(message);
    if (wasRunning) this.handlers.exit?.({ status: null, elapsedMs: null, stopped: false, crashed: true });
    this.spawn();
  }

  receive(message) {
    switch (message?.type) {
      case 'ready':
        clearTimeout(this.loadTimer);
        this.loadMs = message.loadMs;
        this.warmUp();
        // A worker that replaced one asked to prefetch is asked too (asking twice is harmless).
        if (this.prefetchWanted) this.worker.postMessage({ type: 'prefetch' });
        break;
      case 'stdout':
      case 'stderr':
        if (!this.warmUpRunning) this.handlers.output?.(message.type, String(message.text), message.t ?? 0);
        break;
      case 'input-request':
        if (this.warmUpRunning) this.worker.postMessage({ type: 'input', line: null });
        else this.answerInput(message.prompt ?? '');
        break;
      case 'exit': {
        if (this.warmUpRunning) {
          // The worker runs programs in order: the first exit is the warm-up's.
          this.warmUpRunning = false;
          this.warmedUp();
          break;
        }
        clearTimeout(this.stopTimer);
        const stopped = this.state === 'stopping';
        if (this.state === 'running' || stopped) {
          this.setState('ready');
          this.handlers.exit?.({ status: message.status, elapsedMs: message.elapsedMs, stopped });
        }
        break;
      }
      case 'error':
        if (this.state === 'loading') this.fail(String(message.message));
        else this.crash(String(message.message));
        break;
      default:
        break;
    }
  }

  warmUp() {
    this.warming = true;
    this.warmUpRunning = true;
    this.worker.postMessage({ type: 'run', code: WARM_UP, filename: '<warm-up>', virtualTime: true, display: false });
    this.warmUpTimer = setTimeout(() => this.warmedUp(), WARM_UP_TIMEOUT_MS);
  }

  warmedUp() {
    clearTimeout(this.warmUpTimer);
    if (!this.warming) return;
    this.warming = false;
    this.setState('ready');
  }

  async answerInput(prompt) {
    const worker = this.worker;
    const line = await this.handlers.input(prompt);
    if (this.worker === worker && this.state === 'running') worker.postMessage({ type: 'input', line });
  }

  // Has the worker download, in the background, the files a program may need mid-run (the
  // engine's deferred part and the library archive; wasm/worker.js), so that the run that first
  // needs one does not wait for it. Once per worker.
  prefetch() {
    if (this.prefetchWanted) return;
    this.prefetchWanted = true;
    this.worker?.postMessage({ type: 'prefetch' });
  }

  run(code, { virtualTime = false, display = true } = {}) {
    if (this.state !== 'ready') return false;
    this.setState('running');
    this.worker.postMessage({ type: 'run', code, filename: '<cell>', virtualTime, display });
    return true;
  }

  stop() {
    if (this.state !== 'running') return;
    this.setState('stopping');
    const worker = this.worker;
    worker.postMessage({ type: 'stop' });
    this.stopTimer = setTimeout(() => {
      if (this.worker !== worker || this.state !== 'stopping') return;
      worker.terminate();
      this.worker = null;
      this.handlers.exit?.({ status: null, elapsedMs: null, stopped: true, killed: true });
      this.spawn();
    }, STOP_GRACE_MS);
  }
}
