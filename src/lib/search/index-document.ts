import { foldForIndex } from './normalize.ts';
import type { SearchRecord } from './search-record.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Longest original text kept for excerpts, per record (a chapter is well under this). */
export const MAX_EXCERPT_TEXT = 24_000;

export interface IndexOptions {
  /** Index the text as written, without folding or synonyms: Pagefind alone, for measurement. */
  raw?: boolean;
}

/**
 * A record with the forms Pagefind matches: its title, text and synonyms folded
 * (src/lib/search/normalize.ts). Computed with the records, in the build that has the content loaded,
 * so the indexing step only hands documents to Pagefind.
 */
export interface FoldedRecord extends SearchRecord {
  folded: { title: string; text: string; synonyms: string };
}

export function foldRecord(r: SearchRecord): FoldedRecord {
  return { ...r, folded: { title: foldForIndex(r.title), text: foldForIndex(r.text), synonyms: r.synonyms.length ? foldForIndex(r.synonyms.join(' ')) : '' } };
}

/**
 * What Pagefind indexes for one record: the folded title as a heading (Pagefind weighs headings more),
 * the folded text, and the folded synonyms at half weight. The original title, text and card details
 * travel as metadata, so result cards and excerpts show the words as written.
 *
 * A small HTML document rather than Pagefind's `addCustomRecord`: a custom record is one flat text,
 * with no headings and no `data-pagefind-weight`, so the title would weigh no more than the body and a
 * synonym as much as a word of the text.
 */
export function indexDocument(r: FoldedRecord, options: IndexOptions = {}): string {
  const raw = options.raw === true;
  const title = raw ? r.title : r.folded.title;
  const text = raw ? r.text : r.folded.text;
  const extra = raw ? '' : r.folded.synonyms;
  const meta = { ...r.meta, title: r.title, type: r.type, text: r.text.slice(0, MAX_EXCERPT_TEXT) };
  return [
    `<html lang="${r.lang}"><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<div>${escapeHtml(text)}</div>`,
    extra ? `<p data-pagefind-weight="0.5">${escapeHtml(extra)}</p>` : '',
    // Values travel in attributes, never as element text, so they are not indexed a second time.
    ...Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${escapeHtml(k)}[data-value]" data-value="${escapeHtml(v)}"></span>`),
    ...Object.entries(r.filters).flatMap(([k, vs]) =>
      vs.map((v) => `<span data-pagefind-filter="${escapeHtml(k)}[data-value]" data-value="${escapeHtml(v)}"></span>`),
    ),
    '</body></html>',
  ].join('');
}
