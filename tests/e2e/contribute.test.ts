import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, viewports } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist, fixtureBase, fixtureDist } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';

/** The contributor pages in a browser: the real site, and the fixture whose status page has lists. */
let browser: Browser;
let real: Awaited<ReturnType<typeof serve>>;
let fixture: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  [browser, real, fixture] = await Promise.all([launch(), serve(dist), serve(fixtureDist, fixtureBase)]);
});
afterAll(async () => {
  await browser?.close();
  await real?.close();
  await fixture?.close();
});

async function check(url: string, locale: string, viewport: { width: number; height: number } = viewports.desktop) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(locale);
    expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
    expect(await page.locator('main h1').count()).toBe(1);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(
      axe.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      ),
    ).toEqual([]);
    expect(errors).toEqual([]);
    return page;
  } finally {
    await context.close();
  }
}

describe('contributor pages', () => {
  for (const l of localeCodes) {
    it(`contribute (${l}): right lang and dir, no console errors, no axe violations`, () => check(`${real.url}${l}/contribute/`, l));
    it(`translation status (${l}), real site`, () => check(`${real.url}${l}/contribute/status/`, l));
    it(`translation status (${l}), fixture with untranslated entries, on a phone`, () => check(`${fixture.url}${l}/contribute/status/`, l, viewports.phone));
  }

  it('the footer of every page leads to the contribute page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${real.url}ar/`);
      await page.locator(`.site-footer a[href="/ar/contribute/"]`).click();
      await page.waitForURL('**/ar/contribute/');
      await page.locator('a[href="/ar/contribute/status/"]').click();
      await page.waitForURL('**/ar/contribute/status/');
      expect(await page.locator('[data-status-locale]').count()).toBe(3);
    } finally {
      await context.close();
    }
  });
});
