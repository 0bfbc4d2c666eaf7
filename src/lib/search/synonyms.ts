import type { SiteContent } from '../content.ts';
import type { Locale } from '../../config/locales.ts';
import { searchEquivalents } from '../../config/search-equivalents.ts';
import { cachedIndexForms, foldQuery, words } from './normalize.ts';

/**
 * Words a record should be found by although its text may not contain them: every name and spelling
 * of its places (Tripoli, طرابلس, Trablous), its themes' names, and the glossary terms it links to
 * with their synonyms and plural forms. From the same collections the pages render.
 */
export type SynonymSource = Pick<SiteContent, 'countries' | 'cities' | 'themes' | 'glossary'>;

const allNames = (e: { name: Partial<Record<Locale, string | undefined>> } | undefined) => (e ? Object.values(e.name).filter((n) => n !== undefined) : []);

export function recordSynonyms(
  site: SynonymSource,
  lang: Locale,
  filters: Readonly<Record<string, readonly string[]>>,
  glossaryTerms: readonly string[],
): string[] {
  const words: string[] = [];
  for (const cc of filters.country ?? []) words.push(...allNames(site.countries.get(cc)));
  for (const slug of filters.city ?? []) {
    const city = site.cities.get(slug);
    words.push(...allNames(city), ...(city?.aliases ?? []));
  }
  for (const slug of filters.theme ?? []) {
    const theme = site.themes.get(slug);
    if (theme) words.push(theme.name[lang]);
  }
  for (const slug of glossaryTerms) {
    const g = site.glossary.get(slug);
    if (g) words.push(g.term[lang], ...(g.aliases[lang] ?? []));
  }
  return words;
}

/** Extra words for a glossary entry itself: its term and synonyms in every language. */
export function glossaryEntrySynonyms(site: SynonymSource, slug: string): string[] {
  const g = site.glossary.get(slug);
  return g ? [...Object.values(g.term), ...Object.values(g.aliases).flat()] : [];
}

/** Each language's groups of equivalent expressions, folded into word lists (computed once). */
const foldedGroups = new Map<Locale, { expressions: string[][]; written: readonly string[] }[]>();
function groupsOf(lang: Locale) {
  let groups = foldedGroups.get(lang);
  if (!groups) {
    groups = searchEquivalents[lang].map((written) => ({ written, expressions: written.map((e) => foldQuery(e).split(' ').filter(Boolean)) }));
    foldedGroups.set(lang, groups);
  }
  return groups;
}

/**
 * The expressions of src/config/search-equivalents.ts a text of `lang` should also be found by: for each
 * group with an expression in the text (whole words, in order, compared in their folded forms), the
 * group's other expressions.
 */
export function equivalentSynonyms(lang: Locale, text: string): string[] {
  const groups = groupsOf(lang);
  if (groups.length === 0) return [];
  const forms = words(text).map(cachedIndexForms);
  const at = (i: number, expr: string[]) => expr.every((word, k) => forms[i + k]?.includes(word) === true);
  const has = (expr: string[]) => expr.length > 0 && forms.some((_, i) => at(i, expr));
  const out: string[] = [];
  for (const { written, expressions } of groups) {
    const present = expressions.map(has);
    if (present.some(Boolean)) out.push(...written.filter((_, i) => !present[i]));
  }
  return out;
}
