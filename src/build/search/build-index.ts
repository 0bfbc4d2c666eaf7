import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { indexDocument, type FoldedRecord, type IndexOptions } from '../../lib/search/index-document.ts';
import { recordsFile } from '../../lib/search/search-record.ts';
import { localeCodes, type Locale } from '../../config/locales.ts';

export type { IndexOptions };

export interface IndexReport {
  records: Record<string, number>;
}

/**
 * Records sent to Pagefind before waiting for the first answer, so the service always has the next one
 * (each answer is still checked; the files are the same as with one record at a time).
 */
const IN_FLIGHT = 16;

/** One language's records, as the build wrote them (src/pages/search-records/[locale].json.ts). */
export function readRecords(outDir: string, lang: Locale): FoldedRecord[] {
  const file = join(outDir, recordsFile(lang));
  if (!existsSync(file)) throw new Error(`search index: ${file} is missing (written by \`astro build\`: src/pages/search-records/)`);
  return JSON.parse(readFileSync(file, 'utf8')) as FoldedRecord[];
}

/**
 * Writes `<outDir>/pagefind/` from the records the build computed from the content (no built page is
 * read), then removes the records from the output: they are not part of the site.
 */
export async function buildSearchIndex(outDir: string, options: IndexOptions = {}): Promise<IndexReport> {
  const report: IndexReport = { records: {} };
  const outputPath = join(outDir, 'pagefind');
  const entryFile = join(outputPath, 'pagefind-entry.json');
  let entry: { languages: Record<string, unknown> } | undefined;
  // One Pagefind session per language, closed before the next: the service holds every record of its
  // index in memory until it writes the files, so one language at a time needs a third of the memory
  // (docs/performance.md). Each language's files have their own names; the entry file, which each
  // session writes with its own language only, is merged at the end.
  for (const lang of localeCodes) {
    const records = readRecords(outDir, lang);
    report.records[lang] = records.length;
    if (records.length === 0) continue;
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    try {
      // Each answer resolves to its error, if any, so none is left unhandled while others are awaited.
      const pending: Promise<string | undefined>[] = [];
      const failures: string[] = [];
      const settle = async () => {
        const failure = await pending.shift();
        if (failure) failures.push(failure);
      };
      for (const r of records) {
        pending.push(
          index.addHTMLFile({ url: r.url, content: indexDocument(r, options) }).then(
            (res) => (res.errors.length ? `${r.url}: ${res.errors.join('; ')}` : undefined),
            (error: unknown) => `${r.url}: ${String(error)}`,
          ),
        );
        if (pending.length >= IN_FLIGHT) await settle();
      }
      while (pending.length) await settle();
      if (failures.length) throw new Error(`search index: ${failures.join('\n')}`);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
      const part = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, unknown> };
      entry = { ...part, languages: { ...entry?.languages, ...part.languages } };
    } finally {
      await pagefind.close();
    }
  }
  if (entry && existsSync(entryFile)) {
    const languages = Object.fromEntries(Object.entries(entry.languages).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(entryFile, JSON.stringify({ ...entry, languages }));
  }
  rmSync(join(outDir, dirname(recordsFile(localeCodes[0]))), { recursive: true, force: true });
  return report;
}
