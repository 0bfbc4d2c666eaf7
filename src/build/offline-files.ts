import { readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateSW, type GenerateSWOptions, type RuntimeCaching } from 'workbox-build';
import { localeCodes, localePattern } from '../config/locales.ts';
import { offlineCaches, offlineManifestPath, type OfflineFile, type OfflineManifest } from '../lib/offline-config.ts';
import { listFiles } from './list-files.ts';
import { markupText } from '../lib/search/text.ts';

type WorkboxPlugin = NonNullable<NonNullable<RuntimeCaching['options']>['plugins']>[number];
/** The constructor of async functions, for a callback written as text (it must survive serialisation). */
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as FunctionConstructor;

/**
 * Pages in the order a reader meets them, so the offline page lists a saved guide as it reads: by address,
 * except that in a guide the introduction comes first, then the chapters by their number (the
 * `data-reading-order` of a chapter page), then the print version.
 */
export function readingOrder(pages: readonly string[], read: (page: string) => string): string[] {
  const key = (p: string) => {
    const guide = /^(.*\/guides\/[^/]+\/)(.*)$/.exec(p);
    if (!guide) return [p, 0] as const;
    if (guide[2] === 'index.html') return [guide[1]!, 0] as const;
    if (guide[2] === 'print/index.html') return [guide[1]!, Number.MAX_SAFE_INTEGER] as const;
    const order = Number(/data-reading-order="(\d+)"/.exec(read(p))?.[1] ?? Number.MAX_SAFE_INTEGER - 1);
    return [guide[1]!, order] as const;
  };
  const keys = new Map(pages.map((p) => [p, key(p)]));
  return [...pages].sort((a, b) => {
    const [pa, oa] = keys.get(a)!;
    const [pb, ob] = keys.get(b)!;
    return pa === pb ? oa - ob : pa < pb ? -1 : 1;
  });
}

/**
 * A page's heading, for the offline page's list of saved pages. Only the first `<h1>` of `<main>` is
 * parsed, not the whole page: at 10,000 practices the build has 30,000 pages to read.
 */
export function pageTitle(html: string): string {
  const main = html.indexOf('<main');
  const h1 = main < 0 ? null : /<h1[\s>][\s\S]*?<\/h1>/.exec(html.slice(main));
  // Line breaks of the markup fold to spaces; no-break spaces (French « : ») stay as written.
  return h1
    ? markupText(h1[0])
        .replace(/[ \t\n\r\f]+/g, ' ')
        .trim()
    : '';
}

/**
 * After the pages and the search index are written: the per-language lists of what "Make available
 * offline" saves, and a Workbox service worker whose precache manifest knows every shell file by revision.
 * `version` is the build's identifier (the pages' `/offline/version.txt`).
 */
export async function writeOfflineFiles(out: string, base: string, version: string, log: (message: string) => void): Promise<void> {
  const { files } = listFiles(out, { dotFiles: true });
  const size = (rel: string) => statSync(join(out, rel)).size;
  const url = (rel: string) => base + rel.replace(/(^|\/)index\.html$/, '$1');

  let savablePages = 0;
  for (const locale of localeCodes) {
    const pages = readingOrder(
      // A practice's one-page brief is for printing what the practice page already holds: saving it too
      // would add a page (and its QR code) per practice to every offline copy.
      files.filter((f) => f.startsWith(`${locale}/`) && f.endsWith('.html') && !f.startsWith(`${locale}/404/`) && !/\/practices\/[^/]+\/brief\//.test(f)),
      (p) => readFileSync(join(out, p), 'utf8'),
    );
    savablePages += pages.length;
    const titles: Record<string, string> = {};
    for (const p of pages) titles[url(p)] = pageTitle(readFileSync(join(out, p), 'utf8'));
    // Pagefind's entry is fetched with the build's cache tag, so the saved copy matches exactly.
    const search = files.filter(
      (f) =>
        /^pagefind\/(pagefind\.js|pagefind-worker\.js)$/.test(f) ||
        f === `pagefind/wasm.${locale}.pagefind` ||
        new RegExp(`^pagefind/(pagefind\\.${locale}_[^/]+\\.pf_meta|(index|fragment|filter)/${locale}_[^/]+)$`).test(f),
    );
    // The templates' Word and Markdown downloads, so that a saved template page can still hand them out.
    const downloads = files.filter((f) => new RegExp(`^${locale}/templates/[^/]+\\.(docx|md)$`).test(f));
    savablePages += downloads.length;
    const list: OfflineFile[] = [
      ...pages.map((p) => ({ url: url(p), bytes: size(p) })),
      ...downloads.map((f) => ({ url: url(f), bytes: size(f) })),
      ...search.map((f) => ({ url: url(f), bytes: size(f) })),
      { url: `${base}pagefind/pagefind-entry.json?ts=${version}`, bytes: size('pagefind/pagefind-entry.json') },
    ];
    const guides: OfflineManifest['guides'] = {};
    for (const p of pages) {
      const m = new RegExp(`^${locale}/guides/([^/]+)/`).exec(p);
      if (!m) continue;
      const g = (guides[m[1]!] ??= { bytes: 0, files: [] });
      g.files.push({ url: url(p), bytes: size(p) });
      g.bytes += size(p);
    }
    const manifest: OfflineManifest = { version, locale, bytes: list.reduce((s, f) => s + f.bytes, 0), files: list, titles, guides };
    const target = join(out, offlineManifestPath(locale));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, JSON.stringify(manifest));
    log(`offline ${locale}: ${list.length} files, ${(manifest.bytes / 1024).toFixed(0)} kB`);
  }

  const { count, size: precacheBytes, warnings } = await generateSW(serviceWorkerOptions(out, base, savablePages));
  for (const w of warnings) log(`warning: ${w}`);
  log(`service worker: ${count} files precached (${(precacheBytes / 1024).toFixed(0)} kB)`);
}

/**
 * Entries the runtime cache of pages may hold (Workbox's ExpirationPlugin, least recently used out first,
 * counted over the whole cache that the languages' routes share). "Make available offline" stores its
 * copies in this same cache (src/client/offline-store.ts), and once a saved page is opened the plugin
 * counts it like any visited one, so the cap must stay above all that can be saved: every page in every
 * language. Keys carry no query, so a live build accounts for at most one entry per page; at twice that,
 * a saved copy could only be evicted after as many pages again were removed by later builds and opened
 * more recently than it.
 */
export function pageCacheEntries(savablePages: number): number {
  return 2 * Math.max(1, savablePages);
}

/**
 * A Workbox plugin: every page is cached under its address without the query. Pages are static, so
 * `?q=` (search) or `?app` (start page) never changes what is served, and keying on the query kept one
 * copy of the search page per search. (Serialised into sw.js, so a literal function.)
 */
export const pageCacheKey: WorkboxPlugin = {
  cacheKeyWillBeUsed: new AsyncFunction('{ request }', "const url = new URL(request.url); url.search = ''; return url.href;") as NonNullable<
    WorkboxPlugin['cacheKeyWillBeUsed']
  >,
};

/** What `generateSW` gets: the precached shell and the runtime routes. `savablePages`: pages of all languages. */
export function serviceWorkerOptions(out: string, base: string, savablePages: number): GenerateSWOptions {
  return {
    swDest: join(out, 'sw.js'),
    globDirectory: out,
    globPatterns: [
      '_astro/*.{css,js,woff2}',
      'scripts/*.js',
      'favicon.svg',
      'icons/*.png',
      '*/manifest.webmanifest',
      'index.html',
      'offline/version.txt',
      ...localeCodes.flatMap((l) => [`${l}/index.html`, `${l}/about/index.html`, `${l}/offline/index.html`]),
    ],
    // Precache URLs are the site's own (directory URLs, under the base path).
    modifyURLPrefix: { '': base },
    manifestTransforms: [async (entries) => ({ manifest: entries.map((e) => ({ ...e, url: e.url.replace(/(^|\/)index\.html$/, '$1') })), warnings: [] })],
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // A new build waits until the reader agrees to refresh (the page shows the notice).
    skipWaiting: false,
    clientsClaim: true,
    navigationPreload: false,
    sourcemap: false,
    mode: 'production',
    inlineWorkboxRuntime: true,
    runtimeCaching: runtimeCaching(base, savablePages),
  };
}

function runtimeCaching(base: string, savablePages: number): RuntimeCaching[] {
  const esc = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // The cache that holds visited pages and the saved copies, as every route into it reads and writes it.
  const savedCopies = {
    cacheName: offlineCaches.pages,
    // Stored and read without the query; ignoreSearch still finds copies kept under a query by
    // earlier workers, and the cap deletes those along with the page's own entry.
    plugins: [pageCacheKey],
    matchOptions: { ignoreSearch: true },
    expiration: { maxEntries: pageCacheEntries(savablePages), matchOptions: { ignoreSearch: true } },
  };
  return [
    ...localeCodes.map((l) => ({
      // Navigations only: "Make available offline" fetches the same pages itself and must reach
      // the network, not this route's cached copy. (Serialised into sw.js, so literals only.)
      urlPattern: new Function('{ request, url }', `return request.mode === 'navigate' && url.pathname.startsWith(${JSON.stringify(`${base}${l}/`)});`) as (o: {
        request: Request;
        url: URL;
      }) => boolean,
      handler: 'StaleWhileRevalidate' as const,
      options: { ...savedCopies, precacheFallback: { fallbackURL: `${base}${l}/offline/` } },
    })),
    {
      // A template's downloads (in the saved copy of its language): from the network when there is one, so
      // that saving or refreshing a copy gets the current file, else the saved one.
      urlPattern: new RegExp(`${esc}(${localePattern})/templates/[^/]+\\.(docx|md)$`),
      handler: 'NetworkFirst' as const,
      options: savedCopies,
    },
    {
      urlPattern: new RegExp(`${esc}pagefind/.*\\.(pf_meta|pf_index|pf_fragment|pf_filter)$|${esc}pagefind/pagefind-entry\\.json\\?`),
      handler: 'CacheFirst' as const,
      options: { cacheName: offlineCaches.search },
    },
    {
      urlPattern: new RegExp(`${esc}pagefind/`),
      handler: 'NetworkFirst' as const,
      options: { cacheName: offlineCaches.search, networkTimeoutSeconds: 4 },
    },
    { urlPattern: new RegExp(`${esc}_astro/`), handler: 'CacheFirst' as const, options: { cacheName: offlineCaches.assets } },
  ];
}
