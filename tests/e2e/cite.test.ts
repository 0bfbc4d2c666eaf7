import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { builtPages } from '../support/built-site.ts';
import { dist } from '../support/paths.ts';

/**
 * Cite and share in a browser: "Share…" appears only where the Web Share API exists and hands it the
 * page's title and address; the citation downloads are served; in print, the cite and share controls
 * are gone. One browser, the three languages in one context each.
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

const practice = builtPages(dist)
  .find((p) => /^\/en\/practices\/[^/]+\/$/.test(p))!
  .slice('/en/'.length);
const languages = ['ar', 'fr', 'en'] as const;

describe('cite and share', () => {
  it('with the Web Share API: "Share…" is shown and shares the title and address, in each language; the open block passes axe; print hides cite and share', async () => {
    const context = await browser.newContext();
    // A stand-in for the device's share sheet, which headless Chromium does not have.
    await context.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.defineProperty(window, 'shareCalls', { value: calls });
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: ShareData) => (calls.push(data), Promise.resolve()) });
    });
    const page = await context.newPage();
    try {
      for (const lang of languages) {
        await page.goto(`${server.url}${lang}/${practice}`);
        const button = page.locator('[data-share]');
        await button.waitFor({ state: 'visible' });
        await button.click();
        const calls = await page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls);
        const title = (await page.locator('main h1').textContent())!.trim();
        const url = await page.locator('link[rel="canonical"]').getAttribute('href');
        expect(calls).toEqual([{ title, url }]);
        // The download is served beside the page.
        const href = await page.locator('details.cite a[download]').first().getAttribute('href');
        const response = await page.request.get(new URL(href!, page.url()).href);
        expect(response.ok()).toBe(true);
        expect(await response.text()).toContain(url!);
        // Open, with its button shown, the block passes axe (the page tests see it closed).
        await page.locator('details.cite summary').click();
        const axe = await new AxeBuilder({ page }).include('.cite-share').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => `${lang} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('.share').isVisible()).toBe(false);
        expect(await page.locator('details.cite').isVisible()).toBe(false);
        await page.emulateMedia({ media: 'screen' });
      }
    } finally {
      await context.close();
    }
  });

  it('without the Web Share API: no "Share…" button, the plain links stay', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}fr/${practice}`);
      await page.waitForLoadState('load');
      expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');
      expect(await page.locator('[data-share]').isHidden()).toBe(true);
      const links = await page.locator('.share a').evaluateAll((as) => as.map((a) => [new URL((a as HTMLAnchorElement).href).protocol, a.getAttribute('rel')]));
      expect(links).toEqual([
        ['mailto:', 'noopener'],
        ['https:', 'noopener'],
        ['https:', 'noopener'],
      ]);
    } finally {
      await context.close();
    }
  });
});
