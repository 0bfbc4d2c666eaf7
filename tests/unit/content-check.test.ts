import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check.ts';
import { formatIssue } from '../../src/lib/issue-format.ts';
import { fixtureContent, realContent, root } from '../support/paths.ts';

const errorsDir = resolve(root, 'tests/fixtures/errors');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

/** The valid fixture with one case's files laid over it. */
async function overlay(caseName: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `content-${caseName}-`));
  temps.push(dir);
  await cp(fixtureContent, dir, { recursive: true });
  await cp(join(errorsDir, caseName), dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
  return dir;
}

describe('content check', () => {
  it('accepts the real content with no errors', async () => {
    const report = await readContent(realContent);
    expect(report.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
    expect(report.entries.practices).toBeGreaterThanOrEqual(3);
  });

  it('accepts the valid fixture and reports its untranslated entries as warnings', async () => {
    const report = await readContent(fixtureContent);
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const warnings = report.issues.map(formatIssue);
    expect(warnings).toContain(
      'warning  guides/sample-guide/fr/second-steps.mdx  expected a translation of this chapter (other languages have it), found no translation yet (shown in another language)',
    );
    expect(warnings.some((w) => w.includes('practices/sample-english/ar.mdx'))).toBe(true);
  });

  describe('rejects each kind of bad input, naming the file, line and field', async () => {
    const cases = (await readdir(errorsDir)).sort();
    it('has a fixture per error kind', () => expect(cases.length).toBeGreaterThanOrEqual(15));
    for (const name of cases) {
      it(name, async () => {
        const expected = JSON.parse(await readFile(join(errorsDir, name, 'expect.json'), 'utf8')) as {
          file: string;
          line?: number;
          field: string;
          says: string[];
        };
        const report = await readContent(await overlay(name));
        const errors = report.issues.filter((i) => i.severity === 'error');
        const match = errors.find((i) => i.file === expected.file && i.field === expected.field);
        expect(match, `no error for ${expected.file} ${expected.field} among:\n${errors.map(formatIssue).join('\n')}`).toBeDefined();
        const line = formatIssue(match!);
        if (expected.line !== undefined) expect(line).toContain(`${expected.file}:${expected.line} `);
        for (const phrase of expected.says) expect(line).toContain(phrase);
      });
    }
  });
});
