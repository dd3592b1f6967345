// What index.html and embed.html share: an editor, Run/Stop/Instant, a console and the engine,
// wired together. The pages add their own parts (examples, language switch, share).
import { ConsoleView } from './console.js';
import { createEditor, findErrorLine } from './editor.js';
import { Engine } from './engine.js';

const MAX_STDERR_KEPT = 200000;

// prefetch: when the engine downloads what a program may need mid-run (Engine.prefetch):
// 'idle', PREFETCH_IDLE_MS after the engine is ready (the playground page, opened to run code),
// or 'interaction', when the user first focuses or edits the code or reaches for Run (an
// embedded example, of which a course page may hold many that nobody runs).
const PREFETCH_IDLE_MS = 1500;

export function createPlayground({ elements, initialCode, strings, fitContent = false, prefetch = 'idle' }) {
  const { run, stop, instant, console: consoleElement, editor: editorElement, status, notice } = elements;
  const consoleView = new ConsoleView(consoleElement, { strings });
  const editor = createEditor(editorElement, {
    value: initialCode,
    onRun: () => startRun(),
    ariaLabel: strings().editorLabel,
    fitContent,
  });
  editor.onChange(() => editor.clearError());

  let stderrText = '';
  let runStartedAt = 0;
  let statusKey = 'loading';
  let prefetchTimer = null;

  const showStatus = () => {
    const s = strings();
    const texts = { loading: s.loading, running: s.running, stopping: s.stopping, failed: s.failedState };
    status.textContent = statusKey === 'ready' ? s.ready(engine.loadMs) : texts[statusKey] ?? '';
  };

  const engine = new Engine({
    state(state) {
      if (state === 'ready' && prefetch === 'idle' && !prefetchTimer)
        prefetchTimer = setTimeout(() => engine.prefetch(), PREFETCH_IDLE_MS);
      statusKey = state;
      run.disabled = state !== 'ready';
      stop.disabled = !(state === 'running' || state === 'stopping');
      document.body.dataset.engine = state;
      showStatus();
    },
    output(stream, text, t) {
      consoleView.write(stream, text, t);
      if (stream === 'stderr' && stderrText.length < MAX_STDERR_KEPT) {
        stderrText += text;
        const error = findErrorLine(stderrText);
        if (error) editor.markError(error);
      }
    },
    input(prompt) {
      return consoleView.ask(prompt, strings().inputLabel);
    },
    exit({ status: code, elapsedMs, stopped, killed, crashed }) {
      consoleView.cancelAsk?.();
      const s = strings();
      const elapsed = elapsedMs ?? performance.now() - runStartedAt;
      if (killed) consoleView.note('meta stopped', s.killed);
      else if (crashed) return;
      else if (stopped) consoleView.note('meta stopped', s.stopped(elapsed));
      else if (code === 0) consoleView.note('meta', s.finished(elapsed));
      else consoleView.note('meta failed', s.failed(code, elapsed));
      consoleView.flush();
    },
    runError(message) {
      consoleView.note('error', strings().crashed(message));
    },
    loadFailed(message) {
      showNotice(strings().loadFailed(message), 'error');
    },
  });

  if (prefetch !== 'idle') {
    const engage = () => engine.prefetch();
    editor.onFocus(engage);
    editor.onChange(engage);
    for (const event of ['pointerenter', 'focus']) run.addEventListener(event, engage, { once: true });
  }

  function startRun() {
    if (engine.state !== 'ready') return;
    consoleView.clear();
    editor.clearError();
    stderrText = '';
    runStartedAt = performance.now();
    engine.run(editor.getValue(), { virtualTime: instant.checked, display: true });
  }

  function showNotice(text, kind = 'info') {
    if (!notice) return;
    notice.hidden = !text;
    notice.className = `notice ${kind}`;
    notice.textContent = text ?? '';
  }

  run.addEventListener('click', startRun);
  stop.addEventListener('click', () => engine.stop());
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    if (editorElement.contains(event.target)) return; // Monaco runs its own command
    event.preventDefault();
    startRun();
  });

  return { editor, engine, consoleView, startRun, showNotice, refreshStrings: showStatus };
}
