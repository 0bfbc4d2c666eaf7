/**
 * The part of Pagefind's JS API the search page uses, and the query strategy shared by the page's own
 * index and the other languages' (src/client/search-page.ts, search-other-languages.ts).
 */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, { any: string[] }> }): Promise<PagefindResponse | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
/** pagefind.js: the default instance (the page's language) and `createInstance` for more. */
export interface PagefindModule extends Pagefind {
  createInstance(o?: Record<string, unknown>): Pagefind;
}
export type Filters = Record<string, { any: string[] }>;

/**
 * Pages with every topic word first (Pagefind's own behaviour); when none has them all, pages with any
 * of them, best total score first, so a long question still finds its subject.
 */
export async function matchAllOrAny(pf: Pagefind, terms: string[], filters: Filters): Promise<PagefindResponse | null> {
  const every = await pf.search(terms.length ? terms.join(' ') : null, { filters });
  if (!every || every.results.length > 0 || terms.length < 2) return every;
  const each = (await Promise.all(terms.map((t) => pf.search(t, { filters })))).filter((r): r is PagefindResponse => r !== null);
  const merged = new Map<string, PagefindResult>();
  for (const response of each)
    for (const r of response.results) {
      const seen = merged.get(r.id);
      merged.set(r.id, seen ? { ...seen, score: seen.score + r.score } : r);
    }
  const filterCounts: Record<string, Record<string, number>> = {};
  for (const response of each)
    for (const [g, values] of Object.entries(response.filters))
      for (const [v, n] of Object.entries(values)) (filterCounts[g] ??= {})[v] = Math.max(filterCounts[g]?.[v] ?? 0, n);
  return { results: [...merged.values()].sort((a, b) => b.score - a.score), filters: filterCounts };
}
