import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';

/**
 * A reader downloads each template as a Word document from the list of templates, in each language, and
 * opens it: the file unzips and its text holds the title the list shows (right to left in Arabic).
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

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const wordText = (xml: string) =>
  squash(
    [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join(' ')
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"'),
  );

describe('templates', () => {
  it('downloads every template as .docx from the list, in Arabic, French and English, and opens it', async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    try {
      for (const locale of localeCodes) {
        await page.goto(`${server.url}${locale}/templates/`);
        expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        const items = page.locator('.template-list > li');
        const count = await items.count();
        expect(count).toBe(5);
        for (let i = 0; i < count; i++) {
          const item = items.nth(i);
          const title = squash(await item.locator('.card-title').innerText());
          const [download] = await Promise.all([page.waitForEvent('download'), item.locator('a[href$=".docx"]').click()]);
          expect(download.suggestedFilename()).toMatch(/\.docx$/);
          const xml = strFromU8(unzipSync(new Uint8Array(await readFile((await download.path())!)))['word/document.xml']!);
          expect(wordText(xml), `${locale} ${title}`).toContain(title);
          if (locale === 'ar') expect(xml).toMatch(/<w:bidi\/>[\s\S]*<w:rtl\/>/);
        }
      }
    } finally {
      await context.close();
    }
  }, 60_000);
});
