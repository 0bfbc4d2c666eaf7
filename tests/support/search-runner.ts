import type { Browser } from 'playwright-core';
import type { SearchCase } from '../fixtures/search-queries.ts';

/**
 * Runs one search case and lists the result paths relative to the language root. By default it goes
 * through the site's own search page (query folding, Pagefind, rendering) as a reader would; `raw`
 * queries Pagefind's JS API directly with the query as typed, to measure Pagefind alone.
 */
export async function resultsFor(browser: Browser, siteUrl: string, c: SearchCase, options: { raw?: boolean } = {}): Promise<string[]> {
  const params = new URLSearchParams();
  if (c.q && !options.raw) params.set('q', c.q);
  for (const [group, values] of Object.entries(c.filters ?? {})) for (const v of values) if (!options.raw) params.append(group, v);
  const context = await browser.newContext();
  const page = await context.newPage();
  const prefix = `${new URL(siteUrl).pathname}${c.lang}/`;
  try {
    await page.goto(`${siteUrl}${c.lang}/search/${params.size ? `?${params}` : ''}`);
    let hrefs: string[];
    if (options.raw) {
      hrefs = await page.evaluate(
        async ({ src, q, filters }) => {
          const pf = await import(src);
          await pf.options({ baseUrl: '/' });
          const any = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, { any: v }]));
          const r = await pf.search(q ?? null, { filters: any });
          const data = await Promise.all(r.results.slice(0, 20).map((x: { data: () => Promise<{ url: string }> }) => x.data()));
          return data.map((d: { url: string }) => d.url);
        },
        { src: `${new URL(siteUrl).pathname}pagefind/pagefind.js`, q: c.q, filters: c.filters ?? {} },
      );
    } else {
      await page.waitForSelector('[data-search-status][data-state=done]');
      hrefs = await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    }
    return hrefs.map((h) => (h.startsWith(prefix) ? h.slice(prefix.length) : h));
  } finally {
    await context.close();
  }
}
