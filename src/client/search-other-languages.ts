/**
 * The other languages' indexes, for a search with few results in the page's language
 * (src/lib/search/cross-language.ts). Each is loaded on first need, never before: a search with enough
 * results in the page's language transfers nothing more.
 */
import { foldQuery } from '../lib/search/normalize.ts';
import { topicWords } from '../lib/search/stopwords.ts';
import { OTHER_LANGUAGE_RESULTS, pageKey } from '../lib/search/cross-language.ts';
import type { Locale } from '../config/locales.ts';
import { matchAllOrAny, type Filters, type Pagefind, type PagefindModule, type PagefindResult, type PagefindResultData } from './pagefind-search.ts';

export interface OtherLanguageResults {
  lang: Locale;
  data: PagefindResultData[];
  terms: string[];
}

/**
 * A Pagefind instance on another language's index. Pagefind 1.6 chooses an instance's index and
 * stemmer from `<html lang>` when the instance is made and takes no language option (createInstance
 * sets `language` after the caller's options), so the attribute is set for that one synchronous call
 * and put back before anything can render or read it.
 */
function instanceIn(mod: PagefindModule, lang: Locale, options: Record<string, unknown>): Pagefind {
  const html = document.documentElement;
  const own = html.getAttribute('lang');
  html.setAttribute('lang', lang);
  try {
    // The options go in at creation: the instance fetches its index entry at once, and only with the cache tag
    // is that the URL the page's own instance fetched (cached) and the one saved in the offline copy.
    return mod.createInstance(options);
  } finally {
    if (own === null) html.removeAttribute('lang');
    else html.setAttribute('lang', own);
  }
}

export function otherLanguages(load: () => Promise<PagefindModule>, options: Record<string, unknown>) {
  const instances = new Map<Locale, Promise<Pagefind>>();
  const instance = (lang: Locale) => {
    let pf = instances.get(lang);
    if (!pf) {
      pf = load().then(async (mod) => {
        const created = instanceIn(mod, lang, options);
        await created.options(options);
        return created;
      });
      // A language that could not load (offline, its files not saved) is asked again next time.
      pf.catch(() => instances.delete(lang));
      instances.set(lang, pf);
    }
    return pf;
  };

  /**
   * Results from the first of `langs` that finds any (one more index to load, not all of them), with the
   * same filters (their values are codes shared by every language). A page already among the page's own
   * results (`seen`, by pageKey) is left out. A language whose index does not answer (offline, not
   * saved) is skipped with no error: the page's own results stand.
   */
  return async function search(query: string, filters: Filters, langs: Locale[], seen: ReadonlySet<string>): Promise<OtherLanguageResults | undefined> {
    // Folded as that language's index was: the folding is one function for every language (it follows
    // each word's script), the indexer's own.
    const terms = topicWords(foldQuery(query));
    if (terms.length === 0) return undefined;
    for (const lang of langs) {
      let results: PagefindResult[];
      try {
        results = (await matchAllOrAny(await instance(lang), terms, filters))?.results ?? [];
      } catch {
        continue;
      }
      // One round of fragments, the best few: a page already shown in the page's language is left out and not
      // replaced, since each replacement is one more download on a slow line and the group links to the full
      // search in that language.
      const fetched = await Promise.all(results.slice(0, OTHER_LANGUAGE_RESULTS).map((r) => r.data().catch(() => undefined)));
      const data = fetched.filter((d): d is PagefindResultData => d !== undefined && !seen.has(pageKey(d.url, lang)));
      if (data.length) return { lang, data, terms };
    }
    return undefined;
  };
}
