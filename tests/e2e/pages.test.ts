import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, viewports } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { sampleTemplates } from '../support/built-site.ts';
import { cspHeader } from '../../src/lib/csp.ts';
import { cspViolations, watchPolicy } from '../support/csp-watch.ts';

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  // Served with the `_headers` file's headers, as a host that reads it does: every page is also checked under the
  // Content-Security-Policy here (tests/e2e/csp.test.ts covers the pages that are not templates of content).
  [browser, server] = await Promise.all([launch(), serve(dist, '/', { headers: true })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const templates = () => sampleTemplates(dist);

async function open(path: string, viewport: { width: number; height: number } = viewports.desktop) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined)); // the browser may already be gone
  const errors = await watchPolicy(page);
  const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, errors, status: response?.status(), policy: response?.headers()['content-security-policy'] };
}

async function axe(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}

// Side by side (Vitest runs up to 5 at once): each visit spends part of its time waiting (the network going idle),
// which the others use.
describe.concurrent('every template in every language', () => {
  for (const [name, path] of Object.entries(templates())) {
    for (const locale of localeCodes) {
      it(`${name} (${locale}): right lang and dir, no console errors, nothing refused by the CSP, no axe violations`, async () => {
        const { page, errors, status, policy } = await open(`${locale}/${path}`);
        try {
          expect(status).toBe(200);
          expect(policy).toBe(cspHeader());
          expect(await cspViolations(page)).toEqual([]);
          expect(await page.getAttribute('html', 'lang')).toBe(locale);
          expect(await page.getAttribute('html', 'dir')).toBe(locale === 'ar' ? 'rtl' : 'ltr');
          expect(await page.locator('main h1').count()).toBe(1);
          expect(errors).toEqual([]);
          expect(await axe(page)).toEqual([]);
        } finally {
          await page.close();
        }
        // Five at once on a two-core runner take about 20 s each: more time than one page alone needs.
      }, 120_000);
    }
  }

  it('language chooser: all three languages, no violations', async () => {
    const { page, errors } = await open('?choose');
    try {
      for (const l of localeCodes) expect(await page.locator(`li[lang=${l}] a[hreflang=${l}]`).count()).toBe(1);
      expect(await page.locator('li[lang=ar]').getAttribute('dir')).toBe('rtl');
      expect(errors).toEqual([]);
      expect(await axe(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('behaviour', () => {
  it('the language switcher lands on the same page in the other language', async () => {
    const { chapter } = templates();
    const { page } = await open(`en/${chapter}`);
    try {
      await page.locator('.lang-switch a[hreflang=ar]').click();
      await page.waitForURL(`**/ar/${chapter}`);
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await page.locator('.lang-switch a[hreflang=fr]').click();
      await page.waitForURL(`**/fr/${chapter}`);
      expect(await page.getAttribute('html', 'lang')).toBe('fr');
    } finally {
      await page.close();
    }
  });

  it('mirrors the Arabic layout: the header starts at the right edge', async () => {
    for (const [locale, viewport] of [
      ['ar', viewports.desktop],
      ['en', viewports.desktop],
    ] as const) {
      const { page } = await open(`${locale}/`, viewport);
      try {
        const row = (await page.locator('.header-row').boundingBox())!;
        const brand = (await page.locator('.brand').boundingBox())!;
        const firstNav = (await page.locator('.main-nav li').first().boundingBox())!;
        const lang = (await page.locator('.lang-switch').boundingBox())!;
        const rowEnd = row.x + row.width;
        if (locale === 'ar') {
          // Brand and the first navigation item hug the right edge; the language switcher sits at the left.
          expect(rowEnd - (brand.x + brand.width)).toBeLessThan(24);
          expect(rowEnd - (firstNav.x + firstNav.width)).toBeLessThan(24);
          expect(lang.x).toBeLessThan(brand.x);
        } else {
          expect(brand.x - row.x).toBeLessThan(24);
          expect(firstNav.x - row.x).toBeLessThan(24);
          expect(lang.x).toBeGreaterThan(brand.x);
        }
      } finally {
        await page.close();
      }
    }
  });

  it('phones get one compact header bar, mirrored in Arabic, whose menus open without script', async () => {
    for (const locale of localeCodes) {
      const context = await browser.newContext({ viewport: viewports.phone, javaScriptEnabled: false });
      const page = await context.newPage();
      try {
        await page.goto(`${server.url}${locale}/`);
        const header = (await page.locator('.site-header').boundingBox())!;
        expect(header.height, locale).toBeLessThanOrEqual(120);
        const brand = (await page.locator('.brand').boundingBox())!;
        const bar = (await page.locator('.narrow-bar').boundingBox())!;
        // The brand at the start edge, the controls at the end: right and left in Arabic.
        if (locale === 'ar') expect(bar.x).toBeLessThan(brand.x);
        else expect(bar.x).toBeGreaterThan(brand.x);
        expect(await page.locator('.main-nav').isVisible()).toBe(false);
        await page.locator('.bar-menu summary').last().click();
        expect(await page.locator('.menu-nav a').count()).toBe(4);
        expect(await page.locator('.menu-nav a').first().isVisible()).toBe(true);
        await page.locator('.bar-menu summary').first().click();
        expect(await page.locator('.menu-lang a[hreflang]').count()).toBe(localeCodes.length - 1);
        await page.locator('.bar-menu summary').last().click(); // close the navigation menu again
        const other = localeCodes.find((l) => l !== locale)!;
        await page.locator(`.menu-lang a[hreflang=${other}]`).click();
        await page.waitForURL(`**/${other}/`);
      } finally {
        await context.close();
      }
    }
  });

  it('the header search shows what it is for, in each language', async () => {
    for (const locale of localeCodes) {
      const { page } = await open(`${locale}/`);
      try {
        expect(await page.locator('#header-search-q').getAttribute('placeholder'), locale).toBeTruthy();
      } finally {
        await page.close();
      }
    }
  });

  it('flips the previous/next arrows in Arabic', async () => {
    const { chapter } = templates();
    const { page } = await open(`ar/${chapter}`);
    try {
      const transform = await page
        .locator('.prev-next .arrow')
        .first()
        .evaluate((el) => getComputedStyle(el).transform);
      expect(transform).toBe('matrix(-1, 0, 0, 1, 0, 0)');
    } finally {
      await page.close();
    }
  });

  it('remembers the chosen language and takes a returning visitor there from /', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(server.url + 'fr/');
      await page.goto(server.url);
      await page.waitForURL(`${server.url}fr/`);
      await page.goto(`${server.url}?choose`);
      expect(new URL(page.url()).search).toBe('?choose');
    } finally {
      await context.close();
    }
  });

  it('reads the same with JavaScript turned off', async () => {
    const { practice, chapter } = templates();
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      for (const path of [`ar/${practice}`, `fr/${chapter}`, 'en/']) {
        const page = await context.newPage();
        await page.goto(server.url + path);
        expect(await page.locator('main h1').isVisible()).toBe(true);
        const words = (await page.locator('main').innerText()).split(/\s+/).length;
        expect(words, path).toBeGreaterThan(100);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });

  it('answers an unknown address with the 404 page in all three languages', async () => {
    const { page, status } = await open('en/no-such-page/');
    try {
      expect(status).toBe(404);
      expect(await page.locator('li[lang=ar] h2').textContent()).toBe('الصفحة غير موجودة');
    } finally {
      await page.close();
    }
  });

  it('keeps tap targets at least 24 by 24 pixels on a phone', async () => {
    const { page } = await open('ar/', viewports.phone);
    try {
      const small = await page.locator('header a, nav a, .button, .tags a').evaluateAll((els) =>
        els
          .map((el) => ({ text: el.textContent?.trim(), box: el.getBoundingClientRect(), shown: el.checkVisibility() }))
          .filter((x) => x.shown && (x.box.width < 24 || x.box.height < 24)) // not those hidden (a closed menu, the wide header)
          .map((x) => x.text),
      );
      expect(small).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
