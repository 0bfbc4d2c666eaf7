import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check.ts';
import { parseContentYaml, yamlMistake } from '../../src/lib/content-yaml.ts';
import { formatIssue, formatIssueIn } from '../../src/lib/issue-format.ts';
import { fixtureContent } from '../support/paths.ts';

/**
 * `npm run check` as a contributor who is not a programmer meets it: a YAML slip is named in her words
 * and language on the line she wrote it, a misspelt value gets the right one suggested, one mistake gives
 * one error, and the type check never runs (or speaks) while the content has errors.
 */
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));
async function content(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'check-contributor-'));
  temps.push(dir);
  await cp(fixtureContent, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text);
  return dir;
}

describe('YAML slips, named in the contributor’s words', () => {
  it.each([
    ['a tab', 'a: 1\nb:\n\tc: 2\n', 'tab', 3],
    ['a colon inside a value', 'title: x\nsummary: Rabat: a city\n', 'colon', 2],
    ['a line indented under a value', 'a: 1\n  b: 2\nc: 3\n', 'indent', 2],
    ['mapping items out of line', 'lead:\n  name: x\n type: y\n', 'indent', 3],
    ['an unclosed double quote', 'a: 1\ntitle: "Rabat\nb: 1\nc: 2\n', 'quote', 2],
    ['an unclosed bracket', 'a: 1\ncities: [rabat\nb: 1\n', 'bracket', 2],
    ['an unclosed brace', 'title: { en: x\nb: 1\n', 'brace', 1],
    ['text after the closing quote', 'title: "Rabat" city\n', 'afterQuote', 1],
  ])('%s', (_name, text, kind, line) => {
    const { issues } = parseContentYaml(text, 'x.yaml');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line, expected: { key: `check.yaml.${kind}.expected` } });
    // In Arabic, nothing of the parser's English wording.
    expect(formatIssueIn('ar')(issues[0]!)).not.toMatch(/mapping|indent|quote|Flow|scalar|line \d/i);
  });

  it('reads a mistake it does not know as "other", on the parser’s line', () => {
    expect(yamlMistake('BAD_DIRECTIVE', 'Unknown directive', '%FOO\na: 1\n', 1)).toEqual({ kind: 'other', line: 1 });
  });
});

describe('unknown values and follow-up errors', () => {
  it('suggests the allowed value a typing slip meant, and lists the allowed values', async () => {
    const dir = await content({
      'practices/sample-english/practice.yaml':
        'countries: [lb]\ncities: [tripoli-lb]\nscope: municipal\ngovernance_levels: [local]\nthemes: [yuth-engagement]\nstatus: { value: discontinued, as_of: 2025 }\nevidence: { level: 0, card: { effect: not-reported, mechanism: not-reported, context: not-reported, implementation: not-reported, cost: not-reported } }\nreview: { level: compiled, date: 2026-02-01 }\ntransferability: { mandate: not-reported, partners: not-reported, staff: not-reported, budget: not-reported, time: not-reported, adaptation: not-reported }\nrisks: { stigmatisation: not-reported, securitisation: not-reported, data_protection: not-reported, safety: not-reported }\nsources:\n  - resource: sample-report\noriginal_language: en\n',
    });
    const errors = (await readContent(dir)).issues.filter((i) => i.severity === 'error').map(formatIssue);
    expect(errors).toEqual([
      'error  practices/sample-english/practice.yaml:5  themes[0]: expected a theme listed in taxonomy/themes.yaml, one of: gender-equality, youth-engagement, found "yuth-engagement" (did you mean "youth-engagement"?)',
    ]);
  });

  it('one mistake in a text gives one error: not also "no text" for its practice', async () => {
    const dir = await content({
      'practices/sample-english/en.mdx': `---\ntitle: T\nsummary: ${'x'.repeat(400)}\ngoal: G\napproach: A\nimpact: I\n---\n\nText.\n`,
    });
    const errors = (await readContent(dir)).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.file)).toEqual(['practices/sample-english/en.mdx']);
  });

  it('a facts file that cannot be read is not also reported as a missing related practice', async () => {
    const dir = await content({ 'practices/sample-english/practice.yaml': 'countries: [lb]\ncities: [tripoli-lb\n' });
    const errors = (await readContent(dir)).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.file)).toEqual(['practices/sample-english/practice.yaml']);
  });
});

describe('npm run check -- --lang ar', () => {
  it('prints only the Arabic report of a content mistake, keeps --lang in its hint, and runs no type check', async () => {
    const dir = await content({ 'resources/sample-report.yaml': 'type: report\npublisher: Strong Cities Network\nyear: 2023\ntitle: { en: Sample report\n' });
    const run = spawnSync(process.execPath, ['scripts/check.ts', '--lang', 'ar', '--quiet'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: dir } });
    const output = run.stdout + run.stderr;
    expect(run.status).toBe(1);
    expect(output).toContain('resources/sample-report.yaml:4');
    expect(output).toContain('قوسًا { غير مغلق');
    expect(output).toContain('npm run check -- --lang ar');
    expect(output).not.toMatch(/Stack trace|at generateError|astro check|Getting diagnostics|Flow map|expected/);
  });
});
