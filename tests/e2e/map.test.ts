import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, viewports } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { t } from '../../src/lib/i18n.ts';

/**
 * The region map as a reader sees it, at phone and desktop widths: Morocco and Western Sahara divided by
 * a dashed line, Western Sahara the colour of the land around it (not a country of its own), and the note
 * on boundaries and names legible under the map in the page's language and direction.
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

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined)); // the browser may already be gone
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return page;
}

/** What is drawn at a point of the screen: the link it belongs to, and the fill a reader sees there. */
const drawnAt = (page: Page, x: number, y: number) =>
  page.evaluate(
    ([px, py]) => {
      const el = document.elementFromPoint(px!, py!);
      return { className: el?.getAttribute('class') ?? '', link: el?.closest('a')?.getAttribute('href') ?? null, fill: el ? getComputedStyle(el).fill : '' };
    },
    [x, y],
  );

describe('region map', () => {
  for (const locale of localeCodes) {
    for (const path of [`${locale}/`, `${locale}/countries/`]) {
      for (const [size, viewport] of Object.entries(viewports)) {
        it(`${path} (${size}): a dashed boundary south of Morocco, Western Sahara as plain land, the note under the map`, async () => {
          const page = await open(path, viewport);
          try {
            const figure = page.locator('figure.region-map');
            await figure.scrollIntoViewIfNeeded();

            const line = figure.locator('path.undetermined');
            // The figure (map, city list, note) can be taller than a phone's screen: bring the line itself into view.
            await line.scrollIntoViewIfNeeded();
            expect(await line.evaluate((el) => getComputedStyle(el).strokeDasharray)).not.toBe('none');
            const box = (await line.boundingBox())!;
            expect(box.width).toBeGreaterThan(8);
            expect(box.height).toBeLessThan(4);

            // Just north of the line, Morocco (a link to its page); just south, land like its neighbours.
            const x = box.x + box.width / 2;
            const mid = box.y + box.height / 2;
            const north = await drawnAt(page, x, mid - 5);
            expect(north.link).toMatch(/\/countries\/ma\/$/);
            const south = await drawnAt(page, x, mid + 5);
            expect(south.link).toBeNull();
            expect(south.className).toMatch(/\bland\b/);
            const land = await figure
              .locator('path.land')
              .first()
              .evaluate((el) => getComputedStyle(el).fill);
            expect(south.fill).toBe(land);
            expect(south.fill).not.toBe(north.fill);

            const note = figure.locator('.map-note');
            expect(await note.isVisible()).toBe(true);
            expect((await note.textContent())?.trim()).toBe(t(locale)('map.disclaimer'));
            const svgBox = (await figure.locator('svg').boundingBox())!;
            expect((await note.boundingBox())!.y).toBeGreaterThanOrEqual(svgBox.y + svgBox.height);
            const style = await note.evaluate((el) => ({ size: parseFloat(getComputedStyle(el).fontSize), direction: getComputedStyle(el).direction }));
            expect(style.size).toBeGreaterThanOrEqual(13);
            expect(style.direction).toBe(locale === 'ar' ? 'rtl' : 'ltr');
          } finally {
            await page.close();
          }
        });
      }
    }
  }
});
