import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { foldForIndex } from '../../lib/search/normalize.ts';
import { extractRecords, type SearchRecord } from './records.ts';
import { loadSynonyms, type Synonyms } from './synonyms.ts';
import { isLocale, localeCodes } from '../../config/locales.ts';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Longest original text kept for excerpts, per record (a chapter is well under this). */
const MAX_TEXT = 24_000;

/**
 * What Pagefind indexes for one record: the folded title (as a heading, so it weighs more), the folded
 * text, and the folded synonyms at low weight. The original title, text and card details travel as
 * metadata, so result cards and excerpts show the words as written.
 */
export function indexDocument(r: SearchRecord, synonyms: Synonyms, options: IndexOptions = {}): string {
  const raw = options.raw === true;
  const fold = raw ? (s: string) => s : foldForIndex;
  const extra = raw ? [] : [...synonyms.forRecord(r.lang, r.filters, r.glossaryTerms), ...(r.type === 'glossary' ? synonyms.forGlossaryEntry(r.url.split('#')[1] ?? '') : [])];
  const meta = { ...r.meta, title: r.title, type: r.type, text: r.text.slice(0, MAX_TEXT) };
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

function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, d.name);
    if (d.isDirectory()) {
      if (d.name !== 'pagefind' && d.name !== '_astro') out.push(...htmlFiles(full));
    } else if (d.name.endsWith('.html')) out.push(full);
  }
  return out;
}

export interface IndexOptions {
  /** Index the text as written, without folding or synonyms: Pagefind alone, for measurement. */
  raw?: boolean;
}

export interface IndexReport {
  records: Record<string, number>;
  pages: number;
}

/**
 * Indexes a built site: reads every page's search records, writes `<outDir>/pagefind/`. `base` is the
 * site's base path, so result URLs are the pages' real addresses.
 */
export async function buildSearchIndex(outDir: string, base: string, contentDir: string, options: IndexOptions = {}): Promise<IndexReport> {
  const synonyms = loadSynonyms(contentDir);
  const report: IndexReport = { records: {}, pages: 0 };
  const files = htmlFiles(outDir).map((file) => ({ file, rel: relative(outDir, file).split(sep).join('/') }));
  const outputPath = join(outDir, 'pagefind');
  const entryFile = join(outputPath, 'pagefind-entry.json');
  let entry: { languages: Record<string, unknown> } | undefined;
  // One Pagefind session per language, closed before the next: the service holds every record of its
  // index in memory until it writes the files, so one language at a time needs a third of the memory
  // (docs/performance.md). Each language's files have their own names; the entry file, which each
  // session writes with its own language only, is merged at the end.
  for (const lang of localeCodes) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    let added = 0;
    try {
      for (const { file, rel } of files) {
        // A page under another language's folder holds no record of this language (records.ts keeps
        // only records in the page's own language).
        const top = rel.split('/')[0];
        if (isLocale(top) && top !== lang) continue;
        const pagePath = base + rel.replace(/(^|\/)index\.html$/, '$1');
        const records = extractRecords(readFileSync(file, 'utf8'), pagePath).filter((r) => r.lang === lang);
        if (records.length > 0) report.pages++;
        for (const r of records) {
          const res = await index.addHTMLFile({ url: r.url, content: indexDocument(r, synonyms, options) });
          if (res.errors.length) throw new Error(`search index: ${r.url}: ${res.errors.join('; ')}`);
          report.records[r.lang] = (report.records[r.lang] ?? 0) + 1;
          added++;
        }
      }
      if (added > 0) {
        const written = await index.writeFiles({ outputPath });
        if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
        const part = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, unknown> };
        entry = { ...part, languages: { ...entry?.languages, ...part.languages } };
      }
    } finally {
      await pagefind.close();
    }
  }
  if (entry && existsSync(entryFile)) {
    const languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(entryFile, JSON.stringify({ ...entry, languages }));
  }
  return report;
}
