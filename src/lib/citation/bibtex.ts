import type { Locale } from '../../config/locales.ts';
import type { CitationRecord } from './record.ts';

/**
 * BibTeX as biblatex reads it (UTF-8 kept as is: Arabic and French need no LaTeX accents with biber).
 * Title, author and container sit in double braces so no style changes their case or splits the
 * corporate author into names; the characters TeX treats as commands are escaped.
 */
const babel: Record<Locale, string> = { en: 'english', ar: 'arabic', fr: 'french' };
const types: Record<CitationRecord['kind'], string> = { page: 'online', chapter: 'incollection', document: 'misc' };

const specials: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

/** TeX's own characters escaped; a no-break space (French « : ») written as TeX's tie `~`. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_~^]/g, (c) => specials[c]!).replace(/\u00a0/g, '~');
}

export function toBibtex(r: CitationRecord): string {
  const fields: [string, string][] = [
    ['author', `{${escapeBibtex(r.author)}}`],
    ['title', `{${escapeBibtex(r.title)}}`],
  ];
  if (r.container) fields.push([r.kind === 'chapter' ? 'booktitle' : 'organization', `{${escapeBibtex(r.container)}}`]);
  fields.push(['publisher', escapeBibtex(r.publisher)]);
  if (r.issued) {
    fields.push(['year', r.issued.slice(0, 4)]);
    fields.push(['date', r.issued]);
  }
  // URLs go verbatim (the url package reads them raw); only a brace could break the entry.
  if (r.url) fields.push(['url', r.url.replace(/[{}]/g, encodeURIComponent)]);
  if (r.accessed) fields.push(['urldate', r.accessed]);
  fields.push(['langid', babel[r.lang]]);
  fields.push(['language', r.lang]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${types[r.kind]}{${r.id},\n${body}\n}\n`;
}
