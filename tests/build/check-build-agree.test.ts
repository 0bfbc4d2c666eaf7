import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check.ts';
import { maxContentFileKB } from '../../src/lib/file-rules.ts';
import { formatIssue } from '../../src/lib/issue-format.ts';
import { buildSite } from '../support/astro-build.ts';
import { fixtureContent, root } from '../support/paths.ts';

/**
 * `npm run check` and the build refuse the same content. Every case of tests/fixtures/errors (laid over
 * the valid fixture), and the cases that cannot be stored as plain files (a link, a huge file, a missing
 * list), is refused by the checker AND by `astro build` on its own (without the check that `npm run
 * build` runs first), each naming the file, so nothing passes one and fails, or is published by, the other.
 */
const errorsDir = resolve(root, 'tests/fixtures/errors');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

interface Case {
  name: string;
  /** The file both must name, relative to the content folder. */
  file: string;
  lay(dir: string): Promise<void>;
}

const fixtureCases = async (): Promise<Case[]> =>
  Promise.all(
    (await readdir(errorsDir)).sort().map(async (name) => ({
      name,
      file: (JSON.parse(await readFile(join(errorsDir, name, 'expect.json'), 'utf8')) as { file: string }).file,
      lay: (dir: string) => cp(join(errorsDir, name), dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') }),
    })),
  );

const builtCases: Case[] = [
  {
    name: 'symlink to a file outside the content folder',
    file: 'resources/outside.yaml',
    lay: async (dir) => {
      const outside = join(await mkdtemp(join(tmpdir(), 'outside-')), 'secret.yaml');
      temps.push(resolve(outside, '..'));
      await writeFile(outside, 'type: report\npublisher: SECRET-TOKEN-1234\nyear: 2023\ntitle: { en: Leak }\n');
      await symlink(outside, join(dir, 'resources/outside.yaml'));
    },
  },
  {
    name: 'symlinked folder',
    file: 'practices/linked',
    lay: (dir) => symlink(join(dir, 'practices/sample-full'), join(dir, 'practices/linked')),
  },
  {
    name: 'oversized file',
    file: 'resources/sample-report.yaml',
    lay: async (dir) => {
      const file = join(dir, 'resources/sample-report.yaml');
      const padding = `# ${'x'.repeat(1000)}\n`.repeat(maxContentFileKB + 5);
      await writeFile(file, (await readFile(file, 'utf8')) + padding);
    },
  },
  {
    name: 'missing taxonomy list',
    file: 'taxonomy/target-groups.yaml',
    lay: (dir) => rm(join(dir, 'taxonomy/target-groups.yaml')),
  },
];

async function contentFor(c: Case): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'agree-'));
  temps.push(dir);
  await cp(fixtureContent, dir, { recursive: true });
  await c.lay(dir);
  return dir;
}

describe('npm run check and the build agree', async () => {
  const cases = [...(await fixtureCases()), ...builtCases];
  it('covers every error fixture and the cases built here', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  for (const c of cases) {
    it(`${c.name}: both refuse it and name ${c.file}`, async () => {
      const dir = await contentFor(c);
      const report = await readContent(dir);
      const errors = report.issues.filter((i) => i.severity === 'error');
      expect(
        errors.map((i) => i.file),
        errors.map(formatIssue).join('\n'),
      ).toContain(c.file);

      const outDir = resolve(root, 'tests/.output', `agree-${process.pid}-${cases.indexOf(c)}`);
      temps.push(outDir);
      const { code, output } = await buildSite({ contentDir: dir, outDir, astroOnly: true });
      expect(code, output.slice(-2000)).not.toBe(0);
      expect(output, output.slice(-2000)).toContain(c.file);
      expect(output).not.toContain('SECRET-TOKEN-1234');
    }, 120_000);
  }
});
