import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { builtPages, fileFor } from '../support/built-site.ts';
import { dist } from '../support/paths.ts';
import { fontFaces, pageWeight, sum, type PageWeight } from '../../scripts/lib/page-weight.ts';
import { budgets } from '../support/budgets.ts';

/**
 * Page-weight budgets on the real build, gzipped at level 9 (what a static host sends). Readers are
 * often on slow, metered phone connections: a budget that fails names the page, the figure and the budget.
 * The figures are in tests/support/budgets.ts.
 */

/**
 * Pages whose purpose is interactive: search, the filters of the practices list, the offline-reading
 * page. Every other page is for reading. A new interactive page is added here on purpose.
 */
const interactive = [/^\/(en|ar|fr)\/search\/$/, /^\/(en|ar|fr)\/practices\/$/, /^\/(en|ar|fr)\/offline\/$/];
/** The proposal form: interactive, with a budget of its own (budgets.proposeJs). */
const proposeForm = /^\/(en|ar|fr)\/contribute\/propose\/$/;
/** The compare page: interactive, with a budget of its own (budgets.compareJs). */
const comparePage = /^\/(en|ar|fr)\/compare\/$/;
/** The self-assessment: interactive, with a budget of its own (budgets.selfAssessmentJs). */
const selfAssessment = /^\/(en|ar|fr)\/self-assessment\/$/;

const fmt = (n: number) => n.toLocaleString('en');
const over = (what: string, bytes: number, budget: number) => `${what}: ${fmt(bytes)} bytes gzipped, budget ${fmt(budget)}`;

const pages = builtPages(dist).filter((p) => p.endsWith('/') || p.endsWith('.html'));
const weights = new Map<string, PageWeight>(pages.map((p) => [p, pageWeight(dist, p)]));
const practicePages = pages.filter((p) => /^\/(en|ar|fr)\/practices\/[^/]+\/$/.test(p));

describe('page-weight budgets (gzipped)', () => {
  it(`every practice page, in every language: HTML ≤ ${fmt(budgets.practiceHtml)} bytes`, () => {
    expect(practicePages.length).toBeGreaterThanOrEqual(9);
    const failures = practicePages
      .map((p) => weights.get(p)!.html)
      .filter((h) => h.gzip > budgets.practiceHtml)
      .map((h) => over(h.path, h.gzip, budgets.practiceHtml));
    expect(failures).toEqual([]);
  });

  it(`every page: all the CSS it loads ≤ ${fmt(budgets.css)} bytes`, () => {
    const failures = [...weights]
      .filter(([, w]) => sum(w.css) > budgets.css)
      .map(([p, w]) => over(`${p} (${w.css.map((c) => c.path).join(', ')})`, sum(w.css), budgets.css));
    expect(failures).toEqual([]);
  });

  it('no page needs JavaScript to be read: no script blocks rendering and the text is in the HTML', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const $ = cheerio.load(readFileSync(fileFor(dist, p)!, 'utf8'));
      $('script').each((_, el) => {
        const s = $(el);
        const type = s.attr('type');
        if (type === 'application/json' || type === 'application/ld+json') return;
        if (!s.attr('src')) problems.push(`${p}: an inline script (scripts live in files and never block reading)`);
        else if (type !== 'module' && s.attr('defer') === undefined && s.attr('async') === undefined)
          problems.push(`${p}: ${s.attr('src')} blocks rendering (not a module, defer or async)`);
      });
      // The words are in the HTML itself, not added by a script.
      if ($('main').text().trim().length < 20) problems.push(`${p}: <main> holds no text without JavaScript`);
    }
    expect(problems).toEqual([]);
  });

  it(`every reading page: all its scripts (enhancements) ≤ ${fmt(budgets.readingPageJs)} bytes; every interactive page: its scripts other than Pagefind's ≤ ${fmt(budgets.interactiveJs)} bytes; the proposal form ≤ ${fmt(budgets.proposeJs)} bytes; the compare page ≤ ${fmt(budgets.compareJs)} bytes`, () => {
    const failures: string[] = [];
    for (const [p, w] of weights) {
      const js = w.js.filter((j) => !j.path.startsWith('/pagefind/'));
      const budget = proposeForm.test(p)
        ? budgets.proposeJs
        : comparePage.test(p)
          ? budgets.compareJs
          : selfAssessment.test(p)
            ? budgets.selfAssessmentJs
            : interactive.some((r) => r.test(p))
              ? budgets.interactiveJs
              : budgets.readingPageJs;
      if (sum(js) > budget) failures.push(over(`${p} (${js.map((j) => j.path).join(', ')})`, sum(js), budget));
    }
    expect(failures).toEqual([]);
  });

  it(`the search page's scripts, other than Pagefind's own, ≤ ${fmt(budgets.searchJs)} bytes`, () => {
    for (const locale of ['en', 'ar', 'fr']) {
      const w = weights.get(`/${locale}/search/`);
      expect(w, `/${locale}/search/ is built`).toBeDefined();
      const own = w!.js.filter((j) => !j.path.startsWith('/pagefind/'));
      const bytes = sum(own);
      expect([bytes > budgets.searchJs ? over(`/${locale}/search/ (${own.map((j) => j.path).join(', ')})`, bytes, budgets.searchJs) : 'ok']).toEqual(['ok']);
    }
  });

  it(`the proposal form's page, in every language: all the scripts it loads ≤ ${fmt(budgets.proposeJs)} bytes`, () => {
    for (const locale of ['en', 'ar', 'fr']) {
      const w = weights.get(`/${locale}/contribute/propose/`);
      expect(w, `/${locale}/contribute/propose/ is built`).toBeDefined();
      // The form's own module is among them (a page that lost its script would pass the budget unnoticed).
      expect(
        w!.js.some((j) => j.path.includes('propose')),
        `/${locale}/contribute/propose/ loads the form script`,
      ).toBe(true);
      const bytes = sum(w!.js);
      expect([
        bytes > budgets.proposeJs ? over(`/${locale}/contribute/propose/ (${w!.js.map((j) => j.path).join(', ')})`, bytes, budgets.proposeJs) : 'ok',
      ]).toEqual(['ok']);
    }
  });

  it(`the compare page, in every language: all the scripts it loads, its own among them, ≤ ${fmt(budgets.compareJs)} bytes`, () => {
    for (const locale of ['en', 'ar', 'fr']) {
      const w = weights.get(`/${locale}/compare/`);
      expect(w, `/${locale}/compare/ is built`).toBeDefined();
      expect(w!.js.length, `/${locale}/compare/ loads scripts`).toBeGreaterThan(1);
      expect([sum(w!.js) > budgets.compareJs ? over(`/${locale}/compare/`, sum(w!.js), budgets.compareJs) : 'ok']).toEqual(['ok']);
    }
  });

  it(`the self-assessment's page, in every language: all the scripts it loads ≤ ${fmt(budgets.selfAssessmentJs)} bytes`, () => {
    for (const locale of ['en', 'ar', 'fr']) {
      const w = weights.get(`/${locale}/self-assessment/`);
      expect(w, `/${locale}/self-assessment/ is built`).toBeDefined();
      expect(
        w!.js.some((j) => j.path.includes('SelfAssessment')),
        `/${locale}/self-assessment/ loads its script`,
      ).toBe(true);
      const bytes = sum(w!.js);
      expect([
        bytes > budgets.selfAssessmentJs ? over(`/${locale}/self-assessment/ (${w!.js.map((j) => j.path).join(', ')})`, bytes, budgets.selfAssessmentJs) : 'ok',
      ]).toEqual(['ok']);
    }
  });

  it(`Arabic font: one file per weight, the one browsers download ≤ ${fmt(budgets.arabicFont)} bytes`, () => {
    const sheets = new Set([...weights.values()].flatMap((w) => w.css.map((c) => c.path)));
    const faces = [...sheets].flatMap((path) => fontFaces(readFileSync(fileFor(dist, path)!, 'utf8')));
    const arabic = faces.filter((f) => /arab/i.test(f.family) || /U\+06/i.test(f.unicodeRange ?? ''));
    expect(arabic.length, 'the Arabic pages have a font').toBeGreaterThan(0);
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const face of arabic) {
      const key = `${face.family} ${face.weight} ${face.style}`;
      const first = face.src[0];
      // Browsers take the first source they support; every current one supports WOFF2, so the WOFF
      // fallback after it is never downloaded.
      if (!first || first.format !== 'woff2') problems.push(`${key}: the first source is not WOFF2 (${first?.url ?? 'none'})`);
      if (seen.has(key) && seen.get(key) !== first?.url) problems.push(`${key}: more than one file (${seen.get(key)}, ${first?.url}): one subset per weight`);
      if (!first) continue;
      seen.set(key, first.url);
      const file = fileFor(dist, new URL(first.url, 'https://x.invalid/_astro/').pathname);
      if (!file) problems.push(`${key}: ${first.url} is not in the build`);
      else {
        // WOFF2 is already compressed: its size on disk is what travels.
        const bytes = readFileSync(file).length;
        if (bytes > budgets.arabicFont) problems.push(`${key} (${first.url}): ${fmt(bytes)} bytes, budget ${fmt(budgets.arabicFont)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
