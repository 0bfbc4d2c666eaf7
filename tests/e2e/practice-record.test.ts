import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, viewports } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';

/**
 * A reader of a practice page sees how much is known: the status with the date it was reported, the review
 * level in a sentence, the evidence level and card (each item reported, partly reported or "not reported"),
 * and a link to the page that defines the scale.
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

const slug = 'rabat-gender-equality-partnerships';
const expected = {
  en: {
    status: 'Ongoing (as reported, March 2023)',
    review: 'Compiled by the hub from public sources',
    notReported: 'Not reported in the sources.',
    scale: 'How the evidence levels are defined',
    heading: 'How this knowledge base grades evidence',
  },
  ar: {
    status: 'جارية (بحسب ما أُفيد في مارس 2023)',
    review: 'جمعها المركز من مصادر عامة',
    notReported: 'لا تذكره المصادر.',
    scale: 'كيف تُحدَّد درجات الأدلة',
    heading: 'كيف تقيّم قاعدة المعارف هذه الأدلة',
  },
  fr: {
    status: 'En cours (selon les sources, mars 2023)',
    review: 'Compilée par le Pôle à partir de sources publiques',
    notReported: 'Non renseigné dans les sources.',
    scale: 'Comment les niveaux de preuve sont définis',
    heading: 'Comment cette base de connaissances évalue les preuves',
  },
} as const;

describe('practice record: status, review and evidence as a reader sees them', () => {
  for (const [locale, want] of Object.entries(expected)) {
    it(`${locale}: the as-reported status, the review sentence, the evidence card and its scale page`, async () => {
      const context = await browser.newContext({ viewport: viewports.phone });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}${locale}/practices/${slug}/`);
        const facts = page.locator('.facts');
        await expect.poll(() => facts.innerText()).toContain(want.status);
        expect(await facts.innerText()).toContain(want.review);
        expect(await facts.innerText()).toContain('26');

        const card = page.locator('[data-assessment=card]');
        expect(await card.isVisible()).toBe(true);
        // Reported items carry the text's note; unreported ones say so, never a guess.
        expect(await card.locator('[data-item=context][data-state=reported] dd').innerText()).not.toBe('');
        expect(await card.locator('[data-item=cost][data-state=not-reported] dd').innerText()).toBe(want.notReported);
        expect(await card.locator('[data-item=effect][data-state=partly-reported] dd').innerText()).toContain('80');
        for (const group of ['transferability', 'risks']) expect(await page.locator(`[data-assessment=${group}] [data-item]`).count()).toBeGreaterThan(3);

        await card.getByRole('link', { name: want.scale }).click();
        await page.waitForURL(`**/${locale}/about/evidence/`);
        expect(await page.locator('h1').innerText()).toBe(want.heading);
        expect(await page.locator('html').getAttribute('dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        // The scale's five levels are on the page.
        expect(await page.locator('.prose table tbody tr').count()).toBe(5);
      } finally {
        await context.close();
      }
    });
  }

  it('the practice list can be narrowed by evidence level, review level and the year the status was reported', async () => {
    const page = await browser.newPage({ viewport: viewports.desktop });
    try {
      await page.goto(`${server.url}en/practices/`);
      await page.locator('[data-browse-filters]').evaluate((d: HTMLDetailsElement) => (d.open = true));
      const visible = () => page.locator('[data-browse-card]:visible').count();
      const all = await visible();
      expect(all).toBeGreaterThanOrEqual(15);
      await page.locator('[data-browse-filters] input[name=evidence][value="1"]').check();
      await expect.poll(visible).toBeLessThan(all);
      const level1 = await visible();
      expect(level1).toBeGreaterThan(0);
      // Every card left shows level 1 on its page's data.
      expect(await page.locator('[data-browse-card]:visible').evaluateAll((cards) => cards.every((c) => (c as HTMLElement).dataset.evidence === '1'))).toBe(
        true,
      );
      await page.locator('[data-browse-filters] input[name=asOf][value="2023"]').check();
      await expect.poll(visible).toBeLessThanOrEqual(level1);
    } finally {
      await page.close();
    }
  });
});
