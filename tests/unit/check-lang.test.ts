import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check.ts';
import { formatIssue, formatIssueIn } from '../../src/lib/issue-format.ts';
import { fixtureContent, root } from '../support/paths.ts';

/** `npm run check --lang ar|fr`: the same problems, with file, line and field, in Arabic or French. */
const run = promisify(execFile);
/** Arabic output isolates each path, field and quoted value (U+2068 … U+2069): compared here without them. */
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');
const errorsDir = resolve(root, 'tests/fixtures/errors');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function overlay(caseName: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `check-lang-${caseName}-`));
  temps.push(dir);
  await cp(fixtureContent, dir, { recursive: true });
  await cp(join(errorsDir, caseName), dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
  return dir;
}

/** Runs the checker as `npm run check` does; resolves with its exit code and output. */
async function check(contentDir: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/check-content.ts', ...args], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run check --lang', () => {
  it('ar: a wrong status is reported in Arabic with file, line and field', async () => {
    const { code, stdout, stderr } = await check(await overlay('bad-status'), '--lang', 'ar');
    expect(code).toBe(1);
    const line = stderr.split('\n').find((l) => l.includes('practices/sample-full/practice.yaml:7'));
    expect(line, stderr).toBeDefined();
    expect(line).toContain('\u2068practices/sample-full/practice.yaml:7\u2069');
    expect(plain(line!)).toBe(
      'خطأ  practices/sample-full/practice.yaml:7  الحقل status.value، المتوقَّع: إحدى القيم التالية: planned، ongoing، completed، suspended، discontinued، unknown؛ الموجود: "active"',
    );
    expect(stdout).toContain('الأخطاء: 1');
    expect(stderr).toContain('صحِّح الأخطاء');
  });

  it('fr: an unknown city is reported in French with file, line and field', async () => {
    const { code, stderr } = await check(await overlay('unknown-city'), '--lang=fr');
    expect(code).toBe(1);
    expect(stderr).toContain(
      'erreur  practices/sample-full/practice.yaml:2  champ cities[0] — attendu\u00a0: une ville présente dans taxonomy/cities.yaml, parmi\u00a0: rabat, tripoli-lb\u202f; trouvé\u00a0: "casablanca"',
    );
    expect(stderr).toContain('Corrigez les erreurs');
  });

  it('ar and fr: disallowed MDX is named with its line', async () => {
    const dir = await overlay('mdx-event-handler');
    const ar = await check(dir, '--lang', 'ar');
    expect(plain(ar.stderr)).toContain('practices/sample-full/ar.mdx:11  الحقل <bdi onmouseover>، المتوقَّع: خلوّ العنصر من سمات معالجة الأحداث');
    expect(ar.stderr).toContain('الموجود: السمة \u2068onmouseover="alert(1)"\u2069');
    const fr = await check(dir, '--lang', 'fr');
    expect(fr.stderr).toContain('practices/sample-full/ar.mdx:11  champ <bdi onmouseover> — attendu\u00a0: un élément sans attribut de gestion d’événement');
  });

  it('ar and fr: a file in the wrong place says where files go, in the chosen language', async () => {
    const dir = await overlay('bad-slug');
    const ar = await check(dir, '--lang', 'ar');
    expect(ar.code).toBe(1);
    expect(ar.stderr).toContain('practices/Sample_Practice/practice.yaml');
    expect(ar.stderr).toContain('اسم مجلد أو ملف لا يضم إلا حروفًا لاتينية صغيرة وأرقامًا وشرطات (وليس \u2068"Sample_Practice"\u2069)');
    expect(ar.stderr).toContain('ملف لا يعرف الموقع أين يضعه');
    const fr = await check(dir, '--lang', 'fr');
    expect(fr.stderr).toContain('un nom de dossier ou de fichier en lettres ASCII minuscules, chiffres et tirets (et non "Sample_Practice")');
    expect(fr.stderr).not.toMatch(/lower-case|letters/);
  });

  it('English stays the default, and an unknown language is refused', async () => {
    const dir = await overlay('bad-status');
    const en = await check(dir);
    expect(en.stderr).toContain(
      'error  practices/sample-full/practice.yaml:7  status.value: expected one of: planned, ongoing, completed, suspended, discontinued, unknown, found "active"',
    );
    const de = await check(dir, '--lang', 'de');
    expect(de.code).toBe(2);
    expect(de.stderr).toContain('--lang: expected one of en, ar, fr, found "de"');
  });

  describe('every error fixture reads in every language: file, line and field kept, no untranslated key', async () => {
    const cases = (await readdir(errorsDir)).sort();
    for (const name of cases) {
      it(name, async () => {
        const expected = JSON.parse(await readFile(join(errorsDir, name, 'expect.json'), 'utf8')) as { file: string; line?: number; field: string };
        const report = await readContent(await overlay(name));
        const issue = report.issues.find((i) => i.severity === 'error' && i.file === expected.file && i.field === expected.field);
        expect(issue).toBeDefined();
        // The fixture's line when it names one, otherwise whatever line the check found.
        const where = expected.line === undefined ? `${expected.file}${issue!.line ? `:${issue!.line}` : ''}` : `${expected.file}:${expected.line}`;
        for (const [locale, label] of [
          ['ar', 'خطأ'],
          ['fr', 'erreur'],
        ] as const) {
          const line = plain(formatIssueIn(locale)(issue!));
          expect(line.startsWith(`${label}  ${where}  `), line).toBe(true);
          if (expected.field) expect(line).toContain(expected.field);
          expect(line).not.toMatch(/\bcheck\.|expected |, found /);
        }
        expect(formatIssueIn('en')(issue!)).toBe(formatIssue(issue!));
      });
    }
  });
});
