import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, viewports } from '../../scripts/lib/browser.ts';
import { serve } from '../../scripts/lib/server.ts';
import { fixtureBase, fixtureContent, fixtureDist } from '../support/paths.ts';
import { readScaffoldContext } from '../../src/build/scaffold-context.ts';
import { emptyPractice, scaffoldPractice, type PracticeAnswers } from '../../src/lib/scaffold/index.ts';
import { scaffoldText } from '../../src/lib/scaffold/strings.ts';
import type { Locale } from '../../src/config/locales.ts';
import { resources } from '../../src/lib/i18n.ts';
import { decodeBundle, maxIssueUrlLength } from '../../src/lib/proposal-bundle.ts';
import { readContent } from '../../src/build/content-check.ts';
import { writeContentFiles } from '../../src/build/write-content-files.ts';
import { formatIssue } from '../../src/lib/issue-format.ts';

/**
 * The proposal form on the fixture build: it must hand over exactly the bytes `npm run new` writes for
 * the same answers (both use src/lib/scaffold), keep the draft across a reload, and refuse to produce
 * files while an answer is missing, saying which one.
 */
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
const today = '2026-03-04';

beforeAll(async () => {
  [browser, server] = await Promise.all([launch(), serve(fixtureDist, fixtureBase)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(locale: Locale, viewport: keyof typeof viewports = 'desktop'): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: viewports[viewport] });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.clock.setFixedTime(new Date(`${today}T12:00:00`));
  await page.goto(`${server.url}${locale}/contribute/propose/`);
  await page.waitForSelector('form[data-ready=true]');
  return { page, errors };
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

/** Answers per language of the text, with what a contributor would really type: quotes, colons, markup, line breaks. */
const answersFor: Record<Locale, PracticeAnswers> = {
  en: {
    ...emptyPractice(),
    slug: 'tripoli-youth-forum',
    lang: 'en',
    countries: ['lb'],
    cities: ['tripoli-lb'],
    scope: 'municipal',
    levels: ['local', 'national'],
    themes: ['youth-engagement'],
    targetGroups: ['youth'],
    status: 'ongoing',
    start: '2024-09',
    asOf: '2023-03',
    evidence: '0',
    resources: ['sample-report'],
    documents: [{ title: 'Forum minutes: "year one"', publisher: 'Municipality of Tripoli', year: '2025', url: 'https://example.org/minutes' }],
    related: ['sample-full'],
    lead: { name: 'Municipality of Tripoli', type: 'local-government' },
    partners: [{ name: 'Youth Association', type: 'civil-society' }],
    title: 'Tripoli: a youth forum <with the council>',
    summary: 'Young people meet the municipal council every month.',
    goal: 'Give young people a say.',
    approach: 'An open forum: prepared with youth associations.',
    impact: 'Too early to say.',
    context: 'A city of {many} young people.\n\n- first point\n- second point',
    lessons: 'Keep it regular.',
  },
  ar: {
    ...emptyPractice(),
    slug: 'tripoli-youth-forum-ar',
    lang: 'ar',
    countries: ['lb'],
    cities: ['tripoli-lb'],
    scope: 'municipal',
    levels: ['local'],
    themes: ['youth-engagement', 'gender-equality'],
    status: 'planned',
    asOf: '2024',
    evidence: '1',
    resources: ['sample-report'],
    title: 'طرابلس: منتدى للشباب «مع المجلس البلدي»',
    summary: 'يلتقي الشباب بالمجلس البلدي كل شهر.',
    goal: 'إشراك الشباب في القرار المحلي.',
    approach: 'منتدى مفتوح: يُعَدّ مع جمعيات الشباب.',
    impact: 'من المبكر تقدير الأثر.',
    context: 'مدينة فيها {كثير} من الشباب.',
    partners: [{ name: 'جمعية الشباب', type: 'civil-society' }],
  },
  fr: {
    ...emptyPractice(),
    slug: 'rabat-conseil-des-jeunes',
    lang: 'fr',
    countries: ['ma'],
    cities: ['rabat'],
    scope: 'municipal',
    levels: ['local', 'regional'],
    themes: ['gender-equality'],
    status: 'completed',
    start: '2022',
    asOf: '2023',
    evidence: '2',
    documents: [{ title: 'Rapport « bilan »', publisher: 'Ville de Rabat', year: '2023', url: '' }],
    title: 'Rabat : un conseil des jeunes',
    summary: 'Un conseil consultatif de jeunes auprès de la commune.',
    goal: 'Associer les jeunes.',
    approach: 'Des réunions trimestrielles ; un budget dédié.',
    impact: 'Trois projets financés.',
    replicate: 'Une volonté politique : c’est l’essentiel.',
  },
};

async function fill(page: Page, a: PracticeAnswers) {
  await page.selectOption('#f-lang', a.lang);
  await page.fill('#f-title', a.title);
  await page.fill('#f-slug', a.slug);
  for (const key of ['summary', 'goal', 'approach', 'impact', 'start', 'context', 'cooperation', 'lessons', 'replicate'] as const)
    await page.fill(`#f-${key}`, a[key]);
  for (const key of ['countries', 'cities', 'levels', 'themes', 'targetGroups', 'resources', 'related'] as const)
    for (const value of a[key]) await page.check(`#f-${key}-${value}`);
  for (const key of ['scope', 'status', 'evidence'] as const) await page.selectOption(`#f-${key}`, a[key]);
  await page.fill('#f-asOf', a.asOf);
  for (const [i, d] of a.documents.entries()) {
    if (i > 0) await page.click('[data-repeat=documents] [data-add]');
    for (const k of ['title', 'publisher', 'year', 'url'] as const) await page.fill(`#f-documents-${i}-${k}`, d[k]);
  }
  await page.fill('#f-lead-name', a.lead.name);
  if (a.lead.type) await page.selectOption('#f-lead-type', a.lead.type);
  for (const [i, p] of a.partners.entries()) {
    await page.click('[data-repeat=partners] [data-add]');
    await page.fill(`#f-partners-${i}-name`, p.name);
    await page.selectOption(`#f-partners-${i}-type`, p.type);
  }
}

/** The files as the page hands them over: the text shown and the bytes of each download. */
async function producedFiles(page: Page) {
  await page.waitForSelector('[data-files]:not([hidden])');
  const out: { path: string; shown: string; bytes: string; name: string }[] = [];
  for (const article of await page.$$('[data-file-path]')) {
    const link = (await article.$('a[data-download]'))!;
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    out.push({
      path: (await article.getAttribute('data-file-path'))!,
      shown: (await (await article.$('pre.file-preview'))!.textContent()) ?? '',
      bytes: await readFile((await download.path())!, 'utf8'),
      name: download.suggestedFilename(),
    });
  }
  return out;
}

describe('proposal form (fixture site)', () => {
  const ctx = readScaffoldContext(fixtureContent);

  for (const locale of ['en', 'ar', 'fr'] as const) {
    it(`${locale}: produces byte for byte the files npm run new writes for the same answers`, async () => {
      const { page, errors } = await open(locale);
      try {
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.waitForSelector('form[data-ready=true]');
        const a = answersFor[locale];
        await fill(page, a);
        await page.click('form[data-propose-form] button[type=submit]');
        await page.waitForSelector('[data-files]:not([hidden])');
        expect(await page.evaluate(() => document.activeElement?.id)).toBe('files-title');
        const got = await producedFiles(page);
        const expected = scaffoldPractice(a, ctx, { ui: locale, today, text: scaffoldText(locale) });
        expect(expected.ok).toBe(true);
        if (!expected.ok) return;
        expect(got.map((f) => f.path)).toEqual(expected.files.map((f) => f.path));
        for (const [i, f] of expected.files.entries()) {
          expect(got[i]!.bytes).toBe(f.content);
          expect(got[i]!.shown).toBe(f.content);
          expect(got[i]!.name).toBe(f.path.split('/').pop());
        }
        expect(errors).toEqual([]);
        expect(await axe(page)).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('keeps the draft across a reload (and across languages)', async () => {
    const { page } = await open('fr', 'phone');
    try {
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.waitForSelector('form[data-ready=true]');
      await page.fill('#f-title', 'Rabat : brouillon');
      await page.fill('#f-summary', 'Un résumé\nsur deux lignes.');
      await page.check('#f-themes-gender-equality');
      await page.selectOption('#f-status', 'ongoing');
      await page.click('[data-repeat=partners] [data-add]');
      await page.fill('#f-partners-0-name', 'Association');
      await page.reload();
      await page.waitForSelector('form[data-ready=true]');
      expect(await page.inputValue('#f-title')).toBe('Rabat : brouillon');
      expect(await page.inputValue('#f-slug')).toBe('rabat-brouillon');
      expect(await page.inputValue('#f-summary')).toBe('Un résumé\nsur deux lignes.');
      expect(await page.isChecked('#f-themes-gender-equality')).toBe(true);
      expect(await page.inputValue('#f-status')).toBe('ongoing');
      expect(await page.inputValue('#f-partners-0-name')).toBe('Association');
      expect(await page.textContent('[data-propose-status]')).toBe('Votre brouillon a été restauré depuis ce navigateur.');
      await page.goto(`${server.url}ar/contribute/propose/`);
      await page.waitForSelector('form[data-ready=true]');
      expect(await page.inputValue('#f-title')).toBe('Rabat : brouillon');
    } finally {
      await page.context().close();
    }
  });

  it('shows a missing answer next to its field and in a summary, and no files', async () => {
    const { page } = await open('en');
    try {
      await page.evaluate(() => localStorage.clear());
      await page.reload();
      await page.waitForSelector('form[data-ready=true]');
      await fill(page, { ...answersFor.en, title: '', slug: 'no-title-yet', summary: 'x'.repeat(301) });
      await page.click('form[data-propose-form] button[type=submit]');
      await page.waitForSelector('[data-error-summary]:not([hidden])');
      expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-error-summary'))).toBe(true);
      const links = await page.$$eval('[data-error-list] a', (as) => as.map((a) => ({ href: a.getAttribute('href'), text: a.textContent })));
      expect(links).toEqual([
        { href: '#f-title', text: 'Title: Please fill this in.' },
        { href: '#f-summary', text: 'Summary: Too long: at most 300 characters (now 301).' },
      ]);
      expect(await page.getAttribute('#f-title', 'aria-invalid')).toBe('true');
      expect(await page.getAttribute('#f-title', 'aria-describedby')).toContain('f-title-error');
      expect(await page.textContent('#f-title-error')).toBe('Please fill this in.');
      expect(await page.isVisible('#f-title-error')).toBe(true);
      expect(await page.isHidden('[data-files]')).toBe(true);
      await page.click('[data-error-list] a[href="#f-title"]');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-title');
      // Correcting an answer updates the messages as one types.
      await page.fill('#f-title', 'Now with a title');
      expect(await page.isHidden('#f-title-error')).toBe(true);
      expect(await axe(page)).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  // The words come from the page's island (no i18next in the browser): each problem in the page's language.
  for (const locale of ['ar', 'fr'] as const) {
    it(`${locale}: every problem is said in ${locale}, next to its field and in the summary`, async () => {
      const { page, errors } = await open(locale);
      try {
        await page.evaluate(() => localStorage.clear());
        await page.reload();
        await page.waitForSelector('form[data-ready=true]');
        await fill(page, {
          ...answersFor.fr,
          lang: locale,
          slug: 'sample-full',
          title: '',
          summary: 'x'.repeat(301),
          documents: [{ title: 'T', publisher: '', year: 'soon', url: 'ftp://example.org' }],
          lessons: 'See [this](javascript:alert(1)).',
        });
        await page.click('form[data-propose-form] button[type=submit]');
        await page.waitForSelector('[data-error-summary]:not([hidden])');
        const items = await page.$$eval('[data-error-list] a', (as) => as.map((a) => a.textContent ?? ''));
        const beside = await page.$$eval('.field-error:not([hidden])', (ps) => ps.map((p) => p.textContent ?? ''));
        expect(beside.length).toBeGreaterThanOrEqual(6);
        const kinds = ['slugTaken', 'required', 'tooLong', 'year', 'url', 'unsafe'] as const;
        expect(items.length).toBeGreaterThanOrEqual(kinds.length);
        // Each sentence of the page's language (its placeholders filled) is among the problems shown.
        const sentences = resources[locale].scaffold.error;
        for (const kind of kinds) {
          const pattern = new RegExp(
            sentences[kind]
              .split(/\{\{\w+\}\}/)
              .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
              .join('.+'),
          );
          expect(
            items.some((text) => pattern.test(text)),
            `${kind} among ${items.join(' | ')}`,
          ).toBe(true);
        }
        // Nothing of the English sentences, and in Arabic no Latin letter outside the isolated values.
        const english = Object.values(resources.en.scaffold.error)
          .flatMap((e) => e.split(/\{\{\w+\}\}/))
          .filter((part) => part.trim().length > 8);
        for (const text of [...items, ...beside]) for (const part of english) expect(text).not.toContain(part.trim());
        if (locale === 'ar') for (const text of [...items, ...beside]) expect(text.replace(/[\u2066-\u2068][^\u2069]*\u2069/g, '')).not.toMatch(/[A-Za-z]/);
        expect(errors).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('ticking a city ticks its country; texts follow the chosen language’s direction', async () => {
    const { page } = await open('en');
    try {
      await page.check('#f-cities-rabat');
      expect(await page.isChecked('#f-countries-ma')).toBe(true);
      await page.selectOption('#f-lang', 'ar');
      expect(await page.getAttribute('#f-title', 'dir')).toBe('rtl');
      expect(await page.getAttribute('#f-slug', 'dir')).toBe('ltr');
    } finally {
      await page.context().close();
    }
  });
});

describe('proposal form: a new city and the one-step contribution (fixture site, built with a repository)', () => {
  /** An Arabic proposal from Fès, a city the taxonomy does not list yet. */
  const fes: PracticeAnswers = {
    ...answersFor.ar,
    slug: 'fes-youth-forum',
    countries: ['ma'],
    cities: [],
    context: 'بدعم من <bdi>UNDP</bdi> منذ البداية.',
  };
  async function fillFes(page: Page) {
    await fill(page, fes);
    await page.click('[data-new-city] summary');
    await page.fill('#f-newCity-name-ar', 'فاس');
    await page.fill('#f-newCity-name-fr', 'Fès');
    expect(await page.inputValue('#f-newCity-slug')).toBe('fes'); // suggested from the French name
    await page.fill('#f-newCity-lat', '34,0331');
    await page.fill('#f-newCity-lon', '-5.0003');
  }
  /** The fixture content with the proposal applied as the workflow or an upload would, then the real check. */
  async function checkApplied(files: { path: string; content: string; append?: boolean | undefined }[], replace = false) {
    const dir = await mkdtemp(join(tmpdir(), 'proposal-'));
    await cp(fixtureContent, dir, { recursive: true });
    try {
      if (replace) for (const f of files) await mkdir(dirname(join(dir, f.path)), { recursive: true }).then(() => writeFile(join(dir, f.path), f.content));
      else writeContentFiles(dir, files);
      const report = await readContent(dir);
      return {
        errors: report.issues.filter((i) => i.severity === 'error').map(formatIssue),
        cityWarnings: report.issues.filter((i) => i.severity === 'warning' && i.file === 'taxonomy/cities.yaml').map((i) => i.field),
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('ar: a new city proposed from the form travels in one prefilled issue whose files pass the check', async () => {
    const { page, errors } = await open('ar', 'phone');
    try {
      await fillFes(page);
      await page.click('form[data-propose-form] button[type=submit]');
      await page.waitForSelector('[data-send]:not([hidden])');
      const link = page.locator('[data-send-issue-link]');
      await expect.poll(() => link.getAttribute('href')).toMatch(/^https:\/\/github\.com\/example\/mena-hub\/issues\/new\?template=send-proposal\.yml&/);
      const href = (await link.getAttribute('href'))!;
      expect(href.length).toBeLessThanOrEqual(maxIssueUrlLength);
      expect(await link.getAttribute('target')).toBe('_blank');
      const params = new URL(href).searchParams;
      expect(params.get('title')).toBe(`اقتراح: \u2068${fes.title}\u2069`);
      // What GitHub's issue form puts in the issue body: the field's label, then the text as given.
      const bundle = await decodeBundle(`### Your files\n\n${params.get('proposal')}\n`);
      if (!bundle.ok) throw new Error(bundle.reason);
      expect(bundle.files.map((f) => f.path)).toEqual(['practices/fes-youth-forum/practice.yaml', 'practices/fes-youth-forum/ar.mdx', 'taxonomy/cities.yaml']);
      expect(bundle.files[1]!.content).toContain('بدعم من <bdi>UNDP</bdi> منذ البداية.');
      const { errors: problems, cityWarnings } = await checkApplied(bundle.files);
      expect(problems).toEqual([]);
      expect(cityWarnings).toEqual(['fes.name.en']);
      // The preview reads left to right like code, each quoted value isolated.
      const preview = page.locator('[data-file-path="practices/fes-youth-forum/ar.mdx"] pre.file-preview');
      expect(await preview.getAttribute('dir')).toBe('ltr');
      expect(await preview.locator('bdi').allTextContents()).toContain(fes.title);
      expect(await page.locator('[data-file-path="taxonomy/cities.yaml"] h3').textContent()).toContain('taxonomy/cities.yaml');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });

  it('ar: the same proposal as one archive, laid out like the repository, passes the check once uploaded', async () => {
    const { page } = await open('ar');
    try {
      await fillFes(page);
      await page.click('form[data-propose-form] button[type=submit]');
      await page.waitForSelector('[data-send]:not([hidden])');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-send-archive]')]);
      expect(download.suggestedFilename()).toBe('proposal-fes-youth-forum.zip');
      const entries = unzipSync(new Uint8Array(await readFile((await download.path())!)));
      const files = Object.entries(entries).map(([name, bytes]) => ({ path: name.replace(/^content\//, ''), content: strFromU8(bytes) }));
      expect(Object.keys(entries)).toEqual([
        'content/practices/fes-youth-forum/practice.yaml',
        'content/practices/fes-youth-forum/ar.mdx',
        'content/taxonomy/cities.yaml',
      ]);
      // Uploading replaces cities.yaml with the archive's copy: the site's list with the new city at the end.
      expect(files[2]!.content.startsWith(await readFile(join(fixtureContent, 'taxonomy/cities.yaml'), 'utf8'))).toBe(true);
      expect((await checkApplied(files, true)).errors).toEqual([]);
      const steps = await page.locator('[data-send-archive-part] ol li').allTextContents();
      expect(steps).toHaveLength(4);
      expect(await page.locator('[data-send-archive-part] ol a').getAttribute('href')).toBe('https://github.com/example/mena-hub/upload/main');
    } finally {
      await page.context().close();
    }
  });

  it('fr: a proposal too long for a link says so and offers only the archive', async () => {
    const { page, errors } = await open('fr');
    try {
      await fill(page, answersFor.fr);
      let seed = 7;
      const word = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % 26))).join('');
      await page.fill('#f-context', Array.from({ length: 1600 }, word).join(' '));
      await page.click('form[data-propose-form] button[type=submit]');
      await page.waitForSelector('[data-send]:not([hidden])');
      await expect.poll(() => page.isVisible('[data-send-too-long]')).toBe(true);
      expect(await page.isVisible('[data-send-issue]')).toBe(false);
      expect(await page.getAttribute('[data-send-archive]', 'href')).toMatch(/^blob:/);
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
