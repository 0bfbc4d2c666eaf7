import type { SiteContent } from '../content.ts';
import type { Locale } from '../../config/locales.ts';

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
