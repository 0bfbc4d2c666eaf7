import type { Locale } from '../../config/locales.ts';

/**
 * The markup contract between pages and the search indexer (src/build/search/build-index.ts, run by scripts/finish-build.ts):
 * an element with these attributes is one search result. Pages say what a record is; the indexer
 * never guesses from layout. Filter values are stable codes, translated only in the interface.
 */
export const searchTypes = ['practice', 'guide', 'chapter', 'resource', 'activity', 'glossary'] as const;
export type SearchType = (typeof searchTypes)[number];

export const filterGroups = ['type', 'country', 'city', 'theme', 'status', 'evidence', 'audience'] as const;
export type FilterGroup = (typeof filterGroups)[number];

export interface SearchRecordInput {
  type: SearchType;
  /** Language the text is written in; a record shown in fallback (≠ page language) is not indexed. */
  lang: Locale;
  /** `#anchor` for a record that is a part of a page (a resource, a glossary term). */
  anchor?: string | undefined;
  filters?: Partial<Record<Exclude<FilterGroup, 'type'>, readonly string[]>>;
  /** Shown on result cards. */
  place?: string | undefined;
  date?: string | undefined;
}

export function searchAttrs(r: SearchRecordInput): Record<string, string> {
  const filters: Record<string, readonly string[]> = { type: [r.type] };
  for (const [k, v] of Object.entries(r.filters ?? {})) if (v && v.length > 0) filters[k] = v;
  const meta: Record<string, string> = {};
  if (r.place) meta.place = r.place;
  if (r.date) meta.date = r.date;
  return {
    'data-search-record': r.type,
    'data-search-lang': r.lang,
    'data-search-filters': JSON.stringify(filters),
    ...(Object.keys(meta).length ? { 'data-search-meta': JSON.stringify(meta) } : {}),
    ...(r.anchor ? { 'data-search-anchor': r.anchor } : {}),
  };
}
