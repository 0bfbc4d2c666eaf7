import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { readContent } from '../../src/build/content-check.ts';
import { blockedWrite, writeContentFiles } from '../../src/build/write-content-files.ts';
import { readScaffoldContext } from '../../src/build/scaffold-context.ts';
import { formatIssue } from '../../src/lib/issue-format.ts';
import {
  emptyChapter,
  emptyPractice,
  emptyResource,
  issueMessage,
  scaffoldChapter,
  scaffoldPractice,
  scaffoldResource,
  scaffoldTranslation,
  suggestSlug,
  type PracticeAnswers,
  type ScaffoldFile,
  type ScaffoldIssue,
  type ScaffoldResult,
} from '../../src/lib/scaffold/index.ts';
import { issueMessages, scaffoldText } from '../../src/lib/scaffold/strings.ts';
import { cleanText, flowList, mdxText, plain, quoted } from '../../src/lib/scaffold/write.ts';
import { unsafeCharacterIssues } from '../../src/lib/file-rules.ts';
import type { Locale } from '../../src/config/locales.ts';
import { fixtureContent } from '../support/paths.ts';

const ctx = readScaffoldContext(fixtureContent);
const env = (ui: Locale = 'en') => ({ ui, today: '2026-03-04', text: scaffoldText(ui) });
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

/** Writes the files into a fresh copy of the valid fixture and runs the real checker over it. */
async function checked(files: readonly ScaffoldFile[]) {
  const dir = await mkdtemp(join(tmpdir(), 'scaffold-'));
  temps.push(dir);
  await cp(fixtureContent, dir, { recursive: true });
  expect(blockedWrite(dir, files)).toBeUndefined();
  writeContentFiles(dir, files);
  const report = await readContent(dir);
  return {
    dir,
    errors: report.issues.filter((i) => i.severity === 'error').map(formatIssue),
    warnings: report.issues.filter((i) => i.severity === 'warning').map(formatIssue),
  };
}

const files = (r: ScaffoldResult): ScaffoldFile[] => {
  if (!r.ok) throw new Error(r.issues.map(formatIssue).join('\n'));
  return r.files;
};
const problems = (r: ScaffoldResult): ScaffoldIssue[] => (r.ok ? [] : r.issues);

const practiceAnswers = (over: Partial<PracticeAnswers> = {}): PracticeAnswers => ({
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
  documents: [{ title: 'A report: "quotes", #hash & <b>', publisher: 'City of Tripoli', year: '2025', url: 'https://example.org/report' }],
  related: ['sample-full'],
  lead: { name: 'Municipality of Tripoli', type: 'local-government' },
  partners: [{ name: 'Youth Association', type: 'civil-society' }],
  title: 'Tripoli: a youth forum <script>alert("x")</script>',
  summary: 'Young people meet the municipal council: every month.',
  goal: 'Give young people a say.',
  approach: 'A forum: open to all.',
  impact: 'Too early to say; "promising".',
  context: 'Some {braces}, a <div> tag and a [link](../sample-full/).\n\nexport const x = 1;\nimport y from "z";',
  cooperation: '- one\n- two',
  ...over,
});

describe('scaffold: a new practice', () => {
  it('writes practice.yaml and the text file, which pass the real checker', async () => {
    const out = files(scaffoldPractice(practiceAnswers(), ctx, env()));
    expect(out.map((f) => f.path)).toEqual(['practices/tripoli-youth-forum/practice.yaml', 'practices/tripoli-youth-forum/en.mdx']);
    expect((await checked(out)).errors).toEqual([]);
  });

  it('keeps every value exactly as typed (quotes, colons, markup) and every schema field present', () => {
    const [facts, text] = files(scaffoldPractice(practiceAnswers(), ctx, env()));
    const data = parse(facts!.content) as Record<string, unknown>;
    expect(Object.keys(data)).toEqual([
      'countries',
      'cities',
      'scope',
      'governance_levels',
      'themes',
      'target_groups',
      'status',
      'start',
      'evidence',
      'transferability',
      'risks',
      'review',
      'sources',
      'original_language',
      'licence',
      'related',
      'lead_organisation',
      'partners',
    ]);
    expect(data.sources).toEqual([
      { resource: 'sample-report' },
      {
        title: 'A report: "quotes", #hash & <b>',
        publisher: 'City of Tripoli',
        year: 2025,
        language: 'en',
        url: 'https://example.org/report',
        consulted: '2026-03-04',
      },
    ]);
    expect(data.review).toEqual({ level: 'compiled', date: '2026-03-04' });
    expect(data.status).toEqual({ value: 'ongoing', as_of: '2023-03' });
    // Nothing is claimed for the sources: every card, transferability and risk item starts as not reported.
    expect(Object.values((data.evidence as { card: object }).card)).toEqual(Array(5).fill('not-reported'));
    expect(Object.values(data.risks as object)).toEqual(Array(4).fill('not-reported'));
    const front = parse(/^---\n([\s\S]*?)\n---/.exec(text!.content)![1]!) as Record<string, string>;
    expect(front.title).toBe('Tripoli: a youth forum <script>alert("x")</script>');
    expect(front.impact).toBe('Too early to say; "promising".');
  });

  it('escapes the narrative so nothing in it is read as JSX, an expression or an import', () => {
    const body = files(scaffoldPractice(practiceAnswers(), ctx, env()))[1]!.content;
    expect(body).toContain('Some \\{braces\\}, a \\<div> tag and a [link](../sample-full/).');
    expect(body).toContain('&#101;xport const x = 1;');
    expect(body).toContain('&#105;mport y from "z";');
    expect(mdxText('a \\<b> c')).toBe('a \\\\\\<b> c');
  });

  it('lets a well-formed <bdi>Latin name</bdi> through (the one element contributors may write), and nothing around it', async () => {
    expect(mdxText('في مدينة <bdi>Tripoli</bdi> و<bdi>Saida</bdi>.')).toBe('في مدينة <bdi>Tripoli</bdi> و<bdi>Saida</bdi>.');
    expect(mdxText('<bdi>open only')).toBe('\\<bdi>open only');
    expect(mdxText('<bdi dir="ltr">x</bdi>')).toBe('\\<bdi dir="ltr">x\\</bdi>');
    expect(mdxText('<bdi>{x}</bdi>')).toBe('\\<bdi>\\{x\\}\\</bdi>');
    const out = files(scaffoldPractice(practiceAnswers({ lang: 'ar', context: 'شارك فيه <bdi>UNDP</bdi> منذ البداية.' }), ctx, env('ar')));
    expect(out[1]!.content).toContain('شارك فيه <bdi>UNDP</bdi> منذ البداية.');
    expect((await checked(out)).errors).toEqual([]);
  });

  it('comments in the contributor’s language, headings in the text’s language', () => {
    const [facts, text] = files(scaffoldPractice(practiceAnswers({ lang: 'fr' }), ctx, env('ar')));
    expect(facts!.path).toBe('practices/tripoli-youth-forum/practice.yaml');
    expect(facts!.content).toMatch(/^# المعلومات الأساسية عن الممارسة tripoli-youth-forum/);
    expect(facts!.content).toContain('# النطاق: municipal (بلدي)');
    expect(text!.path).toBe('practices/tripoli-youth-forum/fr.mdx');
    for (const h of [
      '## Contexte',
      '## Comment les niveaux national et local coopèrent',
      '## Difficultés et enseignements',
      '## Ce dont une autre ville a besoin pour la reproduire',
    ])
      expect(text!.content).toContain(`\n${h}\n`);
    expect(text!.content).toContain('# نص الممارسة tripoli-youth-forum باللغة الفرنسية');
    expect(facts!.content).toContain('lead_organisation: { name: { fr: "Municipality of Tripoli" }, type: local-government }');
  });

  it('writes optional fields left empty as guidance, and still passes the checker', async () => {
    const minimal = practiceAnswers({
      cities: [],
      targetGroups: [],
      start: '',
      documents: [],
      related: [],
      lead: { name: '', type: '' },
      partners: [],
      context: '',
      cooperation: '',
    });
    const out = files(scaffoldPractice(minimal, ctx, env('fr')));
    expect(out[0]!.content).toContain('cities: []');
    expect(out[0]!.content).toContain('# Date de début (facultatif)');
    expect(out[0]!.content).not.toMatch(/^start:/m);
    expect(out[1]!.content.endsWith('\n## Challenges and lessons\n\n## What another city needs to replicate it\n')).toBe(true);
    expect((await checked(out)).errors).toEqual([]);
  });

  const issueOf = (over: Partial<PracticeAnswers>) => problems(scaffoldPractice(practiceAnswers(over), ctx, env()));

  it('refuses an unknown city with the checker’s words', () => {
    const [i] = issueOf({ cities: ['atlantis'] });
    expect(i).toMatchObject({ answer: 'cities', kind: 'unknown', file: 'practices/tripoli-youth-forum/practice.yaml', field: 'cities[0]' });
    expect(formatIssue(i!)).toBe(
      'error  practices/tripoli-youth-forum/practice.yaml  cities[0]: expected a city listed in taxonomy/cities.yaml, one of: rabat, tripoli-lb, found "atlantis"',
    );
    expect(issueMessage(i!, issueMessages('en'))).toBe('“atlantis” is not in the hub’s lists: choose from them.');
  });

  it('refuses a city whose country is not among the countries', () => {
    const [i] = issueOf({ countries: ['ma'], cities: ['tripoli-lb'] });
    expect(i).toMatchObject({ answer: 'cities', kind: 'cityCountry', params: { country: 'lb' } });
    expect(formatIssue(i!)).toContain("expected the city's country (lb) to be among the practice's countries");
  });

  it('refuses a slug that is taken', () => {
    const issues = issueOf({ slug: 'sample-full', related: [] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ answer: 'slug', kind: 'slugTaken', file: 'practices/sample-full/practice.yaml' });
    expect(issueMessage(issues[0]!, issueMessages('fr'))).toBe('«\u00a0sample-full\u00a0» est déjà utilisé\u00a0: choisissez un autre nom.');
  });

  it('refuses a malformed slug with the file check’s rule', () => {
    for (const slug of ['Tripoli Forum', 'forum_2', 'café', '-x', 'a--b']) {
      const issues = issueOf({ slug });
      expect(
        issues.map((i) => i.kind),
        slug,
      ).toEqual(['slug']);
      expect(formatIssue(issues[0]!)).toContain('a folder or file name of lower-case ASCII letters, digits and hyphens');
    }
  });

  it('refuses a summary over 300 characters, counting what will be written', () => {
    const [i] = issueOf({ summary: 'x'.repeat(301) });
    expect(i).toMatchObject({
      answer: 'summary',
      kind: 'tooLong',
      file: 'practices/tripoli-youth-forum/en.mdx',
      field: 'summary',
      params: { max: 300, count: 301 },
    });
    expect(formatIssue(i!)).toBe('error  practices/tripoli-youth-forum/en.mdx  summary: expected at most 300 characters, found 301 characters');
    expect(issueMessage(i!, issueMessages('ar'))).toBe('النص أطول مما ينبغي: 300 حرف على الأكثر (الطول الحالي 301).');
    expect(issueOf({ summary: `  ${'x'.repeat(300)}\n` })).toEqual([]);
  });

  it('names each missing answer, and a source is required', () => {
    const issues = problems(scaffoldPractice({ ...emptyPractice(), slug: 'x-y', lang: 'en' }, ctx, env()));
    const byAnswer = Object.fromEntries(issues.map((i) => [i.answer, i.kind]));
    expect(byAnswer).toMatchObject({
      countries: 'choose',
      scope: 'choose',
      levels: 'choose',
      themes: 'choose',
      status: 'choose',
      evidence: 'choose',
      resources: 'source',
      title: 'required',
      summary: 'required',
    });
  });

  it('ties problems in a document or partner to its row', () => {
    const issues = issueOf({
      documents: [
        { title: '', publisher: '', year: '', url: '' },
        { title: 'T', publisher: '', year: 'soon', url: 'ftp://x' },
      ],
      partners: [{ name: '', type: 'network' }],
    });
    expect(issues.map((i) => `${i.answer}:${i.kind}`).sort()).toEqual([
      'documents.1.publisher:required',
      'documents.1.url:url',
      'documents.1.year:year',
      'partners.0.name:required',
    ]);
  });

  it('refuses links that are not web addresses or pages of the site', () => {
    const [i] = issueOf({ lessons: 'See [this](javascript:alert(1)) and [that](https://example.org).' });
    expect(i).toMatchObject({ answer: 'lessons', kind: 'unsafe', params: { value: 'javascript:alert(1)' } });
  });
});

describe('scaffold: a practice in a city that is not listed yet', () => {
  const fes = (over: Partial<PracticeAnswers['newCity']> = {}) =>
    practiceAnswers({
      lang: 'ar',
      countries: ['ma'],
      cities: [],
      related: [],
      newCity: { slug: 'fes', country: '', lat: '34,0331', lon: '-5.0003', name: { en: '', ar: 'فاس', fr: 'Fès' }, ...over },
    });

  it('adds the city at the end of taxonomy/cities.yaml; the check passes and asks for the missing name as a warning', async () => {
    const out = files(scaffoldPractice(fes(), ctx, env('ar')));
    expect(out.map((f) => [f.path, f.append ?? false])).toEqual([
      ['practices/tripoli-youth-forum/practice.yaml', false],
      ['practices/tripoli-youth-forum/ar.mdx', false],
      ['taxonomy/cities.yaml', true],
    ]);
    const facts = parse(out[0]!.content) as { cities: string[]; countries: string[] };
    expect(facts.cities).toEqual(['fes']);
    expect(facts.countries).toEqual(['ma']);
    // The country comes from the practice's only country; the decimal comma is read as a point.
    expect(parse(out[2]!.content)).toEqual({ fes: { name: { ar: 'فاس', fr: 'Fès' }, country: 'ma', lat: 34.0331, lon: -5.0003 } });
    expect(out[2]!.content).toMatch(/^\n# /);
    const { dir, errors, warnings } = await checked(out);
    expect(errors).toEqual([]);
    expect(warnings.filter((w) => w.includes('cities.yaml'))).toEqual([
      expect.stringMatching(/^warning {2}taxonomy\/cities\.yaml:\d+ {2}fes\.name\.en: expected the city's name in English, found no name in this language yet/),
    ]);
    // Nothing else in the file changed.
    expect(await readFile(join(dir, 'taxonomy/cities.yaml'), 'utf8')).toBe(
      (await readFile(join(fixtureContent, 'taxonomy/cities.yaml'), 'utf8')) + out[2]!.content,
    );
  });

  it('refuses a city name that is taken, missing coordinates, degrees out of range, and a city without any name', () => {
    const kinds = (over: Partial<PracticeAnswers['newCity']>) =>
      problems(scaffoldPractice(fes(over), ctx, env())).map((i) => [i.answer, i.kind, i.file, i.field]);
    expect(kinds({ slug: 'rabat' })).toEqual([['newCity.slug', 'slugTaken', 'taxonomy/cities.yaml', 'rabat']]);
    expect(kinds({ slug: 'Fès' })).toEqual([['newCity.slug', 'slug', 'taxonomy/cities.yaml', 'Fès']]);
    expect(kinds({ lat: '', lon: '200' })).toEqual([
      ['newCity.lat', 'required', 'taxonomy/cities.yaml', 'fes.lat'],
      ['newCity.lon', 'coordinate', 'taxonomy/cities.yaml', 'fes.lon'],
    ]);
    // No name at all: the one asked for is the name in the text's language.
    expect(kinds({ name: { en: '', ar: '', fr: '' } })).toEqual([['newCity.name.ar', 'required', 'taxonomy/cities.yaml', 'fes.name']]);
    const [i] = problems(scaffoldPractice(fes({ lat: 'north' }), ctx, env('ar')));
    expect(issueMessage(i!, issueMessages('ar'))).toMatch(/^اكتب عددًا بالدرجات/);
  });

  it('with two countries, asks which one the city is in', () => {
    const issues = problems(scaffoldPractice({ ...fes(), countries: ['ma', 'lb'] }, ctx, env()));
    expect(issues.map((i) => [i.answer, i.kind])).toEqual([['newCity.country', 'choose']]);
  });
});

describe('scaffold: chapters, resources, translations', () => {
  it('writes a chapter after the guide’s last one, which passes the checker', async () => {
    const out = files(
      scaffoldChapter(
        {
          ...emptyChapter(),
          guide: 'sample-guide',
          lang: 'en',
          chapter: 'third-steps',
          title: 'Third: steps',
          summary: 'What comes next.',
          body: 'A paragraph with {x}.',
        },
        ctx,
        env(),
      ),
    );
    expect(out).toHaveLength(1);
    expect(out[0]!.path).toBe('guides/sample-guide/en/third-steps.mdx');
    expect(out[0]!.content).toContain('\norder: 3\n');
    expect(out[0]!.content).toContain('A paragraph with \\{x\\}.');
    expect((await checked(out)).errors).toEqual([]);
  });

  it('refuses a chapter that exists, or one in another language (that is a translation)', () => {
    expect(
      problems(scaffoldChapter({ ...emptyChapter(), guide: 'sample-guide', lang: 'en', chapter: 'first-steps', title: 'x', summary: 'y' }, ctx, env())).map(
        (i) => i.kind,
      ),
    ).toEqual(['slugTaken']);
    expect(
      problems(scaffoldChapter({ ...emptyChapter(), guide: 'sample-guide', lang: 'ar', chapter: 'second-steps', title: 'x', summary: 'y' }, ctx, env())).map(
        (i) => i.kind,
      ),
    ).toEqual(['chapterExists']);
    expect(
      problems(scaffoldChapter({ ...emptyChapter(), guide: 'nope', lang: 'en', chapter: 'x', title: 'x', summary: 'y' }, ctx, env())).map((i) => i.kind),
    ).toEqual(['noGuide']);
  });

  it('writes a resource, which passes the checker', async () => {
    const out = files(
      scaffoldResource(
        {
          ...emptyResource(),
          slug: 'tripoli-youth-study',
          type: 'report',
          publisher: 'Tripoli: City Council',
          year: '2024',
          lang: 'fr',
          title: 'Étude « jeunesse »',
          link: 'https://example.org/etude',
          description: { en: 'A study.', ar: 'دراسة.', fr: 'Une étude.' },
        },
        ctx,
        env('fr'),
      ),
    );
    expect(out[0]!.path).toBe('resources/tripoli-youth-study.yaml');
    expect(parse(out[0]!.content)).toEqual({
      type: 'report',
      publisher: 'Tripoli: City Council',
      year: 2024,
      title: { fr: 'Étude « jeunesse »' },
      description: { en: 'A study.', ar: 'دراسة.', fr: 'Une étude.' },
      link: { fr: 'https://example.org/etude' },
    });
    expect((await checked(out)).errors).toEqual([]);
    expect(
      problems(
        scaffoldResource(
          { ...emptyResource(), slug: 'sample-report', type: 'report', publisher: 'p', lang: 'en', title: 't', description: { en: 'a', ar: 'b', fr: 'c' } },
          ctx,
          env(),
        ),
      ).map((i) => i.kind),
    ).toEqual(['slugTaken']);
  });

  const read = (path: string) => (existsSync(join(fixtureContent, path)) ? readFileSync(join(fixtureContent, path), 'utf8') : undefined);
  const translate = (entry: string, to: Locale, from: Locale | '' = '', context = ctx) => scaffoldTranslation({ entry, from, to }, context, env('fr'), read);

  it('starts a practice translation as a copy of the source, with the headings translated', async () => {
    const out = files(translate('practices/sample-english', 'ar'));
    expect(out.map((f) => f.path)).toEqual(['practices/sample-english/ar.mdx']);
    const source = await readFile(join(fixtureContent, 'practices/sample-english/en.mdx'), 'utf8');
    const front = (t: string) => parse(/^---\n([\s\S]*?)\n---/.exec(t)![1]!);
    expect(front(out[0]!.content)).toEqual(front(source));
    expect(out[0]!.content).toMatch(/^---\n# Traduction en arabe de practices\/sample-english\/en\.mdx \(texte en anglais\)/);
    expect((await checked(out)).errors).toEqual([]);
  });

  it('copies a chapter with its order, and adds the guide introduction when the language has none yet', async () => {
    const fr = files(translate('guides/sample-guide/second-steps', 'fr'));
    expect(fr.map((f) => f.path)).toEqual(['guides/sample-guide/fr/second-steps.mdx']);
    expect(fr[0]!.content).toContain('\norder: 2\n');
    expect((await checked(fr)).errors).toEqual([]);
    const englishOnly = { ...ctx, guides: { 'sample-guide': { en: ctx.guides['sample-guide']!.en! } } };
    const out = files(translate('guides/sample-guide/first-steps', 'fr', '', englishOnly));
    expect(out.map((f) => f.path)).toEqual(['guides/sample-guide/fr/index.mdx', 'guides/sample-guide/fr/first-steps.mdx']);
  });

  it('refuses a translation that exists or an entry that does not', () => {
    expect(problems(translate('practices/sample-full', 'fr')).map((i) => i.kind)).toEqual(['translationExists']);
    expect(problems(translate('practices/nothing-here', 'fr')).map((i) => i.kind)).toEqual(['noEntry']);
    expect(problems(translate('practices/sample-english', 'en')).map((i) => i.kind)).toEqual(['sameLanguage']);
  });
});

describe('scaffold: writing helpers', () => {
  it('quotes any text so YAML reads it back unchanged', () => {
    for (const s of ['plain', 'a: b', '#x', '- y', '"q"', "it's", 'yes', 'null', '2023', '@at', '`tick`', 'مرحبا: "عالم"', '{a}', '[b]', 'x\\y', 'tab\there'])
      expect(parse(`v: ${quoted(s)}`)).toEqual({ v: s });
  });

  it('writes the same bytes as the yaml package would, with no YAML library in the browser', () => {
    const options = { lineWidth: 0, minContentWidth: 0 } as const;
    const texts = ['plain', 'a: b', 'tab\there', 'two\nlines', 'x\\y', '"q"', 'مرحبا: "عالم"', 'Rapport « bilan »', '<script>', '#x', ''];
    for (const s of texts) expect(quoted(s), s).toBe(stringify(s, { ...options, defaultStringType: 'QUOTE_DOUBLE' }).trimEnd());
    const codes = [
      'municipal',
      'multi-country',
      'tripoli-lb',
      'CC-BY-4.0',
      '2026-03-04',
      '2024-09',
      'yes',
      'no',
      'true',
      'False',
      'null',
      '~',
      '2023',
      '07',
      '1e3',
      '0x1f',
      '.inf',
      '+1',
      '1.5',
      'a b',
      '#x',
      '@a',
      '[a]',
      'a,b',
      '',
    ];
    for (const c of codes) {
      // Plain where the yaml package writes it plain; quoted otherwise, never misread.
      if (!/[\s,#@[\]]|^$/.test(c)) expect(plain(c), c).toBe(stringify(c, options).trimEnd());
      expect(parse(`v: ${plain(c)}`), c).toEqual({ v: c });
      expect(parse(`v: ${flowList([c, 'x'])}`), c).toEqual({ v: [c, 'x'] });
    }
    for (const n of [2023, 3, 0]) expect(plain(n)).toBe(stringify(n, options).trimEnd());
    expect(flowList(['lb', 'tripoli-lb'])).toBe(
      stringify(['lb', 'tripoli-lb'], { ...options, collectionStyle: 'flow', flowCollectionPadding: false }).trimEnd(),
    );
    expect(flowList([])).toBe('[]');
  });

  it('drops the invisible characters the checker refuses, so the form never writes a file that fails', () => {
    const typed = 'Rabat\u202e reversed\u0000 \u001b[2J\u2066isolate\u2069 \ufdd0end';
    expect(unsafeCharacterIssues(typed, 'x.yaml')).not.toEqual([]);
    expect(cleanText(typed)).toBe('Rabat reversed [2Jisolate end');
    expect(unsafeCharacterIssues(cleanText(typed), 'x.yaml')).toEqual([]);
  });

  it('suggests a slug from a Latin-script title', () => {
    expect(suggestSlug('Égalité femmes-hommes à Rabat : l’essentiel')).toBe('egalite-femmes-hommes-a-rabat-lessentiel');
    expect(suggestSlug('الرباط')).toBe('');
  });
});
