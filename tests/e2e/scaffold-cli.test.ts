import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readScaffoldContext } from '../../src/build/scaffold-context.ts';
import { emptyPractice, scaffoldPractice, todayIso, type PracticeAnswers } from '../../src/lib/scaffold/index.ts';
import { scaffoldText } from '../../src/lib/scaffold/strings.ts';
import { fixtureContent, root } from '../support/paths.ts';
import { buildSite } from '../support/astro-build.ts';

/**
 * `npm run new` as a script would run it: every answer as a flag, no terminal. The files it writes must
 * pass `npm run check` and build into the practice's page in every language.
 */
const run = promisify(execFile);
let work: string;
let content: string;

/** The environment without what Vitest adds, which Vite would take for the site's own. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'BASE_PATH']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return { ...env, ...extra };
}

async function cli(args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/new.ts', ...args], { cwd: root, env: cleanEnv({ CONTENT_DIR: content }) });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const answers: PracticeAnswers = {
  ...emptyPractice(),
  slug: 'tripoli-youth-forum',
  lang: 'en',
  countries: ['lb'],
  cities: ['tripoli-lb'],
  scope: 'municipal',
  levels: ['local', 'national'],
  themes: ['youth-engagement'],
  status: 'ongoing',
  asOf: '2023-03',
  evidence: '0',
  resources: ['sample-report'],
  documents: [{ title: 'Forum minutes: "year one"', publisher: 'Municipality of Tripoli', year: '2025', url: '' }],
  title: 'Tripoli: a youth forum with <the council>',
  summary: 'Young people meet the municipal council every month.',
  goal: 'Give young people a say in local decisions.',
  approach: 'An open forum, prepared with youth associations.',
  impact: 'Too early to say.',
  context: 'A city of {many} young people.\n\n- first point\n- second point',
};

const flags = [
  'practice',
  '--slug',
  answers.slug,
  '--lang',
  'en',
  '--country',
  'lb',
  '--city',
  'tripoli-lb',
  '--theme',
  'youth-engagement',
  '--scope',
  'municipal',
  '--level',
  'local',
  '--level',
  'national',
  '--status',
  'ongoing',
  '--as-of',
  '2023-03',
  '--evidence',
  '0',
  '--resource',
  'sample-report',
  '--source-title',
  answers.documents[0]!.title,
  '--source-publisher',
  answers.documents[0]!.publisher,
  '--source-year',
  '2025',
  '--title',
  answers.title,
  '--summary',
  answers.summary,
  '--goal',
  answers.goal,
  '--approach',
  answers.approach,
  '--impact',
  answers.impact,
  '--context',
  answers.context,
];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'scaffold-cli-'));
  content = join(work, 'content');
  await cp(fixtureContent, content, { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('npm run new (flags, no terminal)', () => {
  let created: Awaited<ReturnType<typeof cli>>;
  let days: string[];
  beforeAll(async () => {
    const before = todayIso();
    created = await cli(flags);
    days = [before, todayIso()];
  });

  it('writes the practice’s two files and says where', () => {
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain('practices/tripoli-youth-forum/practice.yaml');
    expect(existsSync(join(content, 'practices/tripoli-youth-forum/practice.yaml'))).toBe(true);
    expect(existsSync(join(content, 'practices/tripoli-youth-forum/en.mdx'))).toBe(true);
  });

  it('writes exactly what the scaffold module (and so the proposal form) writes for the same answers', () => {
    const ctx = readScaffoldContext(fixtureContent);
    const expected = days.map((today) => scaffoldPractice(answers, ctx, { ui: 'en', today, text: scaffoldText('en') }));
    const written = ['practice.yaml', 'en.mdx'].map((f) => readFileSync(join(content, 'practices/tripoli-youth-forum', f), 'utf8'));
    const match = expected.some((r) => r.ok && r.files.map((f) => f.content).join('\0') === written.join('\0'));
    expect(match, written.join('\n-----\n')).toBe(true);
  });

  it('passes npm run check', async () => {
    const { stdout } = await run(process.execPath, ['scripts/check-content.ts'], { cwd: root, env: cleanEnv({ CONTENT_DIR: content }) });
    expect(stdout).toMatch(/4 practices.* 0 error\(s\)/);
  });

  it('refuses a slug that exists, with a clear message and a failing exit code, and writes nothing', async () => {
    const before = await readFile(join(content, 'practices/sample-full/en.mdx'), 'utf8');
    const again = await cli(flags.map((f) => (f === answers.slug ? 'sample-full' : f)));
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain(
      'error  practices/sample-full/practice.yaml  expected a name that no other entry uses, found "sample-full", which already exists',
    );
    expect(again.stderr).toContain('“sample-full” is already used: choose another name.');
    expect(await readFile(join(content, 'practices/sample-full/en.mdx'), 'utf8')).toBe(before);
  });

  it('reports every missing answer in the contributor’s language, with the flag to use', async () => {
    const r = await cli(['practice', '--ui', 'fr', '--slug', 'nouvelle-pratique', '--lang', 'fr']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('champ countries');
    expect(r.stderr).toContain('Veuillez choisir dans la liste. (--country: ma, lb)');
    expect(r.stderr).toContain('Veuillez remplir ce champ. (--summary)');
    expect(r.stderr).toContain('npm run new -- --help');
    expect(existsSync(join(content, 'practices/nouvelle-pratique'))).toBe(false);
  });

  it('in flag mode the text language is the interface language, and paths not yet known read as placeholders', async () => {
    const r = await cli(['practice', '--ui', 'ar', '--dry-run']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('practices/<slug>/practice.yaml');
    expect(r.stderr).toContain('practices/<slug>/ar.mdx');
    expect(r.stderr).not.toMatch(/practices\/\/|\?\.mdx/);
    // With every answer but the language, the text is written in the language of the questions.
    const written = await cli([
      ...flags.filter((f, i) => f !== '--lang' && flags[i - 1] !== '--lang').map((f) => (f === answers.slug ? 'arabic-default' : f)),
      '--ui',
      'ar',
    ]);
    expect(written.code, written.stderr).toBe(0);
    expect(existsSync(join(content, 'practices/arabic-default/ar.mdx'))).toBe(true);
    await rm(join(content, 'practices/arabic-default'), { recursive: true, force: true });
  });

  it('starts a translation and a chapter that also pass the check; --dry-run writes nothing', async () => {
    expect((await cli(['translation', '--entry', 'practices/sample-english', '--to', 'fr'])).code).toBe(0);
    expect(readFileSync(join(content, 'practices/sample-english/fr.mdx'), 'utf8')).toMatch(
      /^---\n# Translation into French of practices\/sample-english\/en\.mdx/,
    );
    const dry = await cli([
      'chapter',
      '--dry-run',
      '--guide',
      'sample-guide',
      '--lang',
      'en',
      '--chapter',
      'third-steps',
      '--title',
      'Third steps',
      '--summary',
      'Next.',
    ]);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('order: 3');
    expect(existsSync(join(content, 'guides/sample-guide/en/third-steps.mdx'))).toBe(false);
    const { stdout } = await run(process.execPath, ['scripts/check-content.ts', '--quiet'], { cwd: root, env: cleanEnv({ CONTENT_DIR: content }) });
    expect(stdout).not.toContain('error');
  });

  it('--help lists the flags in the chosen language', async () => {
    const r = await cli(['--help', '--ui', 'ar']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--source-title');
    expect(r.stdout).toContain('الاستخدام');
  });
});

describe('the new practice builds into pages', () => {
  let dist: string;
  beforeAll(async () => {
    dist = join(root, 'tests/.output/dist-scaffold-cli');
    const built = await buildSite({ contentDir: content, outDir: dist, env: { SITE_URL: 'https://example.org' } });
    if (built.code !== 0) throw new Error(built.output);
  }, 300_000);

  it.each(['en', 'ar', 'fr'])('%s: /practices/tripoli-youth-forum/ shows the text, escaped', (l) => {
    const file = join(dist, l, 'practices/tripoli-youth-forum/index.html');
    expect(existsSync(file)).toBe(true);
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    expect($('h1').text()).toBe('Tripoli: a youth forum with <the council>');
    expect($('article').text()).toContain('A city of {many} young people.');
    expect(
      $('article li')
        .map((_, li) => $(li).text())
        .get(),
    ).toContain('first point');
    expect(
      $('h2')
        .map((_, h) => $(h).text())
        .get(),
    ).toContain('How national and local levels cooperate');
  });
});
