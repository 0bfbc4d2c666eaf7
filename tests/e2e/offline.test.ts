import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist, fixtureBase, fixtureContent, fixtureDist, root } from '../support/paths.ts';
import { buildSite } from '../support/astro-build.ts';
import { offlineCaches } from '../../src/lib/offline-config.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const isControlled = (page: Page, timeout: number) =>
  page
    .waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout })
    .then(
      () => true,
      () => false,
    );
/**
 * Waits until the service worker controls the page. A first install that did not finish (its precache
 * requests competing with the rest of the suite on a busy runner) gets what a reader's next page view
 * gives it: one reload, which registers the worker again. If that fails too, the error says where the
 * worker stood, so a failure in CI can be read.
 */
async function controlled(page: Page): Promise<void> {
  if (await isControlled(page, 30_000)) return;
  const before = await workerState(page);
  await page.reload();
  if (await isControlled(page, 30_000)) return;
  throw new Error(`the service worker never took control of ${page.url()}: before reload ${before}, after ${await workerState(page)}`);
}
const workerState = (page: Page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return r ? JSON.stringify({ installing: r.installing?.state, waiting: r.waiting?.state, active: r.active?.state, scope: r.scope }) : 'no registration';
  });
const saved = (page: Page) => page.waitForSelector('[data-offline-remove]:not([hidden])', { timeout: 60_000 });
const searchDone = (page: Page) => page.waitForSelector('[data-search-status][data-state=done]', { timeout: 20_000 });
const firstResult = (page: Page) => page.locator('[data-search-results] h2 a').first().getAttribute('href');

describe('offline reading (real site)', () => {
  let server: Awaited<ReturnType<typeof serve>>;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serve(dist);
    context = await browser.newContext();
  });
  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  it('saves Arabic, then reads, follows links and searches with no connection', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}ar/search/?q=الشباب`);
    await searchDone(page);
    const onlineTop = await firstResult(page);

    await page.goto(`${server.url}ar/`);
    await controlled(page);
    const size = await page.locator('[data-offline-size]').textContent();
    expect(size).toMatch(/حجم التنزيل: .+/);
    await page.locator('[data-offline-save]').click();
    await saved(page);
    expect(await page.locator('[data-offline-status]').textContent()).toContain('حُفظت على هذا الجهاز');

    await context.setOffline(true);
    try {
      const chapter = await page.evaluate(() =>
        JSON.parse(localStorage.getItem('mena-hub:offline') ?? '{}').ar.urls.find((u: string) => /\/guides\/[^/]+\/[^/]+\/$/.test(u) && !u.endsWith('/print/')),
      );
      await page.goto(server.url.replace(/\/$/, '') + chapter.replace(/^\//, '/'));
      expect(await page.getAttribute('html', 'lang')).toBe('ar');
      expect(await page.locator('main h1').textContent()).not.toBe('أنت غير متصل بالإنترنت');
      await page.locator('.prev-next a').first().click();
      await page.waitForLoadState();
      expect(await page.locator('.prev-next').count()).toBe(1); // another chapter, from the saved copy

      await page.goto(`${server.url}ar/search/?q=الشباب`);
      await searchDone(page);
      expect(await firstResult(page)).toBe(onlineTop);
      // Few Arabic results: the search asks the French index, which was not saved; the Arabic results
      // stand, with no error and no other-language group.
      await page.goto(`${server.url}ar/search/?q=${encodeURIComponent('égalité femmes-hommes')}`);
      await searchDone(page);
      expect(await firstResult(page)).toMatch(/^\/ar\//);
      expect(await page.locator('[data-search-other]').isHidden()).toBe(true);
      expect(await page.locator('[data-search-status]').textContent()).toMatch(/^نتيجة واحدة/);

      // A saved template page's Word and Markdown files come from the saved copy: asked by the page with no
      // connection, the service worker answers with the same bytes as the site's files.
      await page.goto(`${server.url}ar/templates/`);
      await page.locator('main a[href*="/ar/templates/"]:not([download])').first().click();
      await page.waitForLoadState();
      for (const ext of ['docx', 'md']) {
        const href = (await page.locator(`main a[download][href$=".${ext}"]`).first().getAttribute('href'))!;
        const bytes = await page.evaluate(async (u) => [...new Uint8Array(await (await fetch(u)).arrayBuffer())], href);
        expect(Buffer.from(bytes).equals(await readFile(join(dist, href.replace(/^\//, '')))), href).toBe(true);
      }

      // A page in a language that was not saved: the offline page, in that language.
      await page.goto(`${server.url}fr/practices/`);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
      expect(await page.locator('main h1').textContent()).toBe('Vous êtes hors ligne');
      await page.goto(`${server.url}ar/no-such-page/`);
      expect(await page.locator('main h1').textContent()).toBe('أنت غير متصل بالإنترنت');
      expect(await page.locator('[data-offline-list] a').count()).toBeGreaterThan(10);
    } finally {
      await context.setOffline(false);
      await page.close();
    }
  });

  it('a saved template page still hands out its Word and Markdown files when the site cannot be reached at all', async () => {
    // A server of its own (its own origin, worker and saved copy), stopped before the click: a download is not
    // held back by the browser's offline switch, so only a server that is gone shows where the file came from.
    const own = await serve(dist);
    const alone = await browser.newContext({ acceptDownloads: true });
    const page = await alone.newPage();
    try {
      await page.goto(`${own.url}en/`);
      await controlled(page);
      await page.locator('[data-offline-save]').click();
      await saved(page);
      await page.goto(`${own.url}en/templates/`);
      await page.locator('main a[href*="/en/templates/"]:not([download])').first().click();
      await page.waitForLoadState();
      const links = await page.locator('main a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(links.map((h) => h.split('.').pop()).sort()).toEqual(['docx', 'md']);
      await own.close();
      for (const href of links) {
        const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`main a[download][href="${href}"]`).click()]);
        expect(await download.failure(), href).toBeNull();
        expect(download.suggestedFilename()).toBe(href.split('/').pop());
        expect((await readFile((await download.path())!)).equals(await readFile(join(dist, href.replace(/^\//, '')))), href).toBe(true);
      }
    } finally {
      await alone.close();
      await own.close().catch(() => undefined);
    }
  });

  it('a tap before the list of files has arrived (slow connection) is remembered: it says so, then saves', async () => {
    const slow = await browser.newContext();
    const page = await slow.newPage();
    try {
      // The language's file list arrives two seconds late, as on a slow phone connection.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route(/\/offline\/fr\.json/, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${server.url}fr/guides/`);
      const guide = await page.locator('main a[href*="/fr/guides/"]').first().getAttribute('href');
      await page.goto(server.url.replace(/\/$/, '') + guide!);
      await page.locator('[data-offline-save]').click();
      expect(await page.locator('[data-offline-status]').textContent()).toMatch(/^Préparation de la liste des pages/);
      setTimeout(release, 2000);
      await saved(page);
      expect(await page.locator('[data-offline-status]').textContent()).toMatch(/^Enregistré sur cet appareil/);
    } finally {
      await slow.close();
    }
  });

  it('the offline page keeps a search’s words, says what search needs, lists a saved guide in reading order and visited pages by title', async () => {
    const own = await browser.newContext();
    const page = await own.newPage();
    try {
      await page.goto(`${server.url}fr/guides/`);
      const guide = (await page.locator('main a[href*="/fr/guides/"]').first().getAttribute('href'))!;
      await page.goto(server.url.replace(/\/$/, '') + guide);
      await controlled(page);
      // Near the top of the guide, and one line once saved.
      expect((await page.locator('[data-offline-panel]').boundingBox())!.y).toBeLessThan((await page.locator('.prose').boundingBox())!.y);
      await page.locator('[data-offline-save]').click();
      await saved(page);
      expect(await page.locator('[data-offline-intro]').isVisible()).toBe(false);
      await page.goto(`${server.url}fr/practices/`); // a page opened, not part of the guide
      // Kept by the service worker once its response is in the cache.
      await expect.poll(() => page.evaluate(async (name) => Boolean(await (await caches.open(name)).match(location.href)), offlineCaches.pages)).toBe(true);
      await own.setOffline(true);
      await page.goto(`${server.url}fr/search/?q=${encodeURIComponent('jeunes $& élus')}`);
      expect(await page.locator('main h1').textContent()).toBe('Vous êtes hors ligne');
      await page.waitForSelector('[data-offline-list][data-state=done]');
      expect(await page.locator('[data-offline-search-query]').textContent()).toBe('Votre recherche\u00a0: «\u00a0jeunes $& élus\u00a0»');
      expect(await page.locator('[data-offline-search] input[name=q]').inputValue()).toBe('jeunes $& élus');
      const savedLinks = await page.locator('[data-offline-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(savedLinks[0]).toBe(guide); // the introduction first
      expect(savedLinks.at(-1)).toBe(`${guide}print/`);
      expect(await page.locator('[data-offline-list] a').last().textContent()).toMatch(/\(version à imprimer\)$/);
      const visited = await page.locator('[data-offline-visited] a').allTextContents();
      expect(visited).toContain('Pratiques');
      expect(visited.filter((t) => t.includes('/'))).toEqual([]);
    } finally {
      await own.close();
    }
  });

  it('can cancel a download and remove a saved copy', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}fr/`);
    await controlled(page);
    await page.locator('[data-offline-save]').click();
    await page.locator('[data-offline-cancel]').click();
    await page.waitForSelector('[data-offline-save]:not([hidden])');
    expect(await page.locator('[data-offline-status]').textContent()).toContain('annulé');
    expect(await page.evaluate(() => Object.keys(JSON.parse(localStorage.getItem('mena-hub:offline') ?? '{}')))).not.toContain('fr');

    await page.locator('[data-offline-save]').click();
    await saved(page);
    await page.locator('[data-offline-remove]').click();
    await page.waitForSelector('[data-offline-save]:not([hidden])');
    expect(await page.locator('[data-offline-status]').textContent()).toBe('La copie enregistrée a été supprimée.');
    await page.close();
  });
});

describe('updates after a new build', () => {
  let second: string;
  beforeAll(async () => {
    // The fixture, rebuilt with one chapter changed: a new deployment.
    const work = await mkdtemp(join(tmpdir(), 'offline-update-'));
    const content = join(work, 'content');
    await cp(fixtureContent, content, { recursive: true });
    const file = join(content, 'guides/sample-guide/ar/first-steps.mdx');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: الخطوات الأولى', 'title: الخطوات الأولى المنقحة'));
    second = join(root, 'tests/.output/dist-fixture-second');
    const built = await buildSite({
      contentDir: content,
      outDir: second,
      env: { BASE_PATH: fixtureBase, SITE_URL: 'https://example.org', BUILD_ID: 'second-build' },
    });
    if (built.code !== 0) throw new Error(built.output);
    return () => rm(work, { recursive: true, force: true });
  });

  it('tells the reader in their language and refreshes the saved copy', async () => {
    const server = await serve(fixtureDist, fixtureBase);
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}ar/`);
      await controlled(page);
      await page.locator('[data-offline-save]').click();
      await saved(page);

      server.switchTo(second);
      await page.reload();
      await page.waitForSelector('[data-update-notice]:not([hidden])', { timeout: 20_000 });
      expect(await page.locator('[data-update-notice] p').textContent()).toBe('يتوفر إصدار جديد من هذا الموقع.');
      // Refreshing reloads the page under the new version.
      await Promise.all([page.waitForEvent('load', { timeout: 20_000 }), page.locator('[data-update-notice] button').click()]);
      await page.waitForSelector('[data-offline-update]:not([hidden])', { timeout: 20_000 });
      expect(await page.locator('[data-offline-status]').textContent()).toContain('تغيّر الموقع منذ أن حفظت هذه النسخة.');
      await page.locator('[data-offline-update]').click();
      await page.waitForSelector('[data-offline-update][hidden]', { state: 'attached' });
      await saved(page);
      expect(await page.locator('[data-offline-status]').textContent()).toContain('حُفظت على هذا الجهاز');
      const state = await page.evaluate(async () => ({
        saved: JSON.parse(localStorage.getItem('mena-hub:offline') ?? '{}').ar?.version,
        current: (
          await (
            await fetch(
              document.querySelector('[data-offline-config]') ? JSON.parse(document.querySelector('[data-offline-config]')!.textContent!).manifest : '',
              { cache: 'no-cache' },
            )
          ).json()
        ).version,
      }));
      expect(state.saved, JSON.stringify(state)).toBe(state.current);
      expect(await page.locator('[data-offline-update]').isHidden()).toBe(true);

      await context.setOffline(true);
      await page.goto(`${server.url}ar/guides/sample-guide/first-steps/`);
      expect(await page.locator('main h1').textContent()).toBe('الخطوات الأولى المنقحة');
    } finally {
      await context.close();
      await server.close();
    }
  });
});
