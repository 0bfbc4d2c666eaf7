import type { CitationRecord } from './record.ts';

/**
 * RIS (Research Information Systems), as EndNote, Zotero and Mendeley import it: one "TAG  - value" per
 * line, CRLF line ends, from TY to ER. Values are single lines.
 */
const types: Record<CitationRecord['kind'], string> = { page: 'ELEC', chapter: 'CHAP', document: 'GEN' };

// Line breaks become spaces; no-break spaces (French « : ») stay.
const line = (tag: string, value: string) => `${tag}  - ${value.replace(/[\r\n\t]+/g, ' ').trim()}`;
const risDate = (iso: string) => {
  const [y, m = '', d = ''] = iso.split('-');
  return `${y}/${m}/${d}/`;
};

export function toRis(r: CitationRecord): string {
  const lines = [line('TY', types[r.kind]), line('TI', r.title), line('AU', r.author)];
  if (r.container) lines.push(line('T2', r.container));
  lines.push(line('PB', r.publisher));
  if (r.issued) lines.push(line('PY', r.issued.slice(0, 4)), line('DA', risDate(r.issued)));
  if (r.url) lines.push(line('UR', r.url));
  if (r.accessed) lines.push(line('Y2', risDate(r.accessed)));
  lines.push(line('LA', r.lang), line('ID', r.id), 'ER  - ');
  return `${lines.join('\r\n')}\r\n`;
}
