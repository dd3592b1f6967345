// Monaco, bundled by Vite: the editor core with its standard contributions (find, folding,
// comments...), Python highlighting only, and the editor worker built from npm. No CDN loader:
// nothing is fetched from another host at run time.
import * as monaco from 'monaco-editor/esm/vs/editor/edcore.main.js';
import 'monaco-editor/esm/vs/basic-languages/python/python.contribution.js';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';

self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

const dark = window.matchMedia('(prefers-color-scheme: dark)');
const themeName = () => (dark.matches ? 'vs-dark' : 'vs');
dark.addEventListener('change', () => monaco.editor.setTheme(themeName()));

export function createEditor(element, { value, onRun, ariaLabel, fitContent = false, maxHeight = 480 }) {
  const editor = monaco.editor.create(element, {
    value,
    language: 'python',
    theme: themeName(),
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    tabSize: 4,
    insertSpaces: true,
    scrollBeyondLastLine: false,
    renderLineHighlight: 'line',
    ariaLabel,
    accessibilitySupport: 'auto',
    fixedOverflowWidgets: true,
    padding: { top: 8, bottom: 8 },
    scrollbar: { alwaysConsumeMouseWheel: false },
  });
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, onRun);

  if (fitContent) {
    // embed.html: the editor is as tall as its code (up to maxHeight), so the iframe fits it.
    const fit = () => {
      element.style.height = `${Math.min(maxHeight, Math.max(60, editor.getContentHeight()))}px`;
    };
    editor.onDidContentSizeChange(fit);
    fit();
  }

  let decorations = editor.createDecorationsCollection();
  const markError = ({ line, message }) => {
    const model = editor.getModel();
    if (line < 1 || line > model.getLineCount()) return;
    const startColumn = Math.max(1, model.getLineFirstNonWhitespaceColumn(line));
    const endColumn = Math.max(startColumn + 1, model.getLineMaxColumn(line));
    monaco.editor.setModelMarkers(model, 'attendable', [
      { severity: monaco.MarkerSeverity.Error, startLineNumber: line, startColumn, endLineNumber: line, endColumn, message },
    ]);
    decorations.set([
      { range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'error-line', linesDecorationsClassName: 'error-gutter' } },
    ]);
    editor.revealLineInCenterIfOutsideViewport(line);
  };
  const clearError = () => {
    monaco.editor.setModelMarkers(editor.getModel(), 'attendable', []);
    decorations.clear();
  };
  return {
    editor,
    getValue: () => editor.getValue(),
    setValue: (code) => {
      clearError();
      editor.setValue(code);
      editor.setScrollTop(0);
    },
    onChange: (listener) => editor.onDidChangeModelContent(listener),
    onFocus: (listener) => editor.onDidFocusEditorText(listener),
    markError,
    clearError,
    focus: () => editor.focus(),
  };
}

// The line a traceback or SyntaxError blames in the user's code: the last `File "<cell>", line N`
// (the innermost frame in the cell), with the error's last line as the message.
export function findErrorLine(stderr) {
  let line = null;
  for (const match of stderr.matchAll(/File "<cell>", line (\d+)/g)) line = Number(match[1]);
  if (line === null) return null;
  const lines = stderr.trimEnd().split('\n');
  const message = lines[lines.length - 1].trim();
  if (message.startsWith('KeyboardInterrupt')) return null;
  return { line, message };
}
