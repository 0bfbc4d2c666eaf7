import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/list-files.ts';

/** A content folder with hidden files and three kinds of link, one of them a loop back to its parent. */
const dir = mkdtempSync(join(tmpdir(), 'list-files-'));
const outside = mkdtempSync(join(tmpdir(), 'list-files-outside-'));
afterAll(() => [dir, outside].forEach((d) => rmSync(d, { recursive: true, force: true })));
for (const file of ['practices/a/practice.yaml', 'practices/a/en.mdx', 'taxonomy/themes.yaml', '.DS_Store', 'practices/.gitkeep', '.git/HEAD']) {
  mkdirSync(join(dir, file, '..'), { recursive: true });
  writeFileSync(join(dir, file), 'x');
}
writeFileSync(join(outside, 'secret.yaml'), 'x');
symlinkSync(join(outside, 'secret.yaml'), join(dir, 'practices/a/fr.mdx'));
symlinkSync(outside, join(dir, 'practices/linked'));
symlinkSync('..', join(dir, 'practices/a/up'));

describe('the one directory walker', () => {
  it('lists files with forward slashes, sorted, without hidden ones', () => {
    expect(listFiles(dir).files).toEqual(['practices/a/en.mdx', 'practices/a/practice.yaml', 'taxonomy/themes.yaml']);
  });

  it('lists links, to a file, to a folder outside or back up the tree, without following them', () => {
    const { files, links } = listFiles(dir);
    expect(links).toEqual(['practices/a/fr.mdx', 'practices/a/up', 'practices/linked']);
    expect(files.some((f) => f.includes('secret') || f.includes('/up/'))).toBe(false);
  });

  it('lists hidden files too when asked (a built site)', () => {
    expect(listFiles(dir, { dotFiles: true }).files).toEqual([
      '.DS_Store',
      '.git/HEAD',
      'practices/.gitkeep',
      'practices/a/en.mdx',
      'practices/a/practice.yaml',
      'taxonomy/themes.yaml',
    ]);
  });
});
