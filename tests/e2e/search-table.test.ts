import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { fixtureBase, fixtureDist } from '../support/paths.ts';
import { searchCases } from '../fixtures/search-queries.ts';
import { resultsFor } from '../support/search-runner.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve(fixtureDist, fixtureBase)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search table (fixture site, real Pagefind index)', () => {
  for (const c of searchCases) {
    it(`${c.lang}: ${c.rule}${c.q ? ` — ${c.q}` : ''}`, async () => {
      const got = await resultsFor(browser, server.url, c);
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
