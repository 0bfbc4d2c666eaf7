import type { CitationRecord } from './record.ts';
import { dateParts } from './record.ts';

/** CSL-JSON (the input format of citeproc, Zotero, Mendeley): an array of items. */
const types: Record<CitationRecord['kind'], string> = { page: 'webpage', chapter: 'chapter', document: 'document' };

export function cslItem(r: CitationRecord): Record<string, unknown> {
  return {
    id: r.id,
    type: types[r.kind],
    title: r.title,
    author: [{ literal: r.author }],
    publisher: r.publisher,
    ...(r.container ? { 'container-title': r.container } : {}),
    ...(r.issued ? { issued: { 'date-parts': [dateParts(r.issued)] } } : {}),
    ...(r.url ? { URL: r.url } : {}),
    ...(r.accessed ? { accessed: { 'date-parts': [dateParts(r.accessed)] } } : {}),
    language: r.lang,
  };
}

export function toCslJson(r: CitationRecord): string {
  return `${JSON.stringify([cslItem(r)], null, 2)}\n`;
}
