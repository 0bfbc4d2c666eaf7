import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check.ts';
import { readScaffoldContext } from '../../src/build/scaffold-context.ts';
import { resources } from '../../src/lib/i18n.ts';
import { formatIssueIn } from '../../src/lib/issue-format.ts';
import type { ContentIssue, Message, MessageValue } from '../../src/lib/issues.ts';
import {
  checkChapter,
  checkResource,
  emptyChapter,
  emptyPractice,
  emptyResource,
  issueMessage,
  scaffoldPractice,
  scaffoldTranslation,
  type PracticeAnswers,
  type ScaffoldIssue,
  type ScaffoldResult,
} from '../../src/lib/scaffold/index.ts';
import { issueMessages, scaffoldText } from '../../src/lib/scaffold/strings.ts';
import { fixtureContent, root } from '../support/paths.ts';

/**
 * Errors of `npm run check -- --lang ar|fr`, of `npm run new -- --ui ar|fr` and of the proposal form are
 * entirely in that language: every Latin-script word in a message is either one the language's own
 * strings use (YAML, Markdown, https, ISO …) or part of what the issue is about (the file's path, the
 * field, a value quoted from the file or typed, the allowed codes). Nothing English gets through: not
 * Zod's own wording, not a type name, not a sentence written in the code.
 */
type Tree = { [key: string]: string | Tree };
const strings = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : strings(v)));
/** Words in Latin script (French words whole, accents and all). */
const latinWords = (text: string) => text.match(/\p{Script=Latin}+/gu) ?? [];
/** Latin-script words each language's own strings use (placeholders such as `{{expected}}` are not words). */
const wordsOf = (tree: unknown) => new Set(strings(tree as Tree).flatMap((s) => latinWords(s.replace(/\{\{\w+\}\}/g, ' '))));
const ownWords = { ar: wordsOf(resources.ar), fr: wordsOf(resources.fr) };

/**
 * The texts an issue names as written: what was typed (string parameters), and of its verbatim values
 * those that are a quoted value from the file or a single token (a code, a path, a pattern). A sentence
 * shown verbatim is not a value: English words in it are caught.
 */
function namedValues(v: MessageValue | undefined): string[] {
  if (v === undefined) return [];
  if (typeof v === 'string' || typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.flatMap((m: Message) => namedValues(m));
  const m = v as Message;
  if (m.key !== 'check.verbatim') return Object.values(m.values ?? {}).flatMap(namedValues);
  const text = String(m.values?.text ?? '');
  return text.startsWith('"') || !/\s/.test(text) ? [text] : [];
}

/** Words of `text` neither the language's own nor the issue's: what leaked from another language. */
export function foreignWords(text: string, locale: 'ar' | 'fr', issue: ContentIssue & { params?: Record<string, MessageValue> }): string[] {
  let rest = text;
  // Isolated runs (U+2066–2068 … U+2069) hold paths, fields and values in Arabic sentences.
  for (let before = ''; before !== rest;) [before, rest] = [rest, rest.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/g, ' ')];
  const named = [
    issue.file,
    issue.field,
    ...namedValues(issue.expected),
    ...namedValues(issue.found),
    ...Object.values(issue.params ?? {}).flatMap(namedValues),
  ];
  const mine = new Set(named.flatMap(latinWords));
  return latinWords(rest).filter((w) => !ownWords[locale].has(w) && !mine.has(w));
}

const run = promisify(execFile);
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

/** The valid fixture with files rewritten into every kind of schema mistake. */
async function badContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'errors-in-language-'));
  temps.push(dir);
  await cp(fixtureContent, dir, { recursive: true });
  const edit = async (file: string, change: (text: string) => string) => writeFile(join(dir, file), change(await readFile(join(dir, file), 'utf8')));
  await edit('practices/sample-full/practice.yaml', (t) =>
    t
      .replace('countries: [ma]', 'countries: [MA]')
      .replace('governance_levels: [local, national]', 'governance_levels: []')
      .replace('themes: [gender-equality]', 'themes: [a, b, c, d, e, f]')
      .replace('status: ongoing', 'status: true')
      .replace('start: 2021-05', 'start: soon')
      .replace('  - resource: sample-report\n', '  - { foo: bar }\n')
      .replace('related: [sample-english]', 'related: [Not_A_Slug]\nextra_field: 1')
      .replace('name: { en: City of Rabat, ar: مدينة الرباط, fr: Ville de Rabat }', 'name: {}')
      .replace(/partners:\n.*\n/, 'partners: nope\n'),
  );
  await edit('practices/sample-full/en.mdx', (t) => t.replace('title: Fixture practice in three languages', 'title: 3').replace('goal: A goal.', 'goal: ""'));
  await edit('activities/sample-activity/activity.yaml', (t) =>
    t.replace('countries: [ma]', 'countries: [XX]').replace('start: 2023-03-16', 'start: 16/03/2023'),
  );
  await edit('guides/sample-guide/guide.yaml', (t) => t.replace('order: 1', 'order: first').replace('audience: mayors', 'audience: [mayors]'));
  await edit('resources/sample-report.yaml', (t) => t.replace('year: 2023', 'year: 2022.5\nlink: { en: "ftp://example.org/x" }'));
  await edit('guides/sample-guide/en/first-steps.mdx', (t) => t.replace(/^order: .*$/m, 'order: -1'));
  await edit('taxonomy/countries.yaml', (t) => t.replace('ma:\n', 'MA:\n'));
  await edit('taxonomy/cities.yaml', (t) => t.replace('country: ma', 'country: MAR').replace('lat: 34.0209', 'lat: 200'));
  return dir;
}

describe('npm run check in Arabic and French: no English word', async () => {
  const dir = await badContent();
  const errorsDir = resolve(root, 'tests/fixtures/errors');
  const fixtures = (await readdir(errorsDir)).sort();

  it('the bad content yields the schema mistakes it was written for', async () => {
    const issues = (await readContent(dir)).issues.filter((i) => i.severity === 'error');
    const keys = new Set(issues.map((i) => i.expected.key));
    for (const key of [
      'check.expected.type.int',
      'check.expected.type.number',
      'check.expected.type.string',
      'check.expected.type.array',
      'check.schema.isoCode',
      'check.schema.isoAlpha2',
      'check.schema.isoCountryCode',
      'check.schema.yearOrMonth',
      'check.schema.oneLanguage',
      'check.schema.httpsUrl',
      'check.schema.slug',
      'check.schema.isoDate',
      'check.expected.oneOf',
      'check.expected.listMin',
      'check.expected.listMax',
      'check.expected.knownFields',
      'check.expected.maxValue',
      'check.expected.minValue',
      'check.expected.textEmpty',
    ])
      expect(keys, key).toContain(key);
  });

  for (const locale of ['ar', 'fr'] as const) {
    it(`${locale}: every error, of the bad content and of each error fixture, in ${locale} words only`, async () => {
      const format = formatIssueIn(locale);
      const leaks: string[] = [];
      const reports = [await readContent(dir)];
      for (const name of fixtures) {
        const overlay = await mkdtemp(join(tmpdir(), `errors-in-language-${name}-`));
        temps.push(overlay);
        await cp(fixtureContent, overlay, { recursive: true });
        await cp(join(errorsDir, name), overlay, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
        reports.push(await readContent(overlay));
      }
      const issues = reports.flatMap((r) => r.issues);
      expect(issues.length).toBeGreaterThan(40);
      for (const issue of issues) {
        const line = format(issue);
        expect(line).not.toMatch(/\bcheck\.\w/);
        const words = foreignWords(line, locale, issue);
        if (words.length) leaks.push(`${words.join(' ')}  ←  ${line}`);
      }
      expect(leaks).toEqual([]);
    });

    it(`${locale}: the command itself (npm run check -- --lang ${locale}) prints no English word`, async () => {
      const out = await run(process.execPath, ['scripts/check-content.ts', '--lang', locale], { cwd: root, env: { ...process.env, CONTENT_DIR: dir } }).catch(
        (e: { stdout: string; stderr: string }) => e,
      );
      const issues = (await readContent(dir)).issues;
      const lines = out.stderr.split('\n').filter((l) => l.includes('  '));
      expect(lines.length).toBeGreaterThan(20);
      // Each line is matched to its issue by position: the command prints errors in the order it found them.
      const errors = issues.filter((i) => i.severity === 'error');
      const leaks = errors.flatMap((issue, i) => foreignWords(lines[i] ?? '', locale, issue).map((w) => `${w}  ←  ${lines[i]}`));
      expect(leaks).toEqual([]);
    });
  }

  it('the word check can fail: the English wording of the same issues is caught', async () => {
    const issue = (await readContent(dir)).issues.find((i) => i.expected.key === 'check.expected.type.int')!;
    expect(foreignWords(formatIssueIn('en')(issue), 'fr', issue)).toEqual(expect.arrayContaining(['expected', 'found']));
    expect(foreignWords(formatIssueIn('en')(issue), 'ar', issue).length).toBeGreaterThan(3);
  });
});

describe('the scaffolder and the proposal form in Arabic and French: no English word', () => {
  const ctx = readScaffoldContext(fixtureContent);
  const badAnswers: PracticeAnswers = {
    ...emptyPractice(),
    slug: 'sample-full',
    lang: 'de' as PracticeAnswers['lang'],
    countries: ['ma', 'zz'],
    cities: ['tripoli-lb', 'atlantis'],
    scope: 'everywhere',
    levels: ['galactic'],
    themes: ['a', 'b', 'c', 'd', 'e', 'f'],
    status: 'maybe',
    start: 'soon',
    evidence: '',
    documents: [
      { title: 'T', publisher: '', year: '2022.5', url: 'ftp://example.org' },
      { title: '', publisher: 'P', year: '1800', url: '' },
    ],
    related: ['nope', 'sample-full'],
    lead: { name: '', type: 'club' },
    partners: [{ name: 'X', type: 'club' }],
    title: '',
    summary: 'x'.repeat(301),
    lessons: 'See [this](javascript:alert(1)).',
  };

  for (const locale of ['ar', 'fr'] as const) {
    it(`${locale}: every problem of a practice, chapter, resource and translation, as the CLI prints it and as the form shows it`, () => {
      const env = { ui: locale, today: '2026-03-04', text: scaffoldText(locale) };
      const messages = issueMessages(locale);
      const problems = (r: ScaffoldResult) => (r.ok ? [] : r.issues);
      const issues: ScaffoldIssue[] = [
        ...problems(scaffoldPractice(badAnswers, ctx, env)),
        ...problems(scaffoldPractice({ ...emptyPractice(), slug: '', lang: 'en' }, ctx, env)),
        ...checkChapter({ ...emptyChapter(), guide: 'nope', lang: '', chapter: 'Bad Name', order: 'x' }, ctx),
        ...checkChapter({ ...emptyChapter(), guide: '', lang: 'xx' as PracticeAnswers['lang'], chapter: 'first-steps' }, ctx),
        ...checkChapter({ ...emptyChapter(), guide: 'sample-guide', lang: 'ar', chapter: 'second-steps', title: 't', summary: 's' }, ctx),
        ...checkResource(
          { ...emptyResource(), slug: 'sample-report', type: 'poster', year: 'old', lang: 'xx' as PracticeAnswers['lang'], link: 'ftp://x' },
          ctx,
        ),
      ];
      const read = () => undefined;
      for (const a of [
        { entry: 'practices/nothing', from: '', to: 'fr' },
        { entry: '', from: '', to: '' },
        { entry: 'practices/sample-english', from: 'ar', to: 'fr' },
        { entry: 'practices/sample-english', from: '', to: 'en' },
        { entry: 'practices/sample-full', from: '', to: 'fr' },
        { entry: 'practices/sample-english', from: '', to: 'ar' },
      ] as const) {
        issues.push(...problems(scaffoldTranslation(a, ctx, env, read)));
      }
      const kinds = new Set(issues.map((i) => i.kind));
      for (const kind of [
        'required',
        'choose',
        'tooLong',
        'tooMany',
        'choice',
        'slugTaken',
        'slug',
        'start',
        'year',
        'url',
        'unknown',
        'cityCountry',
        'unsafe',
        'noGuide',
        'chapterExists',
        'noEntry',
        'noSourceText',
        'sameLanguage',
        'translationExists',
      ])
        expect(kinds, kind).toContain(kind);

      const format = formatIssueIn(locale);
      const leaks: string[] = [];
      for (const issue of issues) {
        // `npm run new` prints the checker's line, then the sentence; the form shows the sentence.
        for (const text of [format(issue), issueMessage(issue, messages)]) {
          expect(text).not.toMatch(/\bcheck\.\w|\{\{\w+\}\}/);
          const words = foreignWords(text, locale, issue);
          if (words.length) leaks.push(`${issue.kind}: ${words.join(' ')}  ←  ${text}`);
        }
      }
      expect(leaks).toEqual([]);
    });
  }

  it('an `invalid` problem says what was expected and found in the form’s language, from the island’s catalog', () => {
    const issue: ScaffoldIssue = {
      severity: 'error',
      file: 'practices/x/practice.yaml',
      field: 'year',
      answer: 'documents.0.year',
      kind: 'invalid',
      expected: { key: 'check.expected.type.int' },
      found: { key: 'check.verbatim', values: { text: '2022.5' } },
      params: {},
    };
    expect(issueMessage(issue, issueMessages('fr'))).toBe('Attendu\u00a0: un nombre entier\u202f; trouvé\u00a0: 2022.5.');
    expect(issueMessage(issue, issueMessages('ar'))).toBe('المتوقع: عدد صحيح؛ الموجود: 2022.5.');
    expect(issueMessage(issue, issueMessages('en'))).toBe('Expected a whole number, found 2022.5.');
  });

  for (const locale of ['ar', 'fr'] as const) {
    it(`${locale}: npm run new -- --ui ${locale} reports missing and wrong answers in ${locale} words only`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'errors-in-language-new-'));
      temps.push(dir);
      await cp(fixtureContent, dir, { recursive: true });
      const args = [
        'scripts/new.ts',
        'practice',
        '--ui',
        locale,
        '--slug',
        'sample-full',
        '--lang',
        'de',
        '--country',
        'zz',
        '--scope',
        'everywhere',
        '--source-year',
        '2022.5',
        '--source-url',
        'ftp://x',
      ];
      const out = await run(process.execPath, args, { cwd: root, env: { ...process.env, CONTENT_DIR: dir } }).catch(
        (e: { code: number; stdout: string; stderr: string }) => e,
      );
      expect((out as { code?: number }).code).toBe(1);
      // The flags and allowed values it lists are the command's own words: `(--country: lb, ma)`.
      const text = out.stderr.replace(/\(--[\w-]+(?::[^)]*)?\)/g, ' ').replace(/npm run new[^\n]*/g, ' ');
      const issues = scaffoldPractice(
        {
          ...emptyPractice(),
          slug: 'sample-full',
          lang: 'de' as PracticeAnswers['lang'],
          countries: ['zz'],
          scope: 'everywhere',
          documents: [{ title: '', publisher: '', year: '2022.5', url: 'ftp://x' }],
        },
        ctx,
        { ui: locale, today: '2026-03-04', text: scaffoldText(locale) },
      );
      expect(issues.ok).toBe(false);
      const named: ContentIssue & { params: Record<string, MessageValue> } = {
        severity: 'error',
        file: '',
        field: '',
        expected: { key: 'x', values: { all: (issues.ok ? [] : issues.issues).flatMap((i) => [i.expected, i.found]) } },
        found: { key: 'x' },
        params: Object.fromEntries(
          (issues.ok ? [] : issues.issues).flatMap((i, n) => [
            [`file${n}`, i.file],
            [`field${n}`, i.field],
            ...Object.entries(i.params).map(([k, v]) => [`${k}${n}`, v]),
          ]),
        ),
      };
      const leaks = text.split('\n').flatMap((line) => foreignWords(line, locale, named).map((w) => `${w}  ←  ${line}`));
      expect(leaks).toEqual([]);
    });
  }
});
