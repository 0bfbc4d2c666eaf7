import type { Locale } from '../../config/locales.ts';

/**
 * One citable work, language-neutral in shape: what the formatted reference on the page and the three
 * download formats (CSL-JSON, BibTeX, RIS) are all written from, so they always agree.
 */
export interface CitationRecord {
  /** ASCII key, unique per work and language (BibTeX key, CSL id). */
  id: string;
  /** page: a practice or a guide; chapter: a chapter of a guide; document: an external document. */
  kind: 'page' | 'chapter' | 'document';
  title: string;
  /** Language of the title (and of the text at `url`). */
  lang: Locale;
  /** Corporate author, written as one name (never split into given and family names). */
  author: string;
  publisher: string;
  /** The site (for a page) or the guide (for a chapter) the work is part of. */
  container?: string | undefined;
  containerLang?: Locale | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD: the entry's own date (reviewed, updated, published); never invented. */
  issued?: string | undefined;
  url?: string | undefined;
  /** YYYY-MM-DD: the day this copy of the site was built (said so next to the reference). */
  accessed?: string | undefined;
}

export const citationFormats = ['json', 'bib', 'ris'] as const;
export type CitationFormat = (typeof citationFormats)[number];

/** Year, month and day of an ISO date, as numbers (CSL's date-parts, RIS's DA). */
export function dateParts(iso: string): number[] {
  return iso.split('-').map(Number);
}
