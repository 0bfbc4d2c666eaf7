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
 * What Pagefind indexes for one record: the folded title as a heading (Pagefind weighs headings more),
 * the folded text, and the folded synonyms at half weight. The original title, text and card details
 * travel as metadata, so result cards and excerpts show the words as written.
 *
 * A small HTML document rather than Pagefind's `addCustomRecord`: a custom record is one flat text,
 * with no headings and no `data-pagefind-weight`, so the title would weigh no more than the body and a
 * synonym as much as a word of the text.
 */
export function indexDocument(r: SearchRecord, options: IndexOptions = {}): string {
  const raw = options.raw === true;
  const fold = raw ? (s: string) => s : foldForIndex;
  const extra = raw ? [] : r.synonyms;
  const meta = { ...r.meta, title: r.title, type: r.type, text: r.text.slice(0, MAX_EXCERPT_TEXT) };
  return [
    `<html lang="${r.lang}"><body>`,
    `<h1>${escapeHtml(fold(r.title))}</h1>`,
    `<div>${escapeHtml(fold(r.text))}</div>`,
    extra.length ? `<p data-pagefind-weight="0.5">${escapeHtml(fold(extra.join(' ')))}</p>` : '',
    // Values travel in attributes, never as element text, so they are not indexed a second time.
    ...Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${escapeHtml(k)}[data-value]" data-value="${escapeHtml(v)}"></span>`),
    ...Object.entries(r.filters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${escapeHtml(k)}[data-value]" data-value="${escapeHtml(v)}"></span>`)),
    '</body></html>',
  ].join('');
}
