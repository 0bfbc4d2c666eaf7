import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, viewports } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';

/**
 * The search page's place line (written from the search records, not the pages) names Lebanon's Tripoli
 * with its country, as the pages do (tests/build/city-names.test.ts).
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string) {
  const context = await browser.newContext({ viewport: viewports.desktop });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined)); // the browser may already be gone
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return page;
}

describe("search results name Lebanon's Tripoli with its country", () => {
  const expected = { en: 'Tripoli (Lebanon)', ar: 'طرابلس (لبنان)', fr: 'Tripoli (Liban)' } as const;
  for (const locale of localeCodes) {
    it(`${locale}: the place line of a practice in the city reads “${expected[locale]}”`, async () => {
      const page = await open(`${locale}/search/?city=tripoli-lb`);
      try {
        await page.waitForSelector('[data-search-status][data-state=done]');
        const places = await page.locator('[data-search-results] .card-meta span:nth-child(2)').allTextContents();
        expect(places.length).toBeGreaterThan(0);
        // The practices in the city, and only those: each line names the city with its country.
        for (const place of places) expect(place).toContain(expected[locale]);
      } finally {
        await page.close();
      }
    });
  }
});
