// Renders the examples' explanations: paragraphs separated by blank lines, `code` and *emphasis*.
// Built from DOM nodes with textContent, never from HTML strings.
export function renderText(container, text) {
  container.replaceChildren();
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (!paragraph.trim()) continue;
    const p = document.createElement('p');
    for (const part of paragraph.split(/(`[^`]+`|\*[^*\s][^*]*\*)/)) {
      if (!part) continue;
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1) {
        const code = document.createElement('code');
        code.textContent = part.slice(1, -1);
        p.append(code);
      } else if (part.startsWith('*') && part.endsWith('*') && part.length > 2) {
        const em = document.createElement('em');
        em.textContent = part.slice(1, -1);
        p.append(em);
      } else {
        p.append(document.createTextNode(part));
      }
    }
    container.append(p);
  }
}
