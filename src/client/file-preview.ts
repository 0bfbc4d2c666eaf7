/**
 * A generated file shown for reading: laid out left to right like any code, each quoted value isolated
 * (`<bdi>`) so Arabic text keeps its quotes at the right ends, and the words of every other line (a
 * comment, a heading, a paragraph of the text) isolated after its Markdown or YAML marks (`# `, `## `,
 * `- `), so the marks stay at the line's start and an Arabic sentence reads right to left inside.
 */
const lineMarks = /^(\s*(?:#+|-|>|\d+\.)?\s*)(.*)$/;
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
      const [, marks = '', words = ''] = lineMarks.exec(line) ?? [];
      const text = document.createElement('bdi');
      text.textContent = words;
      row.append(marks, text);
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
