import type { Activity, Guide, Practice } from '../schemas/index.ts';
import { fieldName, type ContentIssue } from './issues.ts';
import { localeCodes, type Locale } from './locales.ts';

/**
 * The references between entries, checked once the files are valid on their own. The same function runs
 * in the build (over Astro's collections) and in `npm run check` (over the files), so both say the same.
 */
export interface CrossCheckInput {
  countries: ReadonlySet<string>;
  cities: ReadonlyMap<string, { country: string; file: string }>;
  themes: ReadonlySet<string>;
  targetGroups: ReadonlySet<string>;
  resources: ReadonlySet<string>;
  practices: ReadonlyArray<{ slug: string; file: string; data: Practice; locales: readonly Locale[] }>;
  guides: ReadonlyArray<{
    slug: string;
    file: string;
    data: Guide;
    /** chapter slug (`index` for the introduction) → locale → file and order */
    texts: ReadonlyArray<{ chapter: string; locale: Locale; file: string; order?: number | undefined }>;
  }>;
  activities: ReadonlyArray<{ slug: string; file: string; data: Activity; locales: readonly Locale[] }>;
}

type Issue = Omit<ContentIssue, 'line'> & { path: (string | number)[] };

export function crossCheck(input: CrossCheckInput): Issue[] {
  const issues: Issue[] = [];
  const error = (file: string, path: (string | number)[], expected: string, found: string) =>
    issues.push({ severity: 'error', file, path, field: fieldName(path), expected, found });
  const warning = (file: string, path: (string | number)[], expected: string, found: string) =>
    issues.push({ severity: 'warning', file, path, field: fieldName(path), expected, found });


  for (const [slug, city] of input.cities) {
    if (!input.countries.has(city.country)) {
      error(city.file, [slug, 'country'], 'a country code listed in taxonomy/countries.yaml', JSON.stringify(city.country));
    }
  }

  const practiceSlugs = new Set(input.practices.map((p) => p.slug));
  for (const p of input.practices) {
    p.data.countries.forEach((cc, i) => {
      if (!input.countries.has(cc)) error(p.file, ['countries', i], 'a country code listed in taxonomy/countries.yaml', JSON.stringify(cc));
    });
    p.data.cities.forEach((city, i) => {
      const entry = input.cities.get(city);
      if (!entry) error(p.file, ['cities', i], 'a city listed in taxonomy/cities.yaml', JSON.stringify(city));
      else if (!p.data.countries.includes(entry.country))
        error(p.file, ['cities', i], `the city's country (${entry.country}) to be among the practice's countries`, `countries: ${p.data.countries.join(', ')}`);
    });
    checkList(p.file, 'themes', p.data.themes, input.themes, 'a theme listed in taxonomy/themes.yaml', error);
    checkList(p.file, 'target_groups', p.data.target_groups, input.targetGroups, 'a target group listed in taxonomy/target-groups.yaml', error);
    p.data.related.forEach((rel, i) => {
      if (rel === p.slug) error(p.file, ['related', i], 'another practice (not this one)', JSON.stringify(rel));
      else if (!practiceSlugs.has(rel)) error(p.file, ['related', i], 'the folder name of a practice in practices/', JSON.stringify(rel));
    });
    p.data.sources.forEach((src, i) => {
      if ('resource' in src && !input.resources.has(src.resource))
        error(p.file, ['sources', i, 'resource'], 'the file name (without .yaml) of a resource in resources/', JSON.stringify(src.resource));
    });
    if (p.locales.length === 0) error(p.file, [], 'at least one text file next to it (en.mdx, ar.mdx or fr.mdx)', 'none');
    else if (!p.locales.includes(p.data.original_language))
      error(p.file, ['original_language'], `a language that has a text file (${p.locales.join(', ')})`, JSON.stringify(p.data.original_language));
    untranslated(p.file, p.locales, warning);
  }

  for (const g of input.guides) {
    checkList(g.file, 'themes', g.data.themes, input.themes, 'a theme listed in taxonomy/themes.yaml', error);
    const chapters = new Set(g.texts.map((t) => t.chapter));
    const byLocale = new Map<Locale, Set<string>>();
    for (const t of g.texts) (byLocale.get(t.locale) ?? byLocale.set(t.locale, new Set()).get(t.locale)!).add(t.chapter);
    if (byLocale.size === 0) error(g.file, [], 'at least one language folder (en/, ar/ or fr/) with an index.mdx', 'none');
    for (const [locale, present] of byLocale) {
      if (!present.has('index')) error(`${dirOf(g.file)}/${locale}/index.mdx`, [], 'the guide introduction file index.mdx in this language folder', 'no such file');
    }
    for (const locale of localeCodes) {
      const present = byLocale.get(locale);
      for (const chapter of chapters) {
        if (!present?.has(chapter))
          warning(`${dirOf(g.file)}/${locale}/${chapter}.mdx`, [], 'a translation of this chapter (other languages have it)', 'no translation yet (shown in another language)');
      }
    }
    // Chapter order must agree across languages, or the same chapter would sit at different places.
    const orders = new Map<string, { order: number; file: string }>();
    for (const t of g.texts) {
      if (t.order === undefined) continue;
      const seen = orders.get(t.chapter);
      if (seen && seen.order !== t.order) error(t.file, ['order'], `the same order as ${seen.file} (${seen.order})`, String(t.order));
      else orders.set(t.chapter, { order: t.order, file: t.file });
    }
  }

  for (const a of input.activities) {
    a.data.countries.forEach((cc, i) => {
      if (!input.countries.has(cc)) error(a.file, ['countries', i], 'a country listed in taxonomy/countries.yaml', JSON.stringify(cc));
    });
    a.data.cities.forEach((city, i) => {
      if (!input.cities.has(city)) error(a.file, ['cities', i], 'a city listed in taxonomy/cities.yaml', JSON.stringify(city));
    });
    checkList(a.file, 'themes', a.data.themes, input.themes, 'a theme listed in taxonomy/themes.yaml', error);
    a.data.sources.forEach((src, i) => {
      if (!input.resources.has(src.resource)) error(a.file, ['sources', i, 'resource'], 'the file name of a resource in resources/', JSON.stringify(src.resource));
    });
    if (a.locales.length === 0) error(a.file, [], 'at least one text file next to it (en.mdx, ar.mdx or fr.mdx)', 'none');
    untranslated(a.file, a.locales, warning);
  }
  return issues;
}

function checkList(
  file: string,
  field: string,
  values: readonly string[],
  allowed: ReadonlySet<string>,
  expected: string,
  error: (file: string, path: (string | number)[], expected: string, found: string) => void,
) {
  values.forEach((value, i) => {
    if (!allowed.has(value)) error(file, [field, i], expected, JSON.stringify(value));
  });
}

/** Entries shown in fallback are allowed, but reported so translators can find them. */
function untranslated(factsFile: string, present: readonly Locale[], warning: (file: string, path: (string | number)[], expected: string, found: string) => void) {
  if (present.length === 0) return;
  for (const locale of localeCodes) {
    if (!present.includes(locale))
      warning(`${dirOf(factsFile)}/${locale}.mdx`, [], 'a translation of this entry (another language has it)', 'no translation yet (shown in another language)');
  }
}

function dirOf(file: string): string {
  return file.slice(0, file.lastIndexOf('/'));
}
