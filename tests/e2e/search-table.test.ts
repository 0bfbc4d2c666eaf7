import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { fixtureBase, fixtureDist } from '../support/paths.ts';
import { searchCases } from '../fixtures/search-queries.ts';
import { searchOn } from '../support/search-runner.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve(fixtureDist, fixtureBase)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One search page per language, kept open from case to case (tests run in order within the file). */
const pages = new Map<string, Promise<Page>>();
const pageFor = (lang: string) => {
  let page = pages.get(lang);
  if (!page) pages.set(lang, (page = browser.newContext().then((context) => context.newPage())));
  return page;
};

describe('search table (fixture site, real Pagefind index)', () => {
  for (const c of searchCases) {
    it(`${c.lang}: ${c.rule}${c.q ? ` — ${c.q}` : ''}`, async () => {
      const got = await searchOn(await pageFor(c.lang), server.url, c);
      if (c.first) expect(got[0], JSON.stringify(got)).toBe(c.first);
      for (const p of c.includes ?? []) expect(got, JSON.stringify(got)).toContain(p);
      for (const p of c.excludes ?? []) expect(got).not.toContain(p);
      if (c.exactly) expect([...got].sort()).toEqual([...c.exactly].sort());
    });
  }
  it('has at least 15 cases per language', () => {
    for (const l of ['en', 'ar', 'fr']) expect(searchCases.filter((c) => c.lang === l).length).toBeGreaterThanOrEqual(15);
  });
});
