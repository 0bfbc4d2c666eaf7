import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/list-files.ts';
import { buildSite } from '../support/astro-build.ts';
import { escapingProblems, jsonLd, jsonLdEscapingProblems, withoutAttributes } from '../support/escaping.ts';
import { root } from '../support/paths.ts';
import { t } from '../../src/lib/i18n.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';

/**
 * Contributor text containing markup, quotes and `</script>` (tests/fixtures/hostile, with the city names
 * of tests/fixtures/escaping laid over it) comes out as text: escaped in the HTML, well-formed in
 * attributes, intact in the search index.
 */
const hostile = resolve(root, 'tests/fixtures/hostile');
const overlay = resolve(root, 'tests/fixtures/escaping');
const slug = 'hostile-strings';
let contentDir = '';
let outDir = '';

beforeAll(async () => {
  contentDir = await mkdtemp(join(tmpdir(), 'escaping-'));
  outDir = resolve(root, 'tests/.output', `escaping-${process.pid}`);
  await cp(hostile, contentDir, { recursive: true });
  await cp(overlay, contentDir, { recursive: true });
  const { code, output } = await buildSite({ contentDir, outDir });
  if (code !== 0) throw new Error(`the hostile fixture did not build:\n${output.slice(-3000)}`);
}, 300_000);
afterAll(() => Promise.all([contentDir, outDir].filter(Boolean).map((d) => rm(d, { recursive: true, force: true }))));

const read = (file: string) => readFileSync(join(contentDir, file), 'utf8');
const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(read(file))![1]!) as Record<string, string>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the fixture's YAML, read path by path
const yamlFile = (file: string) => parseYaml(read(file)) as Record<string, any>;

/** The texts as the contributor wrote them (Astro's schemas trim them). */
function originals(locale: Locale) {
  const text = frontmatter(`practices/${slug}/${locale}.mdx`);
  const facts = yamlFile(`practices/${slug}/practice.yaml`);
  const cities = yamlFile('taxonomy/cities.yaml');
  return {
    title: text.title!.trim(),
    summary: text.summary!.trim(),
    lead: (facts.lead_organisation.name[locale] ?? facts.lead_organisation.name.en) as string,
    city: cities.rabat.name[locale] as string,
  };
}

/** Every string written in the content folder that carries a `<` (what must never become markup). */
function hostileTexts(): string[] {
  const out = new Set<string>();
  const collect = (value: unknown): void => {
    if (typeof value === 'string') {
      if (value.includes('<')) out.add(value);
    } else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  for (const file of listFiles(contentDir).files) {
    if (file.endsWith('.yaml')) collect(yamlFile(file));
    else if (file.endsWith('.mdx')) collect(parseYaml(/^---\n([\s\S]*?)\n---/.exec(read(file))?.[1] ?? ''));
  }
  return [...out];
}

/** Built files whose path matches `ext`, as full paths. */
const files = (ext: RegExp) =>
  listFiles(outDir, { dotFiles: true })
    .files.filter((f) => ext.test(f))
    .map((f) => join(outDir, f));
const page = (path: string) => cheerio.load(readFileSync(join(outDir, path, 'index.html'), 'utf8'));
const name = (file: string) => relative(outDir, file).split(sep).join('/');

/** The search index's record for a page (Pagefind fragments: gzip, a signature, then JSON). */
function indexedRecord(url: string): { url: string; meta: Record<string, string>; filters: Record<string, string[]> } | undefined {
  const dir = join(outDir, 'pagefind', 'fragment');
  for (const f of readdirSync(dir)) {
    const text = gunzipSync(readFileSync(join(dir, f))).toString('utf8');
    const record = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; meta: Record<string, string>; filters: Record<string, string[]> };
    if (record.url === url) return record;
  }
  return undefined;
}

describe('hostile texts come out escaped', () => {
  it('the fixture carries markup, quotes and </script> in a title, a summary, an organisation and a city', () => {
    const en = originals('en');
    for (const value of [en.title, en.summary, en.lead, en.city]) expect(value).toMatch(/<\/script>/);
    expect(en.title).toMatch(/<script>alert\(/);
    expect(en.title + en.summary).toMatch(/'/);
    expect(en.title + en.summary).toMatch(/"/);
  });

  it('no page lets a text out of its element: no <script>alert outside attribute values, only external or data scripts, no event handlers', () => {
    const texts = hostileTexts();
    expect(texts.length).toBeGreaterThan(5);
    const problems: string[] = [];
    const pages = files(/\.html$/);
    expect(pages.length).toBeGreaterThan(20);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      if (/<script[^>]*>\s*alert|<img[^>]*onerror/i.test(withoutAttributes(html))) problems.push(`${name(file)}: unescaped <script>alert or <img onerror>`);
      for (const p of escapingProblems(html, texts)) problems.push(`${name(file)}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('feeds and other XML files escape the texts', () => {
    const problems = files(/\.xml$/)
      .filter((file) => /<script|<img|<style/i.test(readFileSync(file, 'utf8')))
      .map(name);
    expect(problems).toEqual([]);
  });

  for (const locale of ['en', 'ar'] as const) {
    it(`${locale}: title, description and Open Graph attributes read back as written`, () => {
      const o = originals(locale);
      const $ = page(`${locale}/practices/${slug}`);
      expect($('meta[name=description]').attr('content')).toBe(o.summary);
      expect($('meta[property="og:title"]').attr('content')).toBe(o.title);
      expect($('meta[property="og:description"]').attr('content')).toBe(o.summary);
      expect($('title').text()).toBe(`${o.title} · ${t(locale)('site.shortName')}`);
      expect($('main h1').text().trim()).toBe(o.title);
      expect($('main').text()).toContain(o.lead);
      // A city's own page: its name in the title and Open Graph, from the taxonomy.
      const $city = page(`${locale}/cities/rabat`);
      expect($city('meta[property="og:title"]').attr('content')).toBe(o.city);
    });

    it(`${locale}: the search index keeps the title and place as written`, () => {
      const o = originals(locale);
      const url = `/${locale}/practices/${slug}/`;
      const indexed = indexedRecord(url);
      expect(indexed, url).toBeDefined();
      expect(indexed!.meta.title).toBe(o.title);
      expect(indexed!.meta.place).toContain(o.city);
      expect(indexed!.filters.type).toEqual(['practice']);
      // The summary is part of the record's text (whitespace, including U+2028, folded to spaces).
      expect(indexed!.meta.text).toContain(o.summary.replace(/\s+/g, ' '));
    });
  }

  it('JSON-LD blocks are escaped data and hold the title as written', () => {
    const problems = files(/\.html$/).flatMap((file) => jsonLdEscapingProblems(readFileSync(file, 'utf8')).map((p) => `${name(file)}: ${p}`));
    expect(problems).toEqual([]);
    const file = join(outDir, 'en/practices', slug, 'index.html');
    expect(existsSync(file), file).toBe(true);
    const strings: string[] = [];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') strings.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    jsonLd(readFileSync(file, 'utf8')).forEach(collect);
    expect(strings).toContain(originals('en').title);
  });
});

describe('feeds and open data stay valid with hostile texts (read back by real parsers)', () => {
  for (const locale of localeCodes) {
    it(`${locale}: feed.xml is well-formed XML and holds the title as written`, () => {
      const xml = readFileSync(join(outDir, locale, 'feed.xml'), 'utf8');
      expect(SyntaxValidator.validate(xml)).toBe(true);
      const feed = new XMLParser({ processEntities: true, htmlEntities: false }).parse(xml) as {
        rss: { channel: { item: { title: string; link: string }[] | { title: string; link: string } } };
      };
      const items = [feed.rss.channel.item].flat();
      const item = items.find((i) => i.link.endsWith(`/${locale}/practices/${slug}/`));
      expect(item, JSON.stringify(items.map((i) => i.link))).toBeDefined();
      // French has no text of its own: the feed names the practice in the language it is written in, and says which.
      if (locale === 'fr') expect(String(item!.title)).toMatch(new RegExp(`^${originals('en').title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(.+\\)$`));
      else expect(String(item!.title)).toBe(originals(locale).title);
    });
  }

  it('practices.json parses and holds the texts as written', () => {
    const data = JSON.parse(readFileSync(join(outDir, 'data/practices.json'), 'utf8')) as {
      practices: { slug: string; title: Record<string, string>; summary: Record<string, string> }[];
    };
    const record = data.practices.find((p) => p.slug === slug);
    expect(record).toBeDefined();
    expect(record!.title.en).toBe(originals('en').title);
    expect(record!.title.ar).toBe(originals('ar').title);
    expect(record!.summary.en).toBe(originals('en').summary);
  });

  it('practices.csv parses to one row per practice, the texts as written, no cell a spreadsheet would run', () => {
    const rows = parseCsv(readFileSync(join(outDir, 'data/practices.csv'), 'utf8'), { bom: true, columns: true, relax_quotes: false }) as Record<
      string,
      string
    >[];
    const row = rows.find((r) => r.slug === slug);
    expect(row).toBeDefined();
    expect(row!.title_en).toBe(originals('en').title);
    expect(row!.summary_en).toBe(originals('en').summary);
    // A program splitting on semicolons or tabs starts a cell after each: none may start a formula there.
    const risky = rows
      .flatMap((r) => Object.entries(r))
      .flatMap(([column, cell]) =>
        cell
          .split(/[,;\t]/)
          .filter((part) => /^[=+@]|^-(?!\d)/.test(part))
          .map((part) => `${column}: ${part.slice(0, 40)}`),
      );
    expect(risky).toEqual([]);
  });
});
