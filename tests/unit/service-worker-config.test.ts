import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSW, type RuntimeCaching } from 'workbox-build';
import { pageCacheEntries, pageCacheKey, serviceWorkerOptions } from '../../src/build/offline-files.ts';
import { offlineCaches } from '../../src/lib/offline-config.ts';
import { localeCodes } from '../../src/config/locales.ts';

/**
 * The options the build gives Workbox for the service worker (src/build/offline-files.ts): the
 * runtime cache of pages keeps one copy per page whatever its query, and is capped above what a reader
 * can save for offline use (the saved copies live in the same cache).
 */

const base = '/hub/';
const savable = 30_000;
const routes = serviceWorkerOptions('/tmp/out', base, savable).runtimeCaching ?? [];
const pageRoutes = routes.filter((r) => r.options?.cacheName === offlineCaches.pages);
/** The languages' navigation routes, then the templates' downloads. */
const navigationRoutes = pageRoutes.slice(0, localeCodes.length);
const downloadRoute = pageRoutes[localeCodes.length]!;
type Matcher = (o: { request: { mode: string }; url: URL }) => boolean;
const matches = (route: RuntimeCaching, url: string, mode = 'navigate') => (route.urlPattern as unknown as Matcher)({ request: { mode }, url: new URL(url) });
const cacheKey = (url: string) => (pageCacheKey.cacheKeyWillBeUsed as unknown as (o: { request: Request }) => Promise<string>)({ request: new Request(url) });

describe('service worker: the runtime cache of pages', () => {
  it('has one navigation route per language, all into the pages cache', () => {
    expect(pageRoutes).toHaveLength(localeCodes.length + 1);
    for (const [i, l] of localeCodes.entries()) {
      expect(matches(navigationRoutes[i]!, `https://example.org${base}${l}/search/?q=x`)).toBe(true);
      expect(matches(navigationRoutes[i]!, `https://example.org${base}${l}/search/?q=x`, 'cors')).toBe(false);
    }
  });

  it('serves the templates’ Word and Markdown files from the network first, else from the saved copy', () => {
    expect(downloadRoute.handler).toBe('NetworkFirst');
    const pattern = downloadRoute.urlPattern as RegExp;
    for (const l of localeCodes) {
      expect(pattern.test(`https://example.org${base}${l}/templates/indicator-menu.docx`)).toBe(true);
      expect(pattern.test(`https://example.org${base}${l}/templates/indicator-menu.md`)).toBe(true);
      expect(pattern.test(`https://example.org${base}${l}/templates/indicator-menu/`)).toBe(false);
    }
    expect(pattern.test(`https://example.org${base}en/practices/x.docx`)).toBe(false);
  });

  it('stores and reads a page under its address without the query, so the search page is cached once', async () => {
    for (const route of pageRoutes) {
      expect(route.options?.plugins).toContain(pageCacheKey);
      expect(route.options?.matchOptions).toEqual({ ignoreSearch: true });
    }
    const keys = await Promise.all(['', '?q=youth', "?q=a$%26b$'c", '?q=other&type=chapter'].map((q) => cacheKey(`https://example.org${base}ar/search/${q}`)));
    expect(new Set(keys)).toEqual(new Set([`https://example.org${base}ar/search/`]));
    expect(await cacheKey(`https://example.org${base}en/practices/rabat/?app`)).toBe(`https://example.org${base}en/practices/rabat/`);
  });

  it('caps the cache above the number of pages a reader can save in every language', () => {
    for (const route of pageRoutes) {
      const max = route.options?.expiration?.maxEntries;
      expect(max).toBe(pageCacheEntries(savable));
      expect(max).toBeGreaterThan(savable);
    }
    for (const n of [0, 1, 42, 30_000]) expect(pageCacheEntries(n)).toBeGreaterThan(n);
  });

  it('leaves the search index and assets caches as they were (no cap on saved search files)', () => {
    for (const route of routes.filter((r) => r.options?.cacheName !== offlineCaches.pages)) expect(route.options?.expiration).toBeUndefined();
  });
});

describe('service worker: the generated sw.js', () => {
  const out = mkdtempSync(join(tmpdir(), 'sw-config-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('carries the cache-key plugin and the cap into the worker', async () => {
    for (const file of [
      'index.html',
      'offline/version.txt',
      ...localeCodes.flatMap((l) => [`${l}/index.html`, `${l}/about/index.html`, `${l}/offline/index.html`]),
    ]) {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), file);
    }
    await generateSW(serviceWorkerOptions(out, base, 7));
    const sw = readFileSync(join(out, 'sw.js'), 'utf8');
    // Each page route's strategy, up to the end of its registerRoute call (the code is minified).
    const pageStrategies = sw
      .split(`cacheName:"${offlineCaches.pages}"`)
      .slice(1)
      .map((s) => s.slice(0, s.indexOf('"GET"')));
    expect(pageStrategies).toHaveLength(localeCodes.length + 1); // and the templates' downloads
    for (const s of pageStrategies) {
      expect(s).toContain('cacheKeyWillBeUsed:async function');
      expect(s).toMatch(/\.search="",\w+\.href/);
      expect(s).toMatch(/\{maxEntries:14,matchOptions:\{ignoreSearch:!0\}\}/);
    }
  }, 60_000);
});
