import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/astro-build.ts';
import { fileFor } from '../support/built-site.ts';
import { fixtureContent, fixtureDist, root } from '../support/paths.ts';

/**
 * The build itself refuses disallowed MDX (not only `npm run check`): an `astro build` of the valid
 * fixture with one hostile text laid over it stops, naming the file and the line, and nothing else.
 */
const errorsDir = resolve(root, 'tests/fixtures/errors');
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function buildOverlay(caseName: string): Promise<{ code: number; output: string; contentDir: string }> {
  const contentDir = await mkdtemp(join(tmpdir(), `mdx-safety-${caseName}-`));
  const outDir = resolve(root, 'tests/.output', `mdx-safety-${caseName}-${process.pid}`);
  temps.push(contentDir, outDir);
  await cp(fixtureContent, contentDir, { recursive: true });
  await cp(join(errorsDir, caseName), contentDir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
  return { ...(await buildSite({ contentDir, outDir })), contentDir };
}

describe('the build refuses disallowed MDX', () => {
  for (const caseName of ['mdx-script-tag', 'mdx-expression', 'mdx-javascript-link']) {
    it(`${caseName}: the build fails and names the file and line`, async () => {
      const expected = JSON.parse(await readFile(join(errorsDir, caseName, 'expect.json'), 'utf8')) as {
        file: string;
        line: number;
        field: string;
        says: string[];
      };
      const { code, output, contentDir } = await buildOverlay(caseName);
      expect(code, output.slice(-3000)).not.toBe(0);
      // `/tmp/.../practices/sample-full/en.mdx:13  <script>: expected ..., found ...`
      const line = output.split('\n').find((l) => l.includes(`${expected.file}:${expected.line}  ${expected.field}: expected `));
      expect(line, output.slice(-3000)).toBeDefined();
      for (const phrase of expected.says) expect(line).toContain(phrase);
      // Only the hostile file is named: nothing else in the fixture is reported.
      const named = new Set([...output.matchAll(/^error {2}(\S+?):\d+ {2}/gm)].map((m) => m[1]!.replace(`${contentDir}/`, '')));
      expect([...named]).toEqual([expected.file]);
    }, 120_000);
  }

  it('the valid fixture, with the same rules in force, builds every text', async () => {
    // Built by the global setup with this astro.config.mjs (the MDX safety plugin is always on).
    for (const path of [
      '/en/practices/sample-full/',
      '/ar/practices/sample-full/',
      '/en/guides/sample-guide/first-steps/',
      '/en/activities/sample-activity/',
      '/en/about/',
    ]) {
      expect(fileFor(fixtureDist, path), path).toBeDefined();
    }
  });
});
