import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { resources, t, type MessageKey } from '../../src/lib/i18n.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { formatRange } from '../../src/lib/activities.ts';
import { unsafeCharacter } from '../../src/lib/file-rules.ts';
import { pluralForms } from '../../src/lib/i18n.ts';
import { plural } from '../../src/client/plural.ts';
import { arabicProblems, frenchProblems, unisolated } from '../support/typography.ts';
import { realContent } from '../support/paths.ts';

/**
 * The interface strings read as published text in each language (docs/content-brief.md, “Interface
 * language conventions”): French spacing, Arabic punctuation, values typed by readers and contributors
 * isolated in Arabic sentences, the glossary's terms, one date style.
 */

type Tree = { [key: string]: string | Tree };
const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`)));
const strings = (locale: Locale) => entries(resources[locale] as unknown as Tree);

/**
 * Placeholders that carry what a reader or a contributor wrote (a search query, a file name or path, a
 * field name, a title, a value quoted from a file), as opposed to numbers and the site's own words. In an
 * Arabic sentence each must sit inside an isolate (U+2068 FSI … U+2069 PDI), so a Latin value keeps its
 * order and its punctuation stays with it. Every one of these strings is set as text (textContent, the
 * terminal), never as HTML, so a <bdi> cannot do it.
 */
const supplied = new Set([
  'query',
  'value',
  'file',
  'title',
  'where',
  'field',
  'name',
  'code',
  'url',
  'attribute',
  'keys',
  'tag',
  'items',
  'list',
  'dir',
  'slug',
]);
/**
 * Strings written into the contributor's files (YAML comments of scaffolded content), where the content
 * checker refuses isolate characters (src/lib/file-rules.ts): their values stay plain.
 */
const writtenToFiles = /^scaffold\.comment\./;

describe('French interface strings', () => {
  it('use no-break spaces before : ; ? ! and inside guillemets, and the typographic apostrophe', () => {
    const problems = strings('fr').flatMap(([key, value]) => frenchProblems(value).map((p) => `${key}: ${p}`));
    expect(problems).toEqual([]);
  });
});

describe('Arabic interface strings', () => {
  it('use Arabic punctuation after Arabic words (، ؛ ؟)', () => {
    const problems = strings('ar').flatMap(([key, value]) => arabicProblems(value).map((p) => `${key}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('isolate every value a reader or a contributor supplied (FSI … PDI)', () => {
    const loose = strings('ar')
      .filter(([key]) => !writtenToFiles.test(key))
      .flatMap(([key, value]) => unisolated(value, supplied).map((name) => `${key}: {{${name}}}`));
    expect(loose).toEqual([]);
  });

  it.each(localeCodes)('%s: strings written into content files carry no character the content check refuses', (locale) => {
    const refused = strings(locale).filter(([key, value]) => writtenToFiles.test(key) && new RegExp(unsafeCharacter.source, 'u').test(value));
    expect(refused.map(([key]) => key)).toEqual([]);
  });
});

describe('the search status line', () => {
  it.each(localeCodes)('%s isolates the reader’s query in every plural form', (locale) => {
    const forms = pluralForms(locale, 'search.resultsFor', ['query']);
    for (const [category, template] of Object.entries(forms)) expect(unisolated(template, new Set(['query'])), `${locale} ${category}`).toEqual([]);
  });

  it('keeps a Latin query whole inside an Arabic sentence', () => {
    const text = plural(pluralForms('ar', 'search.resultsFor', ['query']), 'ar-u-nu-latn', 3, { query: 'P/CVE?' });
    expect(text).toBe('3 نتائج عن «\u2068P/CVE?\u2069»');
  });
});

/**
 * Interface strings that name a concept of the glossary (content/glossary/<id>.yaml) use its term in
 * each language. `alias`: the string may use one of the glossary's listed aliases instead of the full
 * term (a short label such as “Evidence” for the evidence base).
 */
const glossaryTerms: ReadonlyArray<{ key: MessageKey; id: string; alias?: true }> = [
  { key: 'site.description', id: 'hate' },
  { key: 'site.description', id: 'polarisation' },
  { key: 'site.description', id: 'violent-extremism' },
  { key: 'openData.feedDescription', id: 'violent-extremism' },
  { key: 'home.title', id: 'hate' },
  { key: 'home.title', id: 'extremism' },
  { key: 'enum.orgType.local-government', id: 'local-government' },
  { key: 'scaffold.hint.title', id: 'gender-equality' },
  { key: 'practice.evidence', id: 'evidence-base', alias: true },
  { key: 'search.group.evidence', id: 'evidence-base', alias: true },
];

/** Case, Arabic diacritics and tatweel aside; in Arabic the article ال of each word may be absent. */
const fold = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const termPattern = (term: string) =>
  new RegExp(
    fold(term)
      .split(/\s+/)
      .map((w) => (w.startsWith('ال') ? `(?:ال)?${escape(w.slice(2))}` : escape(w)))
      .join('\\s+'),
    'u',
  );

describe('glossary terms in the interface', () => {
  const glossary = (id: string) =>
    parse(readFileSync(join(realContent, 'glossary', `${id}.yaml`), 'utf8')) as { term: Record<Locale, string>; aliases: Record<Locale, string[]> };
  for (const { key, id, alias } of glossaryTerms)
    it.each(localeCodes)(`${key} uses the term “${id}” in %s`, (locale) => {
      const g = glossary(id);
      const text = fold(t(locale)(key));
      const accepted = [g.term[locale], ...(alias ? g.aliases[locale] : [])];
      expect(
        accepted.some((term) => termPattern(term).test(text)),
        `${text} / ${accepted.join(' | ')}`,
      ).toBe(true);
    });
});

describe('one date style', () => {
  it.each(localeCodes)('%s: the footer writes the workshop dates as the activity pages do', (locale) => {
    expect(t(locale)('footer.source')).toContain(formatRange(locale, '2023-03-16', '2023-03-17'));
  });

  it('a range within one month closes up its dash in every language', () => {
    expect(localeCodes.map((l) => formatRange(l, '2023-03-16', '2023-03-17'))).toEqual(['16–17 March 2023', '16–17 مارس 2023', '16–17 mars 2023']);
  });
});

describe('the licence', () => {
  // Its code is one unbreakable unit (no-break spaces), isolated in Arabic so “CC BY 4.0)” keeps its order.
  const code = 'CC\u00a0BY\u00a04.0';
  it.each(localeCodes)('%s names the default licence with its code where it explains it', (locale) => {
    for (const key of ['footer.licence', 'contribute.licence.text'] as const) {
      const text = t(locale)(key);
      expect(text, key).toContain(locale === 'ar' ? `\u2066${code}\u2069` : code);
    }
  });
});
