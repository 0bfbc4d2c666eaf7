import type { Activity, Guide, NoteItem, Practice } from '../schemas/index.ts';
import { noteMismatches } from './evidence.ts';
import { contentIssue, fieldName, msg, verbatim, type ContentIssue, type Message } from './issues.ts';
import { distance } from 'fastest-levenshtein';
import { localeCodes, type Locale } from '../config/locales.ts';

/**
 * The references between entries, checked once the files are valid on their own. The same function runs
 * in the build (over Astro's collections) and in `npm run check` (over the files), so both say the same.
 */
export interface CrossCheckInput {
  countries: ReadonlySet<string>;
  /** `names`: the city's names, when known, so a missing language is asked for (a warning, not an error). */
  cities: ReadonlyMap<string, { country: string; file: string; names?: Partial<Record<Locale, string | undefined>> }>;
  themes: ReadonlySet<string>;
  targetGroups: ReadonlySet<string>;
  resources: ReadonlySet<string>;
  /** `texts`: each text's notes, when read, so they can be held against what practice.yaml says is reported. */
  practices: ReadonlyArray<{
    slug: string;
    file: string;
    data: Practice;
    locales: readonly Locale[];
    texts?: ReadonlyArray<{ file: string; notes: Partial<Record<NoteItem, string | undefined>> }>;
  }>;
  guides: ReadonlyArray<{
    slug: string;
    file: string;
    data: Guide;
    /** chapter slug (`index` for the introduction) → locale → file and order */
    texts: ReadonlyArray<{ chapter: string; locale: Locale; file: string; order?: number | undefined }>;
  }>;
  activities: ReadonlyArray<{ slug: string; file: string; data: Activity; locales: readonly Locale[] }>;
  /** Templates (content/templates/<slug>/template.yaml) with the languages they have a text in. */
  templates?: ReadonlyArray<{ file: string; locales: readonly Locale[] }>;
  /** Every practice folder with a facts file, valid or not (so `related` is not reported twice). Default: `practices`. */
  knownPractices?: ReadonlySet<string>;
}

export type Issue = Omit<ContentIssue, 'line'> & { path: (string | number)[] };
type Report = (file: string, path: (string | number)[], expected: Message, found: Message) => void;

/** A value written in the content, quoted as it is. */
const quoted = (value: unknown) => verbatim(JSON.stringify(value));
const expectedMsg = (key: string, values?: Message['values']) => msg(`check.expected.${key}`, values);
const foundMsg = (key: string, values?: Message['values']) => msg(`check.value.${key}`, values);

/** The allowed values after what was expected, so a contributor can pick one (a long list is cut). */
const listed = (key: string, known: Iterable<string>) =>
  msg(
    'check.expected.listed',
    {
      expected: expectedMsg(key),
      values: [...known]
        .sort()
        .slice(0, 40)
        .map((v) => verbatim(v)),
    },
    600,
  );

/**
 * An unknown value as written, with the closest allowed one when it is probably a typing mistake (at
 * most a third of its letters differ): `"yuth-engagement" (did you mean "youth-engagement"?)`.
 */
export function unknownValue(value: string, known: Iterable<string>): Message {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(value.toLowerCase(), k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(value.length / 3))
    ? msg('check.value.didYouMean', { value: quoted(value), suggestion: quoted(best) })
    : quoted(value);
}

export function crossCheck(input: CrossCheckInput): Issue[] {
  const issues: Issue[] = [];
  const report =
    (severity: ContentIssue['severity']): Report =>
    (file, path, expected, found) =>
      issues.push({ ...contentIssue({ severity, file, field: fieldName(path), expected, found }), path });
  const error = report('error');
  const warning = report('warning');

  for (const [slug, city] of input.cities) {
    if (!input.countries.has(city.country)) {
      error(city.file, [slug, 'country'], listed('countryCode', input.countries), unknownValue(city.country, input.countries));
    }
    // A city proposed with its name in the languages the contributor knows: the others are asked for.
    if (city.names)
      for (const l of localeCodes)
        if (!city.names[l]) warning(city.file, [slug, 'name', l], expectedMsg('cityName', { language: msg(`languageName.${l}`) }), foundMsg('noName'));
  }

  const practiceSlugs = input.knownPractices ?? new Set(input.practices.map((p) => p.slug));
  for (const p of input.practices) {
    p.data.countries.forEach((cc, i) => {
      if (!input.countries.has(cc)) error(p.file, ['countries', i], listed('countryCode', input.countries), unknownValue(cc, input.countries));
    });
    p.data.cities.forEach((city, i) => {
      const entry = input.cities.get(city);
      if (!entry) error(p.file, ['cities', i], listed('cityListed', input.cities.keys()), unknownValue(city, input.cities.keys()));
      else if (!p.data.countries.includes(entry.country))
        error(p.file, ['cities', i], expectedMsg('cityCountry', { country: entry.country }), foundMsg('countries', { list: p.data.countries.join(', ') }));
    });
    checkList(p.file, 'themes', p.data.themes, input.themes, 'themeListed', error);
    checkList(p.file, 'target_groups', p.data.target_groups, input.targetGroups, 'targetGroupListed', error);
    p.data.related.forEach((rel, i) => {
      if (rel === p.slug) error(p.file, ['related', i], expectedMsg('otherPractice'), quoted(rel));
      else if (!practiceSlugs.has(rel)) error(p.file, ['related', i], expectedMsg('practiceFolder'), unknownValue(rel, practiceSlugs));
    });
    p.data.sources.forEach((src, i) => {
      if ('resource' in src && !input.resources.has(src.resource))
        error(p.file, ['sources', i, 'resource'], expectedMsg('resourceFile'), unknownValue(src.resource, input.resources));
    });
    if (p.locales.length === 0) error(p.file, [], expectedMsg('textFile'), foundMsg('none'));
    else if (!p.locales.includes(p.data.original_language))
      error(p.file, ['original_language'], expectedMsg('languageWithText', { languages: p.locales.join(', ') }), quoted(p.data.original_language));
    untranslated(p.file, p.locales, warning);
    for (const text of p.texts ?? [])
      for (const m of noteMismatches(p.data, text.notes)) {
        const state = msg(`enum.report.${m.state}`);
        if (m.problem === 'missing')
          error(text.file, ['notes', m.item], expectedMsg('note', { item: verbatim(m.item), state, file: p.file }), foundMsg('none'));
        else error(text.file, ['notes', m.item], expectedMsg('noNote', { item: verbatim(m.item), file: p.file }), quoted(text.notes[m.item]));
      }
  }

  for (const g of input.guides) {
    checkList(g.file, 'themes', g.data.themes, input.themes, 'themeListed', error);
    const chapters = new Set(g.texts.map((t) => t.chapter));
    const byLocale = new Map<Locale, Set<string>>();
    for (const t of g.texts) (byLocale.get(t.locale) ?? byLocale.set(t.locale, new Set()).get(t.locale)!).add(t.chapter);
    if (byLocale.size === 0) error(g.file, [], expectedMsg('languageFolder'), foundMsg('none'));
    for (const [locale, present] of byLocale) {
      if (!present.has('index')) error(`${dirOf(g.file)}/${locale}/index.mdx`, [], expectedMsg('guideIntro'), foundMsg('noSuchFile'));
    }
    for (const locale of localeCodes) {
      const present = byLocale.get(locale);
      for (const chapter of chapters) {
        if (!present?.has(chapter)) warning(`${dirOf(g.file)}/${locale}/${chapter}.mdx`, [], expectedMsg('chapterTranslation'), foundMsg('noTranslation'));
      }
    }
    // Chapter order must agree across languages, or the same chapter would sit at different places.
    const orders = new Map<string, { order: number; file: string }>();
    for (const t of g.texts) {
      if (t.order === undefined) continue;
      const seen = orders.get(t.chapter);
      if (seen && seen.order !== t.order) error(t.file, ['order'], expectedMsg('sameOrder', { file: seen.file, order: seen.order }), verbatim(t.order));
      else orders.set(t.chapter, { order: t.order, file: t.file });
    }
  }

  for (const a of input.activities) {
    a.data.countries.forEach((cc, i) => {
      if (!input.countries.has(cc)) error(a.file, ['countries', i], listed('countryListed', input.countries), unknownValue(cc, input.countries));
    });
    a.data.cities.forEach((city, i) => {
      if (!input.cities.has(city)) error(a.file, ['cities', i], listed('cityListed', input.cities.keys()), unknownValue(city, input.cities.keys()));
    });
    checkList(a.file, 'themes', a.data.themes, input.themes, 'themeListed', error);
    a.data.sources.forEach((src, i) => {
      if ('resource' in src && !input.resources.has(src.resource))
        error(a.file, ['sources', i, 'resource'], expectedMsg('resourceName'), unknownValue(src.resource, input.resources));
    });
    if (a.locales.length === 0) error(a.file, [], expectedMsg('textFile'), foundMsg('none'));
    untranslated(a.file, a.locales, warning);
  }
  for (const tpl of input.templates ?? []) {
    if (tpl.locales.length === 0) error(tpl.file, [], expectedMsg('textFile'), foundMsg('none'));
    untranslated(tpl.file, tpl.locales, warning);
  }
  return issues;
}

function checkList(file: string, field: string, values: readonly string[], allowed: ReadonlySet<string>, expectedKey: string, error: Report) {
  values.forEach((v, i) => {
    if (!allowed.has(v)) error(file, [field, i], listed(expectedKey, allowed), unknownValue(v, allowed));
  });
}

/** Entries shown in fallback are allowed, but reported so translators can find them. */
function untranslated(factsFile: string, present: readonly Locale[], warning: Report) {
  if (present.length === 0) return;
  for (const locale of localeCodes) {
    if (!present.includes(locale)) warning(`${dirOf(factsFile)}/${locale}.mdx`, [], expectedMsg('entryTranslation'), foundMsg('noTranslation'));
  }
}

function dirOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/'));
}
