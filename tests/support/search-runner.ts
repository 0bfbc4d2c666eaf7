import type { Browser, Page } from 'playwright-core';
import type { SearchCase } from '../fixtures/search-queries.ts';

/**
 * Runs one search case and lists the result paths relative to the language root. By default it goes
 * through the site's own search page (query folding, Pagefind, rendering) as a reader would; `raw`
 * queries Pagefind's JS API directly with the query as typed, to measure Pagefind alone.
 */
export async function resultsFor(browser: Browser, siteUrl: string, c: SearchCase, options: { raw?: boolean } = {}): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    if (!options.raw) return await searchOn(page, siteUrl, c);
    await page.goto(`${siteUrl}${c.lang}/search/`);
    const hrefs = await page.evaluate(
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
    return relative(siteUrl, c, hrefs);
  } finally {
    await context.close();
  }
}

/** Result addresses relative to the case's language root (`practices/x/`). */
function relative(siteUrl: string, c: SearchCase, hrefs: string[]): string[] {
  const prefix = `${new URL(siteUrl).pathname}${c.lang}/`;
  return hrefs.map((h) => (h.startsWith(prefix) ? h.slice(prefix.length) : h));
}

/**
 * The same search through the site's search page, on a page kept open for its language: the first case
 * loads it; each later one changes the address as the back and forward buttons do (`popstate`: the page
 * reads the query and filters from the URL and searches again), without loading the page and Pagefind
 * anew. The page sets its status to busy in the same event, so the wait below is for this search.
 */
export async function searchOn(page: Page, siteUrl: string, c: SearchCase): Promise<string[]> {
  const params = new URLSearchParams();
  if (c.q) params.set('q', c.q);
  for (const [group, values] of Object.entries(c.filters ?? {})) for (const v of values) params.append(group, v);
  const searchPage = `${siteUrl}${c.lang}/search/`;
  const target = `${searchPage}${params.size ? `?${params}` : ''}`;
  if (page.url().split('?')[0] !== searchPage) await page.goto(target);
  else
    await page.evaluate((url) => {
      history.pushState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
    }, target);
  await page.waitForSelector('[data-search-status][data-state=done]');
  return relative(siteUrl, c, await page.locator('[data-search-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? '')));
}
