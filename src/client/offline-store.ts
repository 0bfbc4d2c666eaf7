/** The reader's saved copies: what was saved, when, and which build it came from. */
import { offlineCaches, savedCopiesKey, type SavedCopy } from '../lib/offline-config.ts';

export function savedCopies(): Record<string, SavedCopy & { title?: string; titles?: Record<string, string> }> {
  try {
    return JSON.parse(localStorage.getItem(savedCopiesKey) ?? '{}') as Record<string, SavedCopy>;
  } catch {
    return {};
  }
}

export function writeSavedCopies(copies: ReturnType<typeof savedCopies>): void {
  localStorage.setItem(savedCopiesKey, JSON.stringify(copies));
}

/** Pagefind's files go to the search cache the service worker reads; pages to the pages cache. */
export const cacheFor = (url: string) => (url.includes('/pagefind/') ? offlineCaches.search : offlineCaches.pages);

/** Deletes URLs from the caches unless another saved copy still needs them. */
export async function forget(urls: readonly string[], keepFor: ReturnType<typeof savedCopies>): Promise<void> {
  const needed = new Set(Object.values(keepFor).flatMap((c) => c.urls));
  await Promise.all(urls.filter((u) => !needed.has(u)).map(async (u) => (await caches.open(cacheFor(u))).delete(u)));
}

export function formatBytes(bytes: number, intl: string): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(intl, { style: 'unit', unit: mb ? 'megabyte' : 'kilobyte', maximumFractionDigits: mb ? 1 : 0 }).format(
    mb ? bytes / 1024 / 1024 : Math.max(1, bytes / 1024),
  );
}

export const fill = (template: string, values: Record<string, string>) =>
  // A replacer function: a value is inserted as written, never read as a `$&` pattern.
  template.replace(/\{\{(\w+)\}\}/g, (placeholder, key: string) => (Object.hasOwn(values, key) ? values[key]! : placeholder));
