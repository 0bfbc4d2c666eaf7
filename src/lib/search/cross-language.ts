import type { Locale } from '../../config/locales.ts';
import { searchLanguages } from '../../config/search-languages.ts';

/**
 * Search across languages: when the page's language has fewer than FEW_RESULTS results for a query, the
 * search page also asks the other languages' indexes and shows what they find in a group of its own per
 * language (src/client/search-other-languages.ts; docs/search.md, "Other languages").
 */
export const FEW_RESULTS = 3;

/**
 * Results shown from another language: a pointer to it (with a link to search there), not a second
 * result list; each is one more fragment to download.
 */
export const OTHER_LANGUAGE_RESULTS = 3;

/**
 * The other languages worth asking, most likely first: those written in the query's script (src/config/search-languages.ts; on an
 * Arabic page an Arabic query asks none: the English and French indexes hold Arabic words only as names
 * and synonyms, which the Arabic index holds too), a language whose marks the query shows (French
 * accents and articles) before the others. The search page stops at the first language that finds
 * something, so a search loads one more index, not two.
 */
export function otherLocales(page: Locale, query: string): Locale[] {
  const others = (Object.keys(searchLanguages) as Locale[]).filter((l) => l !== page && searchLanguages[l].script.test(query));
  const marked = (l: Locale) => searchLanguages[l].marks?.test(query) === true;
  return [...others.filter(marked), ...others.filter((l) => !marked(l))];
}

/** A result's address without its language: `/hub/fr/practices/x/` and `/hub/en/practices/x/` are one page. */
export function pageKey(url: string, lang: Locale): string {
  return url.replace(new RegExp(`/${lang}/`), '/');
}
