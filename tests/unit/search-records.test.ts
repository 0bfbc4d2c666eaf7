import { describe, expect, it } from 'vitest';
import { searchRecords, type SearchSource } from '../../src/lib/search/records.ts';
import { foldRecord, indexDocument } from '../../src/lib/search/index-document.ts';
import { htmlText } from '../../src/lib/search/text.ts';
import { bodyText } from '../../src/build/search/body-text.ts';
import type { Locale } from '../../src/config/locales.ts';

/** A small content set in memory, shaped like the collections (only what search reads). */
const names = (en: string, ar: string, fr: string) => ({ en, ar, fr });
const practiceText = (id: string, title: string, summary: string, html: string) => ({
  id,
  collection: 'practiceTexts',
  data: { title, summary, goal: `${title} goal`, approach: 'approach', impact: 'impact', notes: {} },
  rendered: { html },
});
const mdxText = (id: string, title: string, body: string) => ({ id, collection: 'guideTexts', data: { title, summary: `${title} summary` }, body });
const practice = (slug: string, texts: Partial<Record<Locale, unknown>>) => ({
  slug,
  data: {
    countries: ['lb'],
    cities: ['tripoli-lb'],
    themes: ['youth-engagement'],
    status: { value: 'ongoing', as_of: '2024-03' },
    evidence: { level: '1' },
    review: { level: 'compiled', date: '2024-05-01' },
  },
  texts: new Map(Object.entries(texts)),
});

const site = {
  countries: new Map([['lb', { name: names('Lebanon', 'لبنان', 'Liban') }]]),
  cities: new Map([['tripoli-lb', { name: names('Tripoli', 'طرابلس', 'Tripoli'), country: 'lb', aliases: ['Trablous'] }]]),
  themes: new Map([['youth-engagement', { name: names('Youth engagement', 'إشراك الشباب', 'Engagement des jeunes') }]]),
  glossary: new Map([
    [
      'local-council',
      {
        term: names('local council', 'المجلس المحلي', 'conseil local'),
        definition: names('A council.', 'مجلس.', 'Un conseil.'),
        aliases: { en: ['council'], ar: ['المجالس'], fr: ['mairie'] },
      },
    ],
  ]),
  practices: [
    practice('both', {
      en: practiceText(
        'both/en',
        'Young people and councils',
        'Summary.',
        '<p>Com<strong>munes</strong> work with the <a href="../../glossary/#local-council">council</a> &amp; youth.</p><ul><li>one</li><li>two</li></ul>',
      ),
      ar: practiceText('both/ar', 'الشباب والمجالس', 'ملخص.', '<p>والشباب في الإدماج</p>'),
    }),
    practice('english-only', { en: practiceText('english-only/en', 'Only English exists', 'Summary.', '<p>Text.</p>') }),
  ],
  guides: [
    {
      slug: 'mayors',
      data: { themes: ['youth-engagement'], audience: 'mayors', updated: '2024-01-02' },
      intro: new Map([['en', mdxText('mayors/en/index', 'Guide', 'Intro {/* a comment */} with <bdi>Rabat</bdi>.')]]),
      chapters: [{ slug: 'start', order: 1, texts: new Map([['en', mdxText('mayors/en/start', 'Keep going', '## Steps\n\n- first\n- second\n')]]) }],
    },
  ],
  activities: [],
  resources: new Map([
    [
      'toolkit',
      { title: { en: 'Toolkit' }, description: names('A toolkit.', 'عدة.', 'Une boîte.'), publisher: 'UNESCO', year: 2021, type: 'document', link: {} },
    ],
  ]),
} as unknown as SearchSource;

const records = (locale: Locale) => searchRecords(site, locale, bodyText);
const byUrl = (locale: Locale, url: string) => records(locale).find((r) => r.url === url);

describe('search records from the content', () => {
  it('a page shown in fallback is not indexed in the language it is shown in', () => {
    expect(byUrl('en', '/en/practices/english-only/')?.lang).toBe('en');
    for (const l of ['ar', 'fr'] as const) {
      expect(records(l).map((r) => r.url)).not.toContain(`/${l}/practices/english-only/`);
      expect(records(l).every((r) => r.lang === l)).toBe(true);
      // The English chapter and introduction are not passed off as Arabic or French either.
      expect(records(l).filter((r) => r.type === 'chapter' || r.type === 'guide')).toEqual([]);
    }
    expect(byUrl('ar', '/ar/practices/both/')?.title).toBe('الشباب والمجالس');
    expect(
      records('fr')
        .map((r) => r.type)
        .sort(),
    ).toEqual(['glossary', 'resource']);
  });

  it('carries the filters as stable codes, without empty groups, and the card details', () => {
    const p = byUrl('en', '/en/practices/both/')!;
    expect(p.filters).toEqual({
      type: ['practice'],
      country: ['lb'],
      city: ['tripoli-lb'],
      theme: ['youth-engagement'],
      status: ['ongoing'],
      asOf: ['2024'],
      evidence: ['1'],
      review: ['compiled'],
    });
    expect(p.meta).toEqual({ place: 'Tripoli, Lebanon', date: '2024-05-01' });
    expect(byUrl('en', '/en/guides/mayors/start/')!.filters).toEqual({ type: ['chapter'], theme: ['youth-engagement'], audience: ['mayors'] });
    expect(byUrl('en', '/en/glossary/#local-council')!.filters).toEqual({ type: ['glossary'] });
    expect(byUrl('fr', '/fr/resources/#toolkit')!.meta).toEqual({ date: '2021' });
  });

  it('reads the text of the body: HTML of a practice text, Markdown of a guide, without comments', () => {
    const p = byUrl('en', '/en/practices/both/')!;
    expect(p.text).toBe('Young people and councils Summary. Young people and councils goal approach impact Communes work with the council & youth. one two');
    expect(byUrl('en', '/en/guides/mayors/')!.text).toBe('Guide Guide summary Intro with Rabat.');
    expect(byUrl('en', '/en/guides/mayors/start/')!.text).toBe('Keep going Keep going summary Steps first second');
  });

  it('finds a record by every name of its places, its themes and the synonyms of the glossary terms it links to', () => {
    const p = byUrl('en', '/en/practices/both/')!;
    expect(p.synonyms).toEqual(
      expect.arrayContaining(['Lebanon', 'لبنان', 'Liban', 'Tripoli', 'طرابلس', 'Trablous', 'Youth engagement', 'local council', 'council']),
    );
    // Themes in the record's own language only; the glossary term's words in every language for the term itself.
    expect(p.synonyms).not.toContain('إشراك الشباب');
    expect(byUrl('fr', '/fr/glossary/#local-council')!.synonyms).toEqual(
      expect.arrayContaining(['local council', 'المجلس المحلي', 'conseil local', 'council', 'المجالس', 'mairie']),
    );
  });

  it('gives Pagefind the folded Arabic text to match, the title as a heading, synonyms at half weight, and the text as written for excerpts', () => {
    const doc = indexDocument(foldRecord(byUrl('ar', '/ar/practices/both/')!));
    const indexed = /<div>(.*?)<\/div>/.exec(doc)![1]!;
    expect(indexed.split(' ')).toEqual(expect.arrayContaining(['شباب', 'ادماج']));
    expect(indexed).not.toContain('والشباب');
    expect(indexed).not.toContain('الإدماج');
    expect(doc).toMatch(/^<html lang="ar"><body><h1>[^<]*شباب[^<]*<\/h1>/);
    expect(doc).toMatch(/<p data-pagefind-weight="0.5">[^<]*trablous[^<]*<\/p>/);
    expect(doc).toContain('data-pagefind-meta="text[data-value]" data-value="الشباب والمجالس ملخص. الشباب والمجالس goal approach impact والشباب في الإدماج"');
    expect(doc).toContain('data-pagefind-filter="country[data-value]" data-value="lb"');
  });

  it('indexes the text as written when asked for Pagefind alone (for measurement)', () => {
    const doc = indexDocument(foldRecord(byUrl('ar', '/ar/practices/both/')!), { raw: true });
    expect(doc).toContain('<div>الشباب والمجالس ملخص. الشباب والمجالس goal approach impact والشباب في الإدماج</div>');
    expect(doc).not.toContain('data-pagefind-weight');
  });
});

describe('text of stored HTML', () => {
  it('joins inline elements, separates blocks, decodes references and collects glossary links', () => {
    expect(
      htmlText(
        '<p>Com<em>munes</em></p><p>a&#x3C;b &#x26; &quot;c&quot; <a href="../../glossary/#r%C3%A9seau">réseau</a> <a href="https://example.org/#x">x</a></p>',
      ),
    ).toEqual({
      text: 'Communes a<b & "c" réseau x',
      glossaryTerms: ['réseau'],
    });
  });
});
