import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtPages, fileFor, page } from '../support/built-site.ts';
import { dist, fixtureBase, fixtureContent, fixtureDist, realContent, root } from '../support/paths.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import fr from '../../src/i18n/fr/reader.json' with { type: 'json' };
import { buildSite } from '../support/astro-build.ts';

/** Open data (/data/practices.json and .csv), the feeds (/{l}/feed.xml) and JSON-LD, on the built sites. */

const builds = [
  { name: 'real site', dist, base: '/', content: realContent },
  { name: 'fixture under a base path', dist: fixtureDist, base: fixtureBase, content: fixtureContent },
];

const ARABIC = /[\u0600-\u06FF]/;
const TEXT_FIELDS = ['title', 'summary', 'goal', 'approach', 'impact', 'narrative'] as const;

const dirs = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
/** Practice slugs, counted from the content folder: a folder with a practice.yaml. */
const practiceSlugs = (content: string) => dirs(join(content, 'practices')).filter((s) => existsSync(join(content, 'practices', s, 'practice.yaml')));
/** Which languages a practice has its own text in. */
const textLocales = (content: string, slug: string) => localeCodes.filter((l) => existsSync(join(content, 'practices', slug, `${l}.mdx`)));
/** Guide slugs with their chapter slugs (chapter files in any language). */
function guides(content: string): { slug: string; chapters: string[] }[] {
  return dirs(join(content, 'guides')).map((slug) => {
    const chapters = new Set<string>();
    for (const l of localeCodes) {
      const dir = join(content, 'guides', slug, l);
      if (existsSync(dir)) for (const f of readdirSync(dir)) if (f.endsWith('.mdx') && f !== 'index.mdx') chapters.add(f.slice(0, -4));
    }
    return { slug, chapters: [...chapters].sort() };
  });
}
/** The frontmatter of an MDX file, as the build reads it. */
const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as Record<string, string>;

/** The built file an absolute URL of the site points to, or undefined. */
function target(distDir: string, base: string, href: string): string | undefined {
  const { pathname } = new URL(href);
  return pathname.startsWith(base) ? fileFor(distDir, `/${pathname.slice(base.length)}`) : undefined;
}

/**
 * RFC 4180, strictly: CRLF between records, quoted fields with doubled quotes, no bare quote or line
 * break outside quotes. Written here, apart from the site's writer, so the test checks the format itself.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      // A quoted field runs to the next quote that is not doubled.
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`CSV: text after a closing quote at ${i}`);
      if (field === '') field = '\u0000'; // keep "" apart from an empty unquoted field while scanning
      continue;
    }
    if (c === ',') {
      endField();
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endField();
      rows.push(row);
      row = [];
      i += 2;
    } else if (c === '\r' || c === '\n') {
      throw new Error(`CSV: bare line break outside quotes at ${i}`);
    } else if (c === '"') {
      throw new Error(`CSV: quote inside an unquoted field at ${i}`);
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows.map((r) => r.map((f) => (f === '\u0000' ? '' : f)));
}

/** Each JSON-LD block of a built page, as written in the file (not as an HTML parser reads it). */
function rawJsonLd(distDir: string, sitePath: string): string[] {
  const html = readFileSync(fileFor(distDir, sitePath)!, 'utf8');
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script/gi)].map((m) => m[1]!);
}

interface OpenPractice {
  slug: string;
  url: Record<Locale, string>;
  languages: Locale[];
  [field: string]: unknown;
}

for (const b of builds) {
  describe(`open data: ${b.name}`, () => {
    const slugs = practiceSlugs(b.content);
    const json = JSON.parse(readFileSync(join(b.dist, 'data/practices.json'), 'utf8')) as { count: number; practices: OpenPractice[] };

    it('/data/practices.json parses and holds every practice, with every text in en, ar and fr where written', () => {
      expect(slugs.length).toBeGreaterThan(0);
      expect(json.count).toBe(slugs.length);
      expect(json.practices.map((p) => p.slug)).toEqual(slugs);
      for (const p of json.practices) {
        const written = textLocales(b.content, p.slug);
        expect(p.languages, p.slug).toEqual(written);
        for (const field of TEXT_FIELDS) {
          const texts = p[field] as Record<Locale, string | null>;
          expect(Object.keys(texts).sort(), `${p.slug} ${field}`).toEqual([...localeCodes].sort());
          for (const l of localeCodes) {
            if (written.includes(l)) expect(texts[l], `${p.slug} ${field} ${l}`).toMatch(/\S/);
            else expect(texts[l], `${p.slug} ${field} ${l}: no text, no fallback`).toBeNull();
          }
          if (written.includes('ar')) expect(texts.ar, `${p.slug} ${field} ar`).toMatch(ARABIC);
        }
        for (const l of localeCodes) expect(target(b.dist, b.base, p.url[l]), `${p.slug} url ${l}`).toBeDefined();
        const themes = p.themes as { code: string; name: Record<Locale, string> }[];
        expect(themes.length, p.slug).toBeGreaterThan(0);
        for (const th of themes) expect(th.name.ar, `${p.slug} theme ${th.code}`).toMatch(ARABIC);
      }
    });

    if (b.content === realContent) {
      it('the bundled practices are complete in all three languages', () => {
        for (const p of json.practices) expect(p.languages, p.slug).toEqual([...localeCodes]);
      });
    }

    it('/data/practices.csv starts with the BOM, parses as RFC 4180 and has one row per practice', () => {
      const bytes = readFileSync(join(b.dist, 'data/practices.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const [header, ...rows] = parseCsv(bytes.toString('utf8').slice(1));
      expect(rows).toHaveLength(slugs.length);
      for (const r of rows) expect(r, r[0]).toHaveLength(header!.length);
      const col = (name: string) => {
        const i = header!.indexOf(name);
        expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
        return i;
      };
      expect(rows.map((r) => r[col('slug')])).toEqual(slugs);
      for (const field of TEXT_FIELDS) for (const l of localeCodes) col(`${field}_${l}`);
      // What the spreadsheet shows is what the JSON holds (quotes, commas, line breaks survive).
      for (const [i, p] of json.practices.entries()) {
        for (const field of TEXT_FIELDS)
          for (const l of localeCodes)
            expect(rows[i]![col(`${field}_${l}`)], `${p.slug} ${field}_${l}`).toBe((p[field] as Record<Locale, string | null>)[l] ?? '');
        if (p.languages.includes('ar')) {
          expect(rows[i]![col('title_ar')]).toMatch(ARABIC);
          expect(rows[i]![col('summary_ar')]).toMatch(ARABIC);
        }
        expect(rows[i]![col('themes_ar')]).toMatch(ARABIC);
      }
    });

    it('/data/codebook.csv describes every column of practices.csv, in order, with its type and meaning in three languages', () => {
      const [header] = parseCsv(readFileSync(join(b.dist, 'data/practices.csv'), 'utf8').slice(1));
      const [bookHeader, ...book] = parseCsv(readFileSync(join(b.dist, 'data/codebook.csv'), 'utf8').slice(1));
      expect(bookHeader).toEqual(['field', 'type', 'values', 'description_en', 'description_ar', 'description_fr']);
      // `x_{lang}` stands for x_en, x_ar and x_fr.
      const expanded = book.flatMap(([field]) => (field!.endsWith('_{lang}') ? localeCodes.map((l) => field!.replace('{lang}', l)) : [field!]));
      expect(expanded).toEqual(header);
      for (const [field, type, values, en, ar, frText] of book) {
        expect(type, field).toMatch(/^[a-z-]+$/);
        for (const d of [en, ar, frText]) expect(d, field).toMatch(/\S/);
        expect(ar, field).toMatch(ARABIC);
        expect(`${en}${ar}${frText}`, field).not.toContain('{{');
        if (field === 'evidence_level') expect(values).toBe('0; 1; 2; 3; 4');
        if (field === 'status') expect(values!.split('; ')).toContain('unknown');
      }
      const json = JSON.parse(readFileSync(join(b.dist, 'data/codebook.json'), 'utf8')) as { fields: { field: string }[] };
      expect(json.fields.map((f) => f.field)).toEqual(book.map(([f]) => f));
    });

    it('each language has a feed with one item per practice, newest review first, linking to built pages', () => {
      for (const l of localeCodes) {
        const $ = cheerio.load(readFileSync(join(b.dist, l, 'feed.xml'), 'utf8'), { xml: true });
        expect($('rss > channel > language').text(), l).toBe(l);
        const items = $('rss > channel > item')
          .toArray()
          .map((el) => ({
            title: $(el).children('title').text(),
            link: $(el).children('link').text(),
            date: Date.parse($(el).children('pubDate').text()),
            lang: $(el).children('dc\\:language').text(),
          }));
        expect(items.map((it) => new URL(it.link).pathname.split('/').at(-2)).sort(), l).toEqual(slugs);
        for (const it of items) {
          expect(it.title, `${l} ${it.link}`).toMatch(/\S/);
          expect(target(b.dist, b.base, it.link), `${l} feed link ${it.link}`).toBeDefined();
          expect(new URL(it.link).pathname.startsWith(`${b.base}${l}/practices/`), it.link).toBe(true);
          // An item shown in another language says so, in dc:language and after its title.
          const slug = new URL(it.link).pathname.split('/').at(-2)!;
          if (textLocales(b.content, slug).includes(l)) expect(it.lang, it.link).toBe(l);
          else {
            expect(it.lang, it.link).not.toBe(l);
            expect(it.title, it.link).toMatch(/\)$/);
          }
        }
        const dates = items.map((it) => it.date);
        expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
        expect(dates, `${l}: newest first`).toEqual([...dates].sort((x, y) => y - x));
        if (l === 'ar') expect(items.filter((it) => it.lang === 'ar').every((it) => ARABIC.test(it.title))).toBe(true);
      }
    });

    it('every page of a language announces its feed in the head', () => {
      for (const p of builtPages(b.dist).filter((x) => /^\/(en|ar|fr)\//.test(x))) {
        const l = p.split('/')[1]!;
        const $ = page(b.dist, p);
        expect($('head link[rel=alternate][type="application/rss+xml"]').attr('href'), p).toBe(`${b.base}${l}/feed.xml`);
      }
    });

    it('practice, guide, chapter and resource pages carry JSON-LD of the expected schema.org type', () => {
      const check = (sitePath: string, type: string) => {
        const blocks = rawJsonLd(b.dist, sitePath);
        expect(blocks, sitePath).toHaveLength(1);
        const data = JSON.parse(blocks[0]!) as Record<string, unknown>;
        expect(data['@context'], sitePath).toBe('https://schema.org');
        expect(data['@type'], sitePath).toBe(type);
        return data;
      };
      const resources = readdirSync(join(b.content, 'resources')).filter((f) => f.endsWith('.yaml')).length;
      for (const l of localeCodes) {
        for (const slug of slugs) {
          const data = check(`/${l}/practices/${slug}/`, 'Article');
          const about = data.about as Record<string, unknown>;
          expect(about['@type']).toBe('Project');
          expect((about.location as unknown[]).length, slug).toBeGreaterThan(0);
          expect(data.headline).toBe(page(b.dist, `/${l}/practices/${slug}/`)('main h1').text());
          expect(data.inLanguage).toBe(page(b.dist, `/${l}/practices/${slug}/`)('main h1').attr('lang') ?? l);
          expect(data.license).toMatch(/^https:\/\//);
        }
        for (const g of guides(b.content)) {
          const guide = check(`/${l}/guides/${g.slug}/`, 'LearningResource');
          expect((guide.hasPart as { url: string }[]).map((c) => target(b.dist, b.base, c.url))).not.toContain(undefined);
          expect(guide.hasPart as unknown[]).toHaveLength(g.chapters.length);
          for (const c of g.chapters) {
            const chapter = check(`/${l}/guides/${g.slug}/${c}/`, 'LearningResource');
            expect((chapter.isPartOf as Record<string, unknown>)['@type']).toBe('LearningResource');
            expect(target(b.dist, b.base, (chapter.isPartOf as { url: string }).url)).toBeDefined();
          }
        }
        const list = check(`/${l}/resources/`, 'ItemList');
        expect(list.itemListElement as unknown[]).toHaveLength(resources);
      }
    });
  });
}

describe('hostile texts in JSON-LD, feeds and open data', () => {
  const content = resolve(root, 'tests/fixtures/hostile');
  const out = resolve(root, process.env.TEST_HOSTILE_DIST ?? 'tests/.output/dist-hostile');
  const base = '/hostile/';
  const practice = join(content, 'practices/hostile-strings');
  const en = frontmatter(join(practice, 'en.mdx'));
  const ar = frontmatter(join(practice, 'ar.mdx'));
  const guideIntro = frontmatter(join(content, 'guides/hostile-guide/en/index.mdx'));
  const chapter = frontmatter(join(content, 'guides/hostile-guide/en/first-chapter.mdx'));
  const resource = parseYaml(readFileSync(join(content, 'resources/hostile-resource.yaml'), 'utf8')) as { title: { en: string }; publisher: string };
  const facts = parseYaml(readFileSync(join(practice, 'practice.yaml'), 'utf8')) as { lead_organisation: { name: { en: string } } };

  beforeAll(async () => {
    const built = await buildSite({ contentDir: content, outDir: out, env: { BASE_PATH: base, SITE_URL: 'https://example.org' } });
    if (built.code !== 0) throw new Error(built.output);
  }, 300_000);

  it('the fixture really is hostile', () => {
    for (const value of [en.title, ar.title, guideIntro.title, chapter.title, resource.title.en, facts.lead_organisation.name.en])
      expect(value).toMatch(/<\/script>/);
    expect(en.summary).toMatch(/\u2028/);
  });

  it('a JSON-LD block never contains a raw `<`, so no text can close the element, and parses back to the original strings', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON-LD of any shape, read path by path
    const pages: [string, (data: Record<string, any>) => void][] = [
      [
        `/en/practices/hostile-strings/`,
        (d) => {
          expect(d.headline).toBe(en.title);
          expect(d.description).toBe(en.summary);
          expect(d.about.name).toBe(en.title);
          expect(d.about.parentOrganization.name).toBe(facts.lead_organisation.name.en);
        },
      ],
      [`/ar/practices/hostile-strings/`, (d) => expect(d.headline).toBe(ar.title)],
      // No French text: the page shows the English one, and so does its JSON-LD.
      [`/fr/practices/hostile-strings/`, (d) => expect([d.headline, d.inLanguage]).toEqual([en.title, 'en'])],
      [
        `/en/guides/hostile-guide/`,
        (d) => {
          expect(d.name).toBe(guideIntro.title);
          expect(d.hasPart[0].name).toBe(chapter.title);
        },
      ],
      [
        `/en/guides/hostile-guide/first-chapter/`,
        (d) => {
          expect(d.name).toBe(chapter.title);
          expect(d.description).toBe(chapter.summary);
          expect(d.isPartOf.name).toBe(guideIntro.title);
        },
      ],
      [
        `/en/resources/`,
        (d) => {
          expect(d.itemListElement[0].item.name).toBe(resource.title.en);
          expect(d.itemListElement[0].item.publisher.name).toBe(resource.publisher);
        },
      ],
    ];
    for (const [sitePath, expectations] of pages) {
      // What a browser's parser sees: no script or event handler made from a text.
      const $ = page(out, sitePath);
      const scripts = $('script:not([type="application/ld+json"]):not([type="application/json"])')
        .toArray()
        .filter((el) => /alert/.test($(el).text()));
      expect(scripts, `${sitePath}: a text became a script`).toHaveLength(0);
      expect($('[onerror]'), `${sitePath}: a text became an element`).toHaveLength(0);
      const blocks = rawJsonLd(out, sitePath);
      expect(blocks, sitePath).toHaveLength(1);
      expect(blocks[0], sitePath).not.toMatch(/[<>&\u2028\u2029]/);
      expectations(JSON.parse(blocks[0]!));
      // And the HTML parser (what a search engine reads) sees the same block.
      expect(JSON.parse(page(out, sitePath)('script[type="application/ld+json"]').text()), sitePath).toEqual(JSON.parse(blocks[0]!));
    }
  });

  it('feeds, JSON and CSV carry the hostile strings as text, unchanged', () => {
    const $ = cheerio.load(readFileSync(join(out, 'en/feed.xml'), 'utf8'), { xml: true });
    expect($('item > title').text()).toBe(en.title);
    expect($('item > description').text()).toBe(en.summary);
    expect($('item script, item img')).toHaveLength(0);
    const $fr = cheerio.load(readFileSync(join(out, 'fr/feed.xml'), 'utf8'), { xml: true });
    expect($fr('item > title').text()).toBe(`${en.title} (${fr.fallback.badge.replace('{{language}}', fr.languageName.en)})`);
    expect($fr('item > dc\\:language').text()).toBe('en');

    const json = JSON.parse(readFileSync(join(out, 'data/practices.json'), 'utf8')) as { practices: OpenPractice[] };
    const p = json.practices[0]! as OpenPractice & { title: Record<Locale, string | null>; summary: Record<Locale, string | null> };
    expect([p.title.en, p.title.ar, p.title.fr, p.summary.en]).toEqual([en.title, ar.title, null, en.summary]);

    const [header, row] = parseCsv(readFileSync(join(out, 'data/practices.csv'), 'utf8').slice(1));
    const cell = (name: string) => row![header!.indexOf(name)];
    expect([cell('title_en'), cell('title_ar'), cell('title_fr'), cell('summary_en'), cell('impact_en')]).toEqual([
      en.title,
      ar.title,
      '',
      en.summary,
      en.impact,
    ]);
  });
});
