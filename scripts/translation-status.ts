#!/usr/bin/env node
/**
 * `npm run status`: which texts and interface strings are missing or outdated in each language.
 * A text is outdated when its source (the entry's original_language file, else English) was changed in a
 * later git commit than the translation. `--json` prints the whole report as JSON. Always exits 0: a
 * missing translation is published in another language, not an error.
 */
import { resolve } from 'node:path';
import { contentDir } from '../src/lib/content-dir.ts';
import { localeCodes, locales, type Locale } from '../src/config/locales.ts';
import { missingPath, translationStatus, type EntryStatus } from '../src/build/translation-status.ts';
import { namespaceOf } from '../src/i18n/namespaces.ts';

const dir = resolve(contentDir());
const report = translationStatus({ contentDir: dir, interfaceDir: resolve(import.meta.dirname, '../src/i18n') });

if (process.argv.includes('--json')) {
  const slim = {
    ...report,
    entries: report.entries.map(({ sourceBody: _b, sourceData: _d, ...e }) => e),
    locales: Object.fromEntries(
      localeCodes.map((l) => {
        const s = report.locales[l];
        const ref = (e: EntryStatus) => ({ kind: e.kind, slug: e.slug, chapter: e.chapter, file: e.files[l] ?? missingPath(e, l), source: e.files[e.source] });
        return [l, { ...s, missing: s.missing.map(ref), outdated: s.outdated.map(ref) }];
      }),
    ),
  };
  console.log(JSON.stringify(slim, null, 2));
  process.exit(0);
}

const name = (l: Locale) => `${englishName[l]} (${l})`;
const englishName: Record<Locale, string> = { en: 'English', ar: 'Arabic', fr: 'French' };
const pad = (s: string | number, n: number) => String(s).padEnd(n);
const padStart = (s: string | number, n: number) => String(s).padStart(n);

console.log(`Translation status of ${dir}`);
console.log(
  report.historyKnown
    ? 'Outdated = the source text changed in a later git commit than the translation.'
    : 'No git history here (not a repository, or a shallow clone): outdated translations cannot be detected.',
);
console.log('');
const header = `${pad('language', 14)}${padStart('texts', 9)}${padStart('%', 6)}${padStart('missing', 9)}${padStart('outdated', 10)}   interface strings`;
console.log(header);
console.log('-'.repeat(header.length + 4));
for (const l of localeCodes) {
  const s = report.locales[l];
  const ui = s.interface;
  const uiText = `${ui.total - ui.missing.length}/${ui.total}${ui.missing.length ? `, ${ui.missing.length} missing` : ''}${ui.outdated.length ? `, ${ui.outdated.length} outdated` : ''}`;
  console.log(
    `${pad(name(l), 14)}${padStart(`${s.present}/${s.total}`, 9)}${padStart(`${s.percent}%`, 6)}${padStart(s.missing.length, 9)}${padStart(s.outdated.length, 10)}   ${uiText}`,
  );
}

const describe = (e: EntryStatus) => `${e.kind} "${e.title}"`;
for (const l of localeCodes) {
  const s = report.locales[l];
  if (s.missing.length + s.outdated.length + s.interface.missing.length + s.interface.outdated.length === 0) continue;
  console.log(`\n${name(l)}, ${locales[l].label}`);
  for (const e of s.missing) console.log(`  missing   ${missingPath(e, l)}  ${describe(e)}, translate from ${e.files[e.source]}`);
  for (const e of s.outdated) {
    const when = e.changed[e.source] && e.changed[l] ? ` (source ${e.changed[e.source]!.slice(0, 10)}, translation ${e.changed[l]!.slice(0, 10)})` : '';
    console.log(`  outdated  ${e.files[l]}  ${describe(e)}: ${e.files[e.source]} changed later${when}`);
  }
  for (const k of s.interface.missing) console.log(`  missing   src/i18n/${l}/${namespaceOf(k)}.json  ${k}`);
  for (const k of s.interface.outdated) console.log(`  outdated  src/i18n/${l}/${namespaceOf(k)}.json  ${k} (the English string changed later)`);
}
