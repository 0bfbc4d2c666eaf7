/**
 * A generated file shown for reading: laid out left to right like any code, each quoted value isolated
 * (`<bdi>`) so Arabic text keeps its quotes at the right ends, and each other line (a comment, a
 * paragraph of the text) isolated with its own direction, so an Arabic sentence reads right to left
 * inside it.
 */
export function filePreview(content: string): HTMLPreElement {
  const pre = document.createElement('pre');
  pre.className = 'file-preview';
  pre.dir = 'ltr';
  pre.tabIndex = 0; // scrollable by keyboard
  for (const line of content.replace(/\n$/, '').split('\n')) {
    const row = document.createElement('span');
    row.className = 'line';
    const parts = line.split(/("(?:[^"\\]|\\.)*")/);
    if (parts.length === 1) {
      row.dir = 'auto';
      row.textContent = line;
    } else
      parts.forEach((part, i) => {
        if (i % 2 === 0) return row.append(part);
        const value = document.createElement('bdi');
        value.textContent = part.slice(1, -1);
        row.append('"', value, '"');
      });
    pre.append(row, '\n');
  }
  return pre;
}
