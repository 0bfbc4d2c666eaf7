import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { builtPages, page as built } from '../support/built-site.ts';
import { dist, root } from '../support/paths.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const guides = [
  ...new Set(
    builtPages(dist)
      .map((p) => /^\/en\/guides\/([^/]+)\/print\/$/.exec(p)?.[1])
      .filter((g): g is string => Boolean(g)),
  ),
];

describe('print and PDF', () => {
  it('has a print view for every guide', () => expect(guides.length).toBeGreaterThanOrEqual(2));

  for (const lang of ['en', 'ar', 'fr'] as const) {
    for (const guide of guides) {
      it(`${lang} ${guide}: the print view holds every chapter in order, without the site's navigation`, async () => {
        // The chapters as the guide page lists them.
        const $ = built(dist, `/${lang}/guides/${guide}/`);
        const expected = $('.chapter-list .chapter-title')
          .map((_, el) => $(el).text().trim())
          .get();
        const context = await browser.newContext({ viewport: { width: 800, height: 1100 } });
        const page = await context.newPage();
        try {
          await page.goto(`${server.url}${lang}/guides/${guide}/print/`);
          await page.emulateMedia({ media: 'print' });
          const titles = await page.locator('.print-chapter > h2').allTextContents();
          expect(titles.map((t) => t.trim())).toEqual(expected);
          expect(await page.locator('.print-toc li').count()).toBe(expected.length);
          expect(await page.locator('.site-header').isVisible()).toBe(false);
          expect(await page.locator('.site-footer').isVisible()).toBe(false);
          expect(
            await page
              .locator('.print-chapter')
              .first()
              .evaluate((el) => getComputedStyle(el).breakBefore),
          ).toBe('page');
          expect(await page.getAttribute('html', 'dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
          if (guide === guides[0]) await page.screenshot({ path: `${root}/tests/.output/print-${lang}.png` });
          const pdf = await page.pdf({ format: 'A4' });
          // One page for the cover and contents at least, then one or more per chapter.
          const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
          expect(pages).toBeGreaterThan(expected.length);
        } finally {
          await context.close();
        }
      });
    }
  }
});
