import type { Locale } from '../config/locales.ts';
import { textPath, type TextRef } from './contributor-links.ts';

/**
 * What the translation status says about the site (computed in Node by src/build/translation-status.ts,
 * which runs git); the types live here so the status page's view model can use them.
 */
export type TextState = 'present' | 'missing' | 'outdated';

export interface EntryStatus extends TextRef {
  /** The language translations are made from. */
  source: Locale;
  /** Title in the source language (the file's `title`, else its slug). */
  title: string;
  /** Chapter order within its guide, for sorting. */
  order: number;
  /** Content paths of the texts that exist. */
  files: Partial<Record<Locale, string>>;
  state: Record<Locale, TextState>;
  /** The source file's frontmatter and body, for the "Translate" template. */
  sourceData: Record<string, unknown>;
  sourceBody: string;
  /** Last commit date (ISO) of each existing file, when known. */
  changed: Partial<Record<Locale, string>>;
}

export interface InterfaceStatus {
  /** Keys of the English interface strings (plural forms counted once). */
  total: number;
  missing: string[];
  outdated: string[];
}

export interface LocaleStatus {
  locale: Locale;
  total: number;
  /** Texts available in this language (up to date or not). */
  present: number;
  /** Share of texts available, 0-100, rounded down so 100 means complete. */
  percent: number;
  missing: EntryStatus[];
  outdated: EntryStatus[];
  interface: InterfaceStatus;
}

export interface TranslationStatus {
  /** False when git history could not be read: then nothing is reported outdated. */
  historyKnown: boolean;
  entries: EntryStatus[];
  locales: Record<Locale, LocaleStatus>;
}

/** Where the missing text of an entry goes (content-relative path). */
export const missingPath = (entry: EntryStatus, locale: Locale): string => textPath(entry, locale);
