/**
 * Names shared by the service worker (generated after the build by src/build/offline-files.ts) and the
 * pages' offline code (src/client/offline-*.ts): a page saved by the reader must land in the cache the
 * worker reads. One place, so the two can never disagree.
 */
export const offlineCaches = {
  /** HTML pages: read stale-while-revalidate; filled by visits and by "Make available offline". */
  pages: 'mena-pages',
  /** Pagefind's files: the search index of a saved language. */
  search: 'mena-search',
  /** Hashed build assets (CSS, JS, fonts). */
  assets: 'mena-assets',
} as const;

/** Per-language list of what "Make available offline" saves, written next to the site. */
export const offlineManifestPath = (locale: string) => `offline/${locale}.json`;

export interface OfflineFile {
  url: string;
  bytes: number;
}

export interface OfflineManifest {
  /** Changes with every build: a saved copy with another version is out of date. */
  version: string;
  locale: string;
  bytes: number;
  files: OfflineFile[];
  /** Titles of the saved pages, for the offline page's list. */
  titles: Record<string, string>;
  /** Each guide's own pages (its introduction, chapters and print view). */
  guides: Record<string, { bytes: number; files: OfflineFile[] }>;
}

/** Where a reader's saved copies are recorded (localStorage). */
export const savedCopiesKey = 'mena-hub:offline';

export interface SavedCopy {
  /** `ar` for a whole language, `ar:mayors` for one guide. */
  id: string;
  version: string;
  savedAt: string;
  bytes: number;
  urls: string[];
}
