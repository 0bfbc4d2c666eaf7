import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { dist } from '../support/paths.ts';
import { builtPages, page as builtPage, sampleTemplates } from '../support/built-site.ts';
import { cspHeader, cspMeta, referrerPolicy } from '../../src/lib/csp.ts';
import { cspViolations, watchPolicy } from '../support/csp-watch.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';

/**
 * The site under its Content-Security-Policy, enforced twice as a host would send it: the `<meta>` tag in
 * every page and the `_headers` file's header (which also covers Pagefind's worker). Every template, in
 * every language, loads with no violation and no console error, and search still finds pages.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve(dist, '/', { headers: true })]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * The pages that are not a template of content, one of each, found in the build. The templates of content
 * (sampleTemplates) are checked under the same policy in every language by tests/e2e/pages.test.ts, in the
 * same visit as their language, direction and axe checks.
 */
function otherPages(): Record<string, string> {
  const pages = {
    print: `${sampleTemplates(dist).guide!}print/`,
    search: 'search/',
    offline: 'offline/',
    contribute: 'contribute/',
    propose: 'contribute/propose/',
    status: 'contribute/status/',
  };
  for (const path of Object.values(pages)) if (!builtPages(dist).includes(`/en/${path}`)) throw new Error(`no page /en/${path}`);
  return pages;
}

/** A word a reader could search for in this language: the longest word of a practice's title. */
function queryFor(locale: Locale, practice: string): string {
  const title = builtPage(dist, `/${locale}/${practice}`)('main h1').first().text();
  const words = title
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''))
    .filter((w) => w.length >= 4);
  const word = words.sort((a, b) => b.length - a.length)[0];
  if (!word) throw new Error(`no word to search for in ${JSON.stringify(title)}`);
  return word;
}

interface Visit {
  page: Page;
  problems: string[];
  workers: string[];
  headerPolicy: string | undefined;
}

async function visit(path: string): Promise<Visit> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined)); // the browser may already be gone
  const problems = await watchPolicy(page);
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(w.url()));
  const response = await page.goto(server.url + path, { waitUntil: 'networkidle' });
  return { page, problems, workers, headerPolicy: response?.headers()['content-security-policy'] };
}

describe('the policy ships with the build', () => {
  it('as a _headers file for every path, and as a meta tag (without frame-ancestors) first in every page head', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*$/m);
    expect(headers).toContain(`  Content-Security-Policy: ${cspHeader()}`);
    expect(cspHeader()).toContain("frame-ancestors 'none'");
    expect(cspMeta()).not.toContain('frame-ancestors');
    for (const header of [`Referrer-Policy: ${referrerPolicy}`, 'X-Content-Type-Options: nosniff']) expect(headers).toContain(`  ${header}`);
    // Nothing on the site needs data: images or form posts to another host.
    expect(cspHeader()).toContain("img-src 'self';");
    expect(cspHeader()).toContain("form-action 'self';");
    const missing: string[] = [];
    for (const p of builtPages(dist)) {
      const $ = builtPage(dist, p);
      const meta = $('head meta[http-equiv="Content-Security-Policy"]');
      // Before anything the policy governs: right after <meta charset>.
      if (meta.attr('content') !== cspMeta() || $('head').children().index(meta) !== 1) missing.push(p);
      // What a host that ignores _headers (GitHub Pages) still delivers: the referrer policy as a meta tag.
      if ($('head meta[name=referrer]').attr('content') !== referrerPolicy) missing.push(`${p} (referrer)`);
    }
    expect(missing).toEqual([]);
  });
});

describe('every other page in every language works under the policy', () => {
  for (const [name, path] of Object.entries(otherPages())) {
    for (const locale of localeCodes) {
      it(`${name} (${locale}): no violations, no console errors`, async () => {
        const { page, problems, headerPolicy } = await visit(`${locale}/${path}`);
        try {
          expect(headerPolicy).toBe(cspHeader());
          expect(await cspViolations(page)).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  for (const locale of localeCodes) {
    it(`search with a query (${locale}): results, Pagefind's worker running, no violations`, async () => {
      const q = queryFor(locale, sampleTemplates(dist).practice!);
      const { page, problems, workers } = await visit(`${locale}/search/?q=${encodeURIComponent(q)}`);
      try {
        await page.waitForSelector('[data-search-status][data-state=done]');
        const results = await page.locator('[data-search-results] a').count();
        expect(results, `results for ${q}`).toBeGreaterThan(0);
        // The search engine ran in its worker (WebAssembly allowed there by the header policy).
        expect(
          workers.some((w) => w.endsWith('/pagefind/pagefind-worker.js')),
          JSON.stringify(workers),
        ).toBe(true);
        expect(await cspViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  for (const locale of localeCodes) {
    it(`proposal form checked (${locale}): its checks run under the policy with no violation`, async () => {
      const { page, problems } = await visit(`${locale}/contribute/propose/`);
      try {
        // An empty form: every required answer is reported, so the schemas run (zod, jitless).
        await page.locator('[data-propose-form] button[type=submit]').click();
        await page.waitForSelector('[data-error-summary]:not([hidden])');
        expect(await cspViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('language chooser: no violations, no console errors', async () => {
    const { page, problems } = await visit('?choose');
    try {
      expect(await page.locator('main li[lang]').count()).toBe(localeCodes.length);
      expect(await cspViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the policy is in force: an inline script added to a page is refused and reported', async () => {
    const { page } = await visit('en/');
    try {
      await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__inlineRan = true';
        document.body.append(s);
      });
      await page.waitForFunction(() => ((window as unknown as { __csp?: string[] }).__csp ?? []).length > 0);
      expect(await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan)).toBeUndefined();
      expect((await cspViolations(page)).join('\n')).toContain('script-src');
    } finally {
      await page.close();
    }
  });
});
