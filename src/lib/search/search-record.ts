import type { Locale } from '../../config/locales.ts';

/**
 * The shape of a search record, shared by the build that computes records (records.ts, in the pages'
 * build) and the step that indexes them (src/build/search/build-index.ts, in a process of its own,
 * which must not load the pages' modules). Filter values are stable codes, translated only in the
 * interface.
 */
export const searchTypes = ['practice', 'guide', 'chapter', 'resource', 'activity', 'template', 'glossary'] as const;
export type SearchType = (typeof searchTypes)[number];

export const filterGroups = ['type', 'country', 'city', 'theme', 'status', 'asOf', 'evidence', 'review', 'audience'] as const;
export type FilterGroup = (typeof filterGroups)[number];

export interface SearchRecord {
  /** The page's address (base path included), with `#anchor` for a part of a page (a resource, a glossary term). */
  url: string;
  /** The language the text is written in, and the index it goes to. */
  lang: Locale;
  type: SearchType;
  /** Title and text as written: result cards and excerpts show them. */
  title: string;
  text: string;
  filters: Partial<Record<FilterGroup, string[]>>;
  /** Shown on result cards: `place`, `date`. */
  meta: Record<string, string>;
  /** Words the record is also found by (place names in every spelling, themes, glossary synonyms). */
  synonyms: string[];
}

/** Where the build writes each language's records (`dist/search-records/en.json`): the route's folder under src/pages. */
export const recordsFile = (locale: Locale) => `search-records/${locale}.json`;
