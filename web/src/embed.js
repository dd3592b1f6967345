// embed.html: a minimal editor + console for an iframe in a course page. It takes the same hash
// as the playground (#example=<id> or #code=<lz-string>, plus an optional &lang=fr|en) and
// tells the parent page its height, so the iframe can fit its content:
//   parent ← {type: 'attendable:height', height: <px>}   (see the README for the snippet)
import './style.css';
import { findExample } from './examples.js';
import { initialLanguage, strings } from './i18n.js';
import { createPlayground } from './playground.js';
import { parseHash, shareHash } from './share.js';

const $ = (id) => document.getElementById(id);
const lang = initialLanguage(new URLSearchParams(location.hash.slice(1)).get('lang'));
const s = () => strings[lang];

document.documentElement.lang = lang;
for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = s()[element.dataset.i18n];
$('run').title = s().runTitle;
$('instant-label').title = s().instantTitle;

const target = parseHash(location.hash);
const initialCode = target.kind === 'code' ? target.code : target.kind === 'example' ? target.example.code : target.kind === 'bad-code' ? '' : findExample('tasks').code;
const example = target.kind === 'example' ? target.example : null;

const { editor, showNotice } = createPlayground({
  elements: {
    run: $('run'),
    stop: $('stop'),
    instant: $('instant'),
    console: $('console'),
    editor: $('editor'),
    status: $('status'),
    notice: $('notice'),
  },
  initialCode,
  strings: s,
  fitContent: true,
  prefetch: 'interaction',
});
if (target.kind === 'bad-code') showNotice(s().badCode, 'warning');
if (target.kind === 'bad-example') showNotice(s().badExample(target.id), 'warning');

window.attendable = { getCode: () => editor.getValue(), setCode: (code) => editor.setValue(code) };

// "Open in Attendable" carries the current code to the full playground.
const openLink = $('open-link');
const updateOpenLink = () => {
  openLink.href = `./index.html${shareHash(editor.getValue(), example)}`;
};
editor.onChange(updateOpenLink);
updateOpenLink();

// The console is empty (and hidden) until the first run, so a short snippet embeds compactly.
const consoleElement = $('console');
const consolePanel = $('console-panel');
const showConsole = () => {
  consolePanel.hidden = consoleElement.childElementCount === 0;
};
new MutationObserver(showConsole).observe(consoleElement, { childList: true });
showConsole();

// Tell the parent page how tall we are whenever that changes.
let lastHeight = 0;
const postHeight = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ type: 'attendable:height', height, href: location.href }, '*');
};
new ResizeObserver(postHeight).observe(document.body);
postHeight();
