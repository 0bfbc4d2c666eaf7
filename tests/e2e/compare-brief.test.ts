import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, viewports } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { builtPages } from '../support/built-site.ts';
import { dist } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';

/**
 * Compare and one-page brief, as a reader meets them: two practices side by side carry the same facts as
 * their own pages; the selection is the address and is picked from the cards; without JavaScript the page
 * says so; every brief prints on one A4 page and its QR code opens the practice's page.
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

const a = 'iraq-prevention-sub-committees';
const b = 'rabat-gender-equality-partnerships';
/** Whitespace aside: the two pages lay the same words out in different elements. */
const squash = (s: string) => s.replace(/\s+/g, '');
const briefs = builtPages(dist).filter((p) => /^\/(en|ar|fr)\/practices\/[^/]+\/brief\/$/.test(p));

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

/** Each compare row's values, one per practice in order: { status: ['…', '…'], effect: [...] }. */
const compareValues = (page: Page) =>
  page
    .locator('.compare-row')
    .evaluateAll((rows) =>
      Object.fromEntries(rows.map((r) => [(r as HTMLElement).dataset['row'], [...r.querySelectorAll('dd')].map((dd) => (dd as HTMLElement).innerText)])),
    ) as Promise<Record<string, string[]>>;

describe('compare', () => {
  it('two practices side by side show the same facts as their own pages, in ar, fr and en', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      for (const locale of localeCodes) {
        await page.goto(`${server.url}${locale}/compare/?p=${a},${b}`);
        await page.locator('.compare-grid[data-count="2"]').waitFor();
        expect(await page.locator('[data-compare-nojs]').isVisible()).toBe(false);
        const titles = await page.locator('.compare-title').allInnerTexts();
        const values = await compareValues(page);
        const labels = Object.fromEntries(
          await page
            .locator('.compare-row')
            .evaluateAll((rows) => rows.map((r) => [(r as HTMLElement).dataset['row'], r.querySelector('h3')?.textContent ?? ''])),
        ) as Record<string, string>;
        if (locale === 'ar') expect(await axe(page)).toEqual([]);

        for (const [i, slug] of [a, b].entries()) {
          await page.goto(`${server.url}${locale}/practices/${slug}/`);
          expect(await page.locator('h1').innerText()).toBe(titles[i]);
          // Key facts: the row with the same label on the practice page says the same.
          const facts = Object.fromEntries(
            await page
              .locator('.facts dl > div')
              .evaluateAll((ds) => ds.map((d) => [d.querySelector('dt')!.textContent!.trim(), (d.querySelector('dd') as HTMLElement).innerText])),
          ) as Record<string, string>;
          for (const row of ['place', 'scope', 'levels', 'themes', 'status', 'start', 'review', 'lead']) {
            const onPage = facts[labels[row]!];
            if (onPage === undefined) expect(values[row]![i], `${locale} ${slug} ${row}`).toBe(await page.locator('.not-reported').first().innerText());
            else expect(squash(values[row]![i]!), `${locale} ${slug} ${row}`).toBe(squash(onPage));
          }
          expect(squash(values['evidence']![i]!)).toContain(squash(facts[labels['evidence']!]!));
          // The evidence card and transferability, item by item, "not reported" worded as on the page.
          for (const group of ['card', 'transferability']) {
            const items = await page
              .locator(`[data-assessment=${group}] [data-item]`)
              .evaluateAll((ds) => ds.map((d) => [(d as HTMLElement).dataset['item']!, (d.querySelector('dd') as HTMLElement).innerText] as const));
            expect(items.length).toBeGreaterThan(4);
            for (const [item, text] of items) expect(squash(values[item]![i]!), `${locale} ${slug} ${item}`).toBe(squash(text));
          }
          // Every source the page lists, by its title.
          const sources = await page.locator('.facts dd ul.plain > li > :first-child').allInnerTexts();
          expect(sources.length).toBeGreaterThan(0);
          for (const s of sources) expect(values['sources']![i]).toContain(s.trim());
        }
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the selection is the address: removing one updates it, and a page without one takes what was picked', async () => {
    const context = await browser.newContext({ viewport: viewports.phone });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}fr/compare/?p=${a},${b},not-a-practice`);
      await page.locator('.compare-grid[data-count="2"]').waitFor();
      expect(await page.locator('[data-compare-status]').innerText()).toContain('not-a-practice');
      await page.getByRole('button', { name: 'Retirer de la comparaison' }).nth(1).click();
      await page.locator('.compare-grid[data-count="1"]').waitFor();
      expect(new URL(page.url()).searchParams.get('p')).toBe(`${a},not-a-practice`);
      expect(await page.locator('[data-compare-status]').innerText()).toContain('au moins deux pratiques');
      await page.goto(`${server.url}fr/compare/`);
      await page.locator('.compare-grid[data-count="1"]').waitFor();
      expect(await page.locator('.compare-title').innerText()).toContain('Irak');
    } finally {
      await context.close();
    }
  });

  it('practices are added and removed from the cards and from a practice page; the link counts them', async () => {
    const context = await browser.newContext({ viewport: viewports.phone });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}ar/practices/`);
      const toggles = page.locator('.card .compare-toggle');
      const tray = page.locator('[data-compare-tray]');
      expect(await tray.isVisible()).toBe(false);
      await toggles.nth(0).click();
      await toggles.nth(1).click();
      expect(await toggles.nth(0).getAttribute('aria-pressed')).toBe('true');
      expect(await tray.innerText()).toContain('(2)');
      await toggles.nth(1).click();
      expect(await toggles.nth(1).getAttribute('aria-pressed')).toBe('false');
      expect(await tray.innerText()).toContain('(1)');
      // On a practice page, the toggle shows what was picked on the list.
      await page.goto(`${server.url}ar/practices/${b}/`);
      await page.locator('.practice-actions .compare-toggle').click();
      expect(await page.locator('[data-compare-tray]').innerText()).toContain('(2)');
      await page.locator('[data-compare-tray]').click();
      await page.locator('.compare-grid[data-count="2"]').waitFor();
      expect(new URL(page.url()).searchParams.get('p')?.split(',')).toContain(b);
    } finally {
      await context.close();
    }
  });

  it('without JavaScript: the add control is a link to the compare page, which says why it is empty and links to the practices', async () => {
    const context = await browser.newContext({ viewport: viewports.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const locale of localeCodes) {
        await page.goto(`${server.url}${locale}/practices/${a}/`);
        const add = page.locator('.practice-actions a[data-compare]');
        expect(await add.getAttribute('href')).toBe(`/${locale}/compare/?p=${a}`);
        await add.click();
        await page.waitForURL(/\/compare\//);
        expect(await page.locator('[data-compare-nojs]').isVisible()).toBe(true);
        expect((await page.locator('[data-compare-nojs]').innerText()).length).toBeGreaterThan(40);
        expect(await page.locator(`.compare-browse a[href="/${locale}/practices/"]`).isVisible()).toBe(true);
      }
    } finally {
      await context.close();
    }
  });
});

describe('one-page brief', () => {
  it('every bundled practice has a brief in every language, linked from its page', async () => {
    expect(briefs.length).toBeGreaterThanOrEqual(3 * 9);
    const context = await browser.newContext({ viewport: viewports.desktop });
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}en/practices/${a}/`);
      await page.getByRole('link', { name: 'Print a one-page brief' }).click();
      await page.waitForURL(new RegExp(`/en/practices/${a}/brief/$`));
      expect(await page.locator('h1').innerText()).toContain('Iraq');
      expect(await axe(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('prints on exactly one A4 page, every practice in every language', async () => {
    const context = await browser.newContext();
    const pages: Record<string, number> = {};
    try {
      // One tab per language, side by side: the PDFs are most of this file's time.
      await Promise.all(
        localeCodes.map(async (locale) => {
          const page = await context.newPage();
          for (const path of briefs.filter((p) => p.startsWith(`/${locale}/`))) {
            await page.goto(`${server.url}${path.slice(1)}`);
            const pdf = await page.pdf({ format: 'A4' });
            pages[path] = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
          }
        }),
      );
    } finally {
      await context.close();
    }
    expect(Object.keys(pages)).toHaveLength(briefs.length);
    expect(Object.entries(pages).filter(([, n]) => n !== 1)).toEqual([]);
  });

  it('its QR code decodes to the address of the practice page, in ar, fr and en', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, deviceScaleFactor: 2 });
    const page = await context.newPage();
    try {
      for (const locale of localeCodes) {
        await page.goto(`${server.url}${locale}/practices/${b}/brief/`);
        // The practice page's canonical address: the brief's own, one level up.
        const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))?.replace(/brief\/$/, '');
        const png = PNG.sync.read(await page.locator('.brief-qr svg').screenshot());
        const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
        expect(code?.data).toBe(canonical);
      }
    } finally {
      await context.close();
    }
  });
});
