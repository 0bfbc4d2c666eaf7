import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';

/** Search across languages (docs/search.md, "Other languages") on the bundled site. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  // Compressing text as a static host does, so the bytes counted are those a reader downloads.
  [browser, server] = await Promise.all([launch(), serve(dist, '/', { gzip: true })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

interface Visit {
  page: Page;
  own: string[];
  /** The other-language group: its language, heading and results with their lang/dir. */
  group: { lang: string | null; heading: string; results: { href: string; lang: string; dir: string }[] };
  status: string;
  /** Pagefind's requests, by path, with their body bytes. */
  pagefind: { path: string; bytes: number }[];
}

async function visit(path: string, setup?: (page: Page) => Promise<unknown>): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  await setup?.(page);
  const sizes: Promise<{ path: string; bytes: number }>[] = [];
  page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => ({ path: new URL(r.url()).pathname, bytes: s.responseBodySize }))));
  await page.goto(`${server.url}${path.replace(/^\//, '')}`);
  await page.waitForSelector('[data-search-status][data-state=done]');
  const own = await page.locator('[data-search-results] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const group = await page.locator('[data-search-other]').evaluate((section) => ({
    lang: (section as HTMLElement).hidden ? null : ((section.querySelector('[data-search-other-group]') as HTMLElement).dataset.lang ?? null),
    heading: section.querySelector('h2')?.textContent ?? '',
    results: [...section.querySelectorAll('li')].map((li) => ({ href: li.querySelector('h3 a')?.getAttribute('href') ?? '', lang: li.lang, dir: li.dir })),
  }));
  const status = (await page.locator('[data-search-status]').textContent()) ?? '';
  const pagefind = (await Promise.all(sizes)).filter((r) => r.path.startsWith('/pagefind/'));
  return { page, own, group, status, pagefind };
}
/** The Arabic web font's faces the page has downloaded, once its fonts have settled. */
const arabicFontsLoaded = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.family.includes('Naskh') && f.status === 'loaded').map((f) => f.weight);
  });
const q = (lang: string, query: string, extra = '') => `/${lang}/search/?q=${encodeURIComponent(query)}${extra}`;
const bytes = (v: Visit) => v.pagefind.reduce((n, r) => n + r.bytes, 0);
/** Pagefind files of one language's index (its wasm, meta, index chunks, fragments, filters). */
const filesOf = (v: Visit, lang: string) => v.pagefind.filter((r) => new RegExp(`(^|[./])${lang}[_.]`).test(r.path.split('/').pop() ?? ''));

const RABAT = 'practices/rabat-gender-equality-partnerships/';
const IRAQ = 'practices/iraq-prevention-sub-committees/';

describe('search across languages', () => {
  it('an English query on the French page finds the Rabat practice in the labelled English group, with its own lang and dir', async () => {
    const v = await visit(q('fr', 'gender equality'));
    try {
      expect(v.own.length).toBeLessThan(3);
      expect(v.own.every((h) => h.startsWith('/fr/'))).toBe(true);
      expect(v.group.lang).toBe('en');
      expect(v.group.heading).toBe('En anglais');
      expect(v.group.results[0]).toEqual({ href: `/en/${RABAT}`, lang: 'en', dir: 'ltr' });
      expect(await v.page.locator('#search-other-intro').textContent()).toMatch(/^Peu de résultats en français\./);
      expect(v.status).toMatch(/Suivent des pages dans une autre langue\.$/);
      // The same search in English, one link away.
      expect(await v.page.locator('[data-search-other] a[hreflang=en]').getAttribute('href')).toBe('/en/search/?q=gender+equality');
      // The page's own result is not repeated in English.
      for (const own of v.own) expect(v.group.results.map((r) => r.href)).not.toContain(own.replace('/fr/', '/en/'));
      // Transfer: the English index was loaded for this search (one more language's search code, ~60 kB,
      // index chunk and at most three fragments; docs/search.md has the figures), the Arabic one was not,
      // nor the filter counts of a closed filter panel. Within the 200 kB for a first search.
      expect(filesOf(v, 'en').some((r) => r.path.includes('wasm.en'))).toBe(true);
      expect(filesOf(v, 'en').filter((r) => r.path.includes('/fragment/')).length).toBeLessThanOrEqual(3);
      expect(filesOf(v, 'ar')).toEqual([]);
      expect(v.pagefind.filter((r) => r.path.includes('/filter/'))).toEqual([]);
      expect(bytes(v)).toBeLessThanOrEqual(200_000);
      // The page's only Arabic is the language menu's «العربية», in the system face: no web font downloaded.
      expect(await arabicFontsLoaded(v.page)).toEqual([]);
      console.log(`first search for "gender equality" on /fr/, with the English group: ${bytes(v)} B`);
    } finally {
      await v.page.close();
    }
  });

  it('mirror cases: a French query on the Arabic page, an Arabic query on the English page', async () => {
    const ar = await visit(q('ar', 'égalité femmes-hommes'));
    try {
      expect(ar.group.lang).toBe('fr');
      expect(ar.group.heading).toBe('باللغة الفرنسية');
      expect(ar.group.results[0]).toEqual({ href: `/fr/${RABAT}`, lang: 'fr', dir: 'ltr' });
      const result = await new AxeBuilder({ page: ar.page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(result.violations.map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    } finally {
      await ar.page.close();
    }
    const en = await visit(q('en', 'لجان فرعية'));
    try {
      expect(en.group.lang).toBe('ar');
      expect(en.group.heading).toBe('In Arabic');
      expect(en.group.results.map((r) => r.href)).toContain(`/ar/${IRAQ}`);
      expect(en.group.results.every((r) => r.lang === 'ar' && r.dir === 'rtl')).toBe(true);
      // Arabic results are set in the site's Arabic face, downloaded when they appear.
      expect(await arabicFontsLoaded(en.page)).not.toEqual([]);
    } finally {
      await en.page.close();
    }
  });

  it('the other-language group keeps the filters: type chapter gives chapters only', async () => {
    const v = await visit(q('fr', 'gender equality', '&type=chapter'));
    try {
      expect(v.group.lang).toBe('en');
      expect(v.group.results.length).toBeGreaterThan(0);
      expect(
        v.group.results.every((r) => /^\/en\/guides\/[^/]+\/[^/]+\/$/.test(r.href)),
        JSON.stringify(v.group.results),
      ).toBe(true);
    } finally {
      await v.page.close();
    }
  });

  it('French and Arabic inflection: "rapports trimestriels" and "تقارير ربع سنوية" find the Iraq practice in the page’s own language', async () => {
    const fr = await visit(q('fr', 'rapports trimestriels'));
    const ar = await visit(q('ar', 'تقارير ربع سنوية'));
    try {
      expect(fr.own).toContain(`/fr/${IRAQ}`);
      expect(ar.own).toContain(`/ar/${IRAQ}`);
    } finally {
      await fr.page.close();
      await ar.page.close();
    }
  });

  it('a first search with enough results loads no other index and stays ≤ 200 kB', async () => {
    const v = await visit(q('en', 'municipality'));
    try {
      expect(v.own.length).toBeGreaterThanOrEqual(3);
      expect(v.group.lang).toBeNull();
      expect(filesOf(v, 'fr')).toEqual([]);
      expect(filesOf(v, 'ar')).toEqual([]);
      expect(bytes(v)).toBeLessThanOrEqual(200_000);
      console.log(`first search for "municipality" on /en/: ${bytes(v)} B`);
    } finally {
      await v.page.close();
    }
  });

  it('when the other index cannot load (offline, not saved), the page shows its own results and no error', async () => {
    const v = await visit(q('fr', 'gender equality'), (page) =>
      page.route(/\/pagefind\/(wasm\.en|pagefind\.en_|index\/en_|fragment\/en_)/, (route) => route.abort()),
    );
    try {
      expect(v.own.length).toBeGreaterThan(0);
      expect(v.group.lang).toBeNull();
      expect(v.status).toMatch(/^1 résultat pour/);
      expect(await v.page.locator('[data-search-other]').isHidden()).toBe(true);
    } finally {
      await v.page.close();
    }
  });
});
