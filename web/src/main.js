// index.html: the playground — the tutorial's examples with their explanations (FR/EN), the
// editor, the console, and share links.
import './style.css';
import { examples, findExample } from './examples.js';
import { initialLanguage, saveLanguage, strings } from './i18n.js';
import { createPlayground } from './playground.js';
import { parseHash, shareHash, shareUrl } from './share.js';
import { renderText } from './text.js';

const $ = (id) => document.getElementById(id);

let lang = initialLanguage(new URLSearchParams(location.hash.slice(1)).get('lang'));
let currentExample = null;
const s = () => strings[lang];

const playground = createPlayground({
  elements: {
    run: $('run'),
    stop: $('stop'),
    instant: $('instant'),
    console: $('console'),
    editor: $('editor'),
    status: $('status'),
    notice: $('notice'),
  },
  initialCode: '',
  strings: s,
});
const { editor, consoleView, showNotice } = playground;

// The examples list.
const list = $('example-list');
let previousSection = null;
for (const [index, example] of examples.entries()) {
  const item = document.createElement('li');
  const sectionKey = example.section.fr;
  if (sectionKey !== previousSection) {
    item.dataset.sectionStart = '';
    previousSection = sectionKey;
  }
  const button = document.createElement('button');
  button.type = 'button';
  button.dataset.exampleId = example.id;
  const number = document.createElement('span');
  number.className = 'number';
  number.textContent = `${index + 1}.`;
  const title = document.createElement('span');
  title.className = 'title';
  button.append(number, ' ', title);
  button.addEventListener('click', () => {
    openExample(example);
    history.replaceState(null, '', shareHash(example.code, example));
  });
  item.append(button);
  list.append(item);
}

function showExplanation() {
  $('example-section').textContent = currentExample ? currentExample.section[lang] : '';
  $('example-title').textContent = currentExample ? currentExample.title[lang] : '';
  renderText($('example-text'), currentExample ? currentExample.text[lang] : '');
  $('example-title').closest('section').hidden = !currentExample;
  for (const button of list.querySelectorAll('button')) {
    const selected = currentExample?.id === button.dataset.exampleId;
    if (selected) button.setAttribute('aria-current', 'true');
    else button.removeAttribute('aria-current');
  }
}

function openExample(example) {
  currentExample = example;
  editor.setValue(example.code);
  showExplanation();
}

function applyLanguage() {
  document.documentElement.lang = lang;
  document.title = `Attendable — ${s().tagline}`;
  for (const element of document.querySelectorAll('[data-i18n]')) element.textContent = s()[element.dataset.i18n];
  $('run').title = s().runTitle;
  $('instant-label').title = s().instantTitle;
  $('lang-switch').setAttribute('aria-label', s().language);
  for (const button of document.querySelectorAll('[data-lang]')) button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  for (const button of list.querySelectorAll('button')) {
    const example = examples.find((e) => e.id === button.dataset.exampleId);
    button.querySelector('.title').textContent = example.title[lang];
    button.title = example.section[lang];
  }
  showExplanation();
  playground.refreshStrings();
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    lang = button.dataset.lang;
    saveLanguage(lang);
    applyLanguage();
  });
}

// Share: copy a link that reopens exactly this code.
$('share').addEventListener('click', async () => {
  const hash = shareHash(editor.getValue(), currentExample);
  const url = shareUrl(hash);
  history.replaceState(null, '', hash);
  const box = $('share-box');
  const field = $('share-link');
  field.value = url;
  box.hidden = false;
  let copied = false;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    // no clipboard (insecure context, permission refused): the field lets people copy it
  }
  $('share-message').textContent = copied ? s().copied : s().copyThis;
  if (!copied) field.select();
});

$('clear').addEventListener('click', () => consoleView.clear());
document.querySelector('.skip-link').addEventListener('click', (event) => {
  event.preventDefault();
  editor.focus();
});

// The hash decides what the editor shows: an example, shared code, or a notice.
function openFromHash() {
  const target = parseHash(location.hash);
  showNotice(null);
  $('share-box').hidden = true;
  if (target.kind === 'code') {
    currentExample = examples.find((example) => example.code === target.code) ?? null;
    editor.setValue(target.code);
    showExplanation();
  } else if (target.kind === 'bad-code') {
    currentExample = null;
    editor.setValue('');
    showExplanation();
    showNotice(s().badCode, 'warning');
  } else if (target.kind === 'example') {
    openExample(target.example);
  } else {
    openExample(findExample('tasks'));
    if (target.kind === 'bad-example') showNotice(s().badExample(target.id), 'warning');
  }
}

window.addEventListener('hashchange', openFromHash);
// For the end-to-end tests and the curious: the editor's code, as Share sees it.
window.attendable = { getCode: () => editor.getValue(), setCode: (code) => editor.setValue(code) };
applyLanguage();
openFromHash();
