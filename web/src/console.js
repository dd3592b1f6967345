// The console: the program's output, one line per printed line with the time it was printed.
// Output is only ever inserted as text (textContent), never parsed as HTML.
//
// A program may print far faster than a page can lay out lines, so: writes are queued and applied
// once per animation frame; the console keeps the most recent `maxLines` lines (a model, in
// `lines`) and says how many it dropped; and while output floods in (more than FLOOD_LINES new
// lines in a frame), only the model's last FLOOD_LINES lines are in the DOM — the rest are laid
// out once the flood stops. So each frame costs a bounded amount of work, whatever the rate.

const WARNING = /^(?:\S+:\d+: )?\w*Warning\b/;
const FLOOD_LINES = 200;

function countNewlines(text) {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

export function formatSeconds(ms) {
  return `${(ms / 1000).toFixed(2)} s`;
}

export class ConsoleView {
  constructor(element, { maxLines = 5000, strings }) {
    this.element = element;
    this.maxLines = maxLines;
    this.strings = strings;
    this.clear();
  }

  clear() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.queue = [];
    this.lines = [];       // the model: {stream, text, t, element?, textNode?}
    this.openLine = null;  // the last line while it has no newline yet
    this.dropped = 0;
    this.flooding = false; // the DOM shows only the model's tail
    this.droppedNotice = null;
    this.element.replaceChildren();
    this.element.classList.remove('many');
  }

  // Program output: `stream` is 'stdout' or 'stderr'; `t` the ms since the run started.
  write(stream, text, t) {
    this.queue.push({ stream, text, t });
    this.schedule();
  }

  // A line of our own (run finished, stopped, engine restarted): `kind` is 'meta …' or 'error'.
  note(kind, text) {
    this.queue.push({ stream: kind, text, note: true });
    this.schedule();
  }

  // Applies everything queued now.
  flush() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.render();
  }

  schedule() {
    if (!this.frame) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render() {
    let queue = this.queue;
    this.queue = [];
    const stickToBottom = this.isAtBottom();

    // Chunks whose lines would all be pushed out by later ones are only counted.
    const firstKept = this.firstChunkKept(queue);
    if (firstKept > 0) {
      for (let i = 0; i < firstKept; i += 1) this.dropped += queue[i].note ? 1 : countNewlines(queue[i].text);
      queue = queue.slice(firstKept);
      this.openLine = null;
    }

    // Chunks → lines. `current` is the open line, possibly one already in the model.
    const added = [];
    let current = this.openLine;
    for (const chunk of queue) {
      if (chunk.note) {
        added.push({ stream: chunk.stream, text: chunk.text });
        current = null;
        continue;
      }
      const parts = chunk.text.split('\n');
      parts.forEach((part, index) => {
        const endsLine = index < parts.length - 1;
        if (part === '' && !endsLine) return;
        if (!current || current.stream !== chunk.stream) {
          current = { stream: chunk.stream, text: '', t: chunk.t };
          added.push(current);
        }
        current.text += part;
        if (endsLine) current = null;
      });
    }
    const continued = this.openLine;
    if (continued?.textNode && continued.textNode.data !== continued.text) {
      continued.textNode.data = continued.text;
      this.classify(continued);
    }
    this.openLine = current;

    // The model keeps the last maxLines lines.
    this.lines.push(...added.slice(-this.maxLines));
    let removed = [];
    if (this.lines.length > this.maxLines) removed = this.lines.splice(0, this.lines.length - this.maxLines);
    this.dropped += removed.length + Math.max(0, added.length - this.maxLines);

    if (added.length > FLOOD_LINES) {
      this.flooding = true;
      this.showOnly(this.lines.slice(-FLOOD_LINES));
    } else if (this.flooding) {
      this.flooding = false;
      this.showOnly(this.lines);
    } else {
      for (const line of removed) line.element?.remove();
      const fragment = document.createDocumentFragment();
      for (const line of added) fragment.append(this.elementOf(line));
      this.element.append(fragment);
    }
    if (this.dropped > 0) this.showDropped();
    this.element.classList.toggle('many', this.lines.length > 500);
    if (stickToBottom) this.element.scrollTop = this.element.scrollHeight;
  }

  // The index of the first queued chunk that still has a line among the last `maxLines`.
  firstChunkKept(queue) {
    let lines = 0;
    for (let i = queue.length - 1; i > 0; i -= 1) {
      lines += queue[i].note ? 1 : countNewlines(queue[i].text);
      if (lines > this.maxLines) return i;
    }
    return 0;
  }

  showOnly(lines) {
    for (const line of this.lines) if (line.element && !line.field) line.element = line.textNode = undefined;
    this.element.replaceChildren(...(this.droppedNotice ? [this.droppedNotice] : []), ...lines.map((line) => this.elementOf(line)));
  }

  elementOf(line) {
    if (line.element) return line.element;
    const element = document.createElement('div');
    element.className = `line ${line.stream}`;
    const time = document.createElement('span');
    time.className = 'time';
    time.textContent = line.t === undefined ? '' : formatSeconds(line.t);
    const text = document.createElement('span');
    text.className = 'text';
    line.textNode = document.createTextNode(line.text);
    text.append(line.textNode);
    element.append(time, text);
    line.element = element;
    this.classify(line);
    return element;
  }

  classify(line) {
    if (line.stream === 'stderr') line.element.classList.toggle('warning', WARNING.test(line.text));
  }

  showDropped() {
    if (!this.droppedNotice) {
      this.droppedNotice = document.createElement('div');
      this.droppedNotice.className = 'line meta dropped';
      this.element.prepend(this.droppedNotice);
    }
    this.droppedNotice.textContent = this.strings().dropped(this.dropped, this.maxLines);
  }

  // input(): a text field where the answer goes, on the line of the prompt (which the engine
  // printed just before asking); resolves with the answer, or null for end of input (Ctrl+D).
  ask(prompt, label) {
    this.flush();
    const field = document.createElement('input');
    field.type = 'text';
    field.className = 'input-field';
    field.autocomplete = 'off';
    field.spellcheck = false;
    field.setAttribute('aria-label', prompt ? `${label} : ${prompt}` : label);
    field.dataset.testid = 'console-input';
    let line = this.openLine;
    if (!line || line.stream !== 'stdout') {
      line = { stream: 'stdout', text: '' };
      this.lines.push(line);
    }
    if (!this.elementOf(line).isConnected) this.element.append(line.element);
    line.element.classList.add('input-line');
    line.element.querySelector('.text').append(field);
    line.field = field; // keeps its element when the DOM is rebuilt
    this.openLine = null;
    this.element.scrollTop = this.element.scrollHeight;
    field.focus({ preventScroll: true });

    return new Promise((resolve) => {
      const answer = (value) => {
        field.removeEventListener('keydown', onKey);
        const echoed = document.createElement('span');
        echoed.className = 'answer';
        echoed.textContent = value ?? '';
        field.replaceWith(echoed);
        line.element.classList.remove('input-line');
        this.cancelAsk = null;
        resolve(value);
      };
      const onKey = (event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          answer(field.value);
        } else if (event.key === 'd' && event.ctrlKey && field.value === '') {
          event.preventDefault();
          answer(null);
        }
      };
      field.addEventListener('keydown', onKey);
      // A run that ends while waiting for an answer leaves the line as it is, the field disabled.
      this.cancelAsk = () => {
        field.removeEventListener('keydown', onKey);
        field.disabled = true;
        this.cancelAsk = null;
      };
    });
  }

  isAtBottom() {
    const { scrollTop, scrollHeight, clientHeight } = this.element;
    return scrollHeight - scrollTop - clientHeight < 24;
  }
}
