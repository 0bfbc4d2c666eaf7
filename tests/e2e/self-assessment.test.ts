import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const locales = ['ar', 'fr', 'en'] as const;
const url = (locale: string) => `${server.url}${locale}/self-assessment/`;
const output = (page: Page) => page.locator('[data-assess-output]').innerText();
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** Ticks the second answer of every question (a city part of the way there), as a reader would: by clicking. */
async function answerAll(page: Page): Promise<number> {
  const names = await page.$$eval('fieldset.assess-question', (sets) => sets.map((s) => s.querySelector('input')!.name));
  for (const name of names) await page.locator(`input[name="${name}"]`).nth(1).check();
  return names.length;
}

/** The recommended items of one kind, each with its reason. */
const recommended = (page: Page, kind: 'chapter' | 'practice') =>
  page.$$eval(`[data-assess-list=${kind}] > li`, (items) =>
    items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, reason: li.querySelector('.assess-because')?.textContent ?? '' })),
  );

/** Three languages in one test, on a runner shared with other suites: more time than one page needs. */
describe('self-assessment', () => {
  it('ar, fr, en: answered on the device, kept over a reload, recommended with reasons, exported, re-imported, shared, printed on one page', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      for (const locale of locales) {
        await page.goto(url(locale));
        await page.locator('[data-assess-clear]').click();
        const requests: string[] = [];
        page.on('request', (r) => requests.push(r.url()));
        const count = await answerAll(page);
        expect(count).toBeGreaterThanOrEqual(15);
        // Nothing is sent anywhere while answering.
        expect(requests).toEqual([]);
        page.removeAllListeners('request');
        const result = await output(page);
        expect(result).toContain(`${count}`);

        // At least one chapter and one practice, each with its reason naming an answer given.
        const firstLabel = (await page.locator('fieldset.assess-question input:checked + span').allInnerTexts()).map((s) => s.trim());
        for (const kind of ['chapter', 'practice'] as const) {
          const items = await recommended(page, kind);
          expect(items.length, `${locale}: ${kind}s recommended`).toBeGreaterThan(0);
          for (const item of items) {
            expect(item.href).toMatch(new RegExp(`^/${locale}/(guides|practices)/`));
            expect(
              firstLabel.some((label) => item.reason.includes(label)),
              `${locale}: reason "${item.reason}" names an answer`,
            ).toBe(true);
            expect((await page.request.get(`${server.url}${item.href.slice(1)}`)).status()).toBe(200);
          }
        }

        // The page with its result (the template test sees it empty) is as accessible as the rest of the site.
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);

        await page.reload();
        expect(await output(page)).toBe(result);

        // Export, then a bad file changes nothing, then clear and re-import the export.
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-assess-export]').click()]);
        const exported = await readFile((await download.path())!, 'utf8');
        expect(Object.keys(JSON.parse(exported).answers)).toHaveLength(count);
        await page.setInputFiles('[data-assess-import]', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": ') });
        await page.waitForSelector('[data-assess-status][data-state=error]');
        expect((await page.locator('[data-assess-status]').innerText()).length).toBeGreaterThan(20);
        expect(await output(page)).toBe(result);
        await page.locator('[data-assess-clear]').click();
        expect(await output(page)).not.toBe(result);
        await page.setInputFiles('[data-assess-import]', { name: 'self-assessment.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
        await page.waitForSelector('[data-assess-status][data-state=ok]');
        expect(await output(page)).toBe(result);

        // The shared link, opened in a fresh browser (no storage): the same result.
        const link = await page.inputValue('[data-assess-share]');
        expect(link).toContain(`/${locale}/self-assessment/#`);
        const fresh = await browser.newContext();
        try {
          const other = await fresh.newPage();
          await other.goto(link);
          expect(await output(other)).toBe(result);
        } finally {
          await fresh.close();
        }

        // Printed: the result alone, on one A4 page.
        await page.emulateMedia({ media: 'print' });
        expect(await page.locator('[data-assess-form]').isVisible()).toBe(false);
        expect(await page.locator('[data-assess-result]').isVisible()).toBe(true);
        expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
        await page.emulateMedia({ media: 'screen' });
      }
    } finally {
      await context.close();
    }
  }, 120_000);

  it('ar, fr, en: completed offline once the language is saved (each language saved and used offline)', async () => {
    // Each language in a browser context of its own (its own service worker and saved copy), side by side.
    await Promise.all(
      locales.map(async (locale) => {
        const list = JSON.parse(await readFile(join(dist, 'offline', `${locale}.json`), 'utf8')) as { files: { url: string }[] };
        expect(list.files.map((f) => f.url)).toContain(`/${locale}/self-assessment/`);
        const context = await browser.newContext();
        const page = await context.newPage();
        try {
          await page.goto(`${server.url}${locale}/`);
          await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 30_000 });
          await page.locator('[data-offline-save]').click();
          await page.waitForSelector('[data-offline-remove]:not([hidden])', { timeout: 60_000 });
          await context.setOffline(true);
          await page.goto(url(locale));
          await answerAll(page);
          expect(await page.locator('[data-assess-list=chapter] > li').count(), locale).toBeGreaterThan(0);
          expect(await page.locator('[data-assess-list=practice] > li').count(), locale).toBeGreaterThan(0);
          await page.reload();
          expect(await page.locator('[data-assess-list=practice] > li').count(), locale).toBeGreaterThan(0);
        } finally {
          await context.setOffline(false);
          await context.close();
        }
      }),
    );
  }, 150_000);

  it('ar, fr, en without JavaScript: a printable questionnaire with the scoring and the rules written out', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      for (const locale of locales) {
        await page.goto(url(locale));
        expect(await page.locator('fieldset.assess-question').count()).toBeGreaterThanOrEqual(15);
        expect(await page.locator('.assess-points').first().isVisible()).toBe(true);
        const manual = page.locator('[data-assess-manual]');
        expect(await manual.getAttribute('open')).not.toBeNull();
        expect(await manual.locator('table').count()).toBe(3);
        expect(await manual.locator('.assess-rules > li').count()).toBeGreaterThan(10);
        expect(await manual.locator('.assess-rules a').first().isVisible()).toBe(true);
        // The parts that need the script stay out of the way.
        expect(await page.locator('[data-assess-actions]').isVisible()).toBe(false);
        expect(await page.locator('[data-assess-result]').isVisible()).toBe(false);
      }
    } finally {
      await context.close();
    }
  });
});
