import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, viewports } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';
import { builtPages, page as builtPage } from '../support/built-site.ts';
import { searchOn } from '../support/search-runner.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve(dist)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(options: { javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? viewports.desktop, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined)); // the browser may already be gone
  return page;
}
const done = (page: Page) => page.waitForSelector('[data-search-status][data-state=done]');
const resultLinks = (page: Page) => page.locator('[data-search-results] h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

// Natural queries a reader would type, each with a page it must find.
const queries = [
  { lang: 'en', q: 'how do other cities involve young people?', expect: /\/en\/guides\/.+\/youth/ },
  { lang: 'ar', q: 'ما دور البلدية في إعادة الإدماج؟', expect: /\/ar\/(guides|practices)\// },
  { lang: 'fr', q: "coopération entre l'État et les communes", expect: /\/fr\/guides\/.+national-local-cooperation\// },
] as const;

describe('search page', () => {
  for (const { lang, q, expect: target } of queries) {
    it(`${lang}: typing a question finds the right pages, filters narrow them, the back button restores the query`, async () => {
      const page = await newPage();
      try {
        const filterChunks: string[] = [];
        page.on('request', (r) => void (r.url().includes('/pagefind/filter/') && filterChunks.push(r.url())));
        await page.goto(`${server.url}${lang}/search/`);
        await done(page);
        await page.locator('#search-q').fill(q);
        await page.locator('#search-q').press('Enter');
        await page.waitForURL(/\?q=/);
        await done(page);
        const all = await resultLinks(page);
        expect(
          all.some((h) => target.test(h ?? '')),
          JSON.stringify(all),
        ).toBe(true);
        expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
        const status = await page.locator('[data-search-status]').textContent();
        expect(status).toContain(String(all.length).replace(/\d+/, (d) => d));

        // The filters' counts are loaded when the panel is opened, not with the first search; then each
        // value shows how many of the results it keeps.
        const count = page.locator('li[data-option=chapter] [data-count]');
        expect(await count.textContent()).toBe('');
        expect(filterChunks).toEqual([]);
        await page.locator('details.search-filters summary').click();
        await expect.poll(() => count.textContent()).toMatch(/^\((\d|[٠-٩])+\)$/);
        const shown = Number((await count.textContent())!.replace(/[()]/g, '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
        expect(filterChunks.length).toBeGreaterThan(0);

        // Apply a filter (type: guide chapter), then remove it.
        await page.locator('input[name=type][value=chapter]').check();
        await page.waitForURL(/type=chapter/);
        await done(page);
        const chapters = await resultLinks(page);
        expect(chapters.length).toBeGreaterThan(0);
        expect(shown).toBe(chapters.length);
        expect(
          chapters.every((h) => /\/guides\/[^/]+\/[^/]+\/$/.test(h ?? '')),
          JSON.stringify(chapters),
        ).toBe(true);
        await page.locator('input[name=type][value=chapter]').uncheck();
        await page.waitForURL((u) => !u.search.includes('type='));
        await done(page);
        expect((await resultLinks(page)).length).toBe(all.length);

        // Follow a result, then come back.
        await page.locator('[data-search-results] h2 a').first().click();
        await page.waitForURL((u) => !u.pathname.endsWith('/search/'));
        await page.goBack();
        await done(page);
        expect(await page.locator('#search-q').inputValue()).toBe(q);
        expect((await resultLinks(page)).length).toBe(all.length);
      } finally {
        await page.close();
      }
    });
  }

  it('works from the keyboard alone, starting in the header search box of any page', async () => {
    const page = await newPage();
    try {
      await page.goto(`${server.url}ar/`);
      await page.locator('#header-search-q').focus();
      await page.keyboard.type('الشباب');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/ar\/search\/\?q=/);
      await done(page);
      const first = page.locator('[data-search-results] h2 a').first();
      const href = await first.getAttribute('href');
      // Tab from the search box through the filters to the first result, then open it.
      await page.locator('#search-q').focus();
      for (let i = 0; i < 40 && !(await first.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('Enter');
      await page.waitForURL((u) => u.pathname === href);
    } finally {
      await page.close();
    }
  });

  it('the header search is a plain form that works without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${server.url}fr/guides/`);
      await page.locator('#header-search-q').fill('jeunes');
      await page.locator('.header-search button').click();
      await page.waitForURL(/\/fr\/search\/\?q=jeunes/);
      expect(await page.locator('noscript').count()).toBe(1);
    } finally {
      await page.close();
    }
  });

  for (const lang of ['en', 'ar', 'fr'] as const) {
    it(`${lang}: no axe violations with results and open filters`, async () => {
      const page = await newPage({ viewport: viewports.phone });
      try {
        await page.goto(`${server.url}${lang}/search/?q=${lang === 'ar' ? 'الشباب' : lang === 'fr' ? 'jeunes' : 'young'}&type=chapter`);
        await done(page);
        expect(await page.locator('details.search-filters').getAttribute('open')).not.toBeNull();
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('browsing the practices', () => {
  it('filters narrow the list in place, counts agree with the theme pages, and the URL keeps the choice', async () => {
    const page = await newPage();
    try {
      await page.goto(`${server.url}en/practices/`);
      const total = await page.locator('[data-browse-card]').count();
      const themeBox = page.locator('input[name=theme]').first();
      const value = await themeBox.getAttribute('value');
      const label = await themeBox.locator('xpath=..').locator('.count').textContent();
      await themeBox.check();
      await page.waitForURL(new RegExp(`theme=${value}`));
      const visible = await page.locator('[data-browse-card]:not([hidden])').count();
      expect(`(${visible})`).toBe(label);
      expect(visible).toBeLessThanOrEqual(total);
      // The static theme page lists the same number.
      const themePage = await newPage();
      await themePage.goto(`${server.url}en/themes/${value}/`);
      expect(await themePage.locator('#practice-grid ~ .cards article, .cards article').count()).toBe(visible);
      await themePage.close();
      await page.goBack();
      expect(await page.locator('[data-browse-card]:not([hidden])').count()).toBe(total);
    } finally {
      await page.close();
    }
  });

  it('on a phone the filters start closed; "show N" gives the count and closes them at the results', async () => {
    const page = await newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${server.url}fr/practices/`);
      const panel = page.locator('[data-browse-filters]');
      expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      const count = page.locator('[data-browse-count]');
      expect((await count.boundingBox())!.y).toBeLessThan(844); // the number of results is on the first screen
      await panel.locator('summary').click();
      await page.locator('input[name=theme]').first().check();
      const visible = await page.locator('[data-browse-card]:not([hidden])').count();
      const show = page.locator('[data-browse-show]');
      expect(await show.textContent()).toMatch(new RegExp(`^Voir ${visible}\u00a0pratiques?$`));
      await show.click();
      expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      await page.waitForFunction(() => location.hash === '#browse-results');
    } finally {
      await page.close();
    }
  });

  it('without JavaScript every practice is listed and the browse links are there instead of the filters', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    try {
      await page.goto(`${server.url}ar/practices/`);
      expect(await page.locator('[data-browse-filters]').isHidden()).toBe(true);
      expect(await page.locator('[data-browse-links] a').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-browse-card]:visible').count()).toBe(await page.locator('[data-browse-card]').count());
    } finally {
      await page.close();
    }
  });
});

describe('every bundled practice and guide chapter can be found', () => {
  // Derived from the build: each practice and chapter page, searched by the words of its own title
  // as a reader would type them (no accents, no diacritics, lower case), must come back in the top 3.
  const plain = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f\u064B-\u0652]/g, '')
      .toLowerCase()
      .replace(/[:«»"“”()،,.?؟!]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  for (const lang of ['en', 'ar', 'fr'] as const) {
    it(`${lang}: by the words of its title`, async () => {
      const targets = builtPages(dist).filter((p) => new RegExp(`^/${lang}/(practices/[^/]+/|guides/[^/]+/(?!print/)[^/]+/)$`).test(p));
      expect(targets.length).toBeGreaterThan(10);
      const page = await newPage();
      const missed: string[] = [];
      try {
        for (const target of targets) {
          const title = builtPage(dist, target)('main h1').first().text();
          // One search page for all the titles: each query changes its address as the back button does.
          const top = (await searchOn(page, server.url, { lang, rule: 'title', q: plain(title) })).slice(0, 3);
          if (!top.includes(target.slice(`/${lang}/`.length))) missed.push(`${target} ← “${plain(title)}”: ${JSON.stringify(top)}`);
        }
      } finally {
        await page.close();
      }
      expect(missed).toEqual([]);
    });
  }
});
