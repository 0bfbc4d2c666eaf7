import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { textSource } from '../../src/build/text-source.ts';

describe('splitFrontmatter', () => {
  it('separates the YAML from the body, with LF or CRLF line ends', () => {
    expect(splitFrontmatter('---\ntitle: A\n---\n## Body\n')).toEqual({ yaml: 'title: A', body: '## Body\n' });
    expect(splitFrontmatter('---\r\ntitle: A\r\n---\r\nText')).toEqual({ yaml: 'title: A', body: 'Text' });
    expect(splitFrontmatter('---\ntitle: A\n---')).toEqual({ yaml: 'title: A', body: '' });
  });

  it('finds no frontmatter unless the file starts with it', () => {
    expect(splitFrontmatter('Text\n---\ntitle: A\n---\n')).toEqual({ yaml: undefined, body: 'Text\n---\ntitle: A\n---\n' });
    expect(splitFrontmatter('---\ntitle: A\n----\n').yaml).toBeUndefined();
  });
});

describe('textSource (the Markdown of a practice text, which the content store does not keep)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'text-source-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the body from the file, without frontmatter or MDX comments', () => {
    const file = join(dir, 'ar.mdx');
    writeFileSync(file, '---\ntitle: الرباط\n---\n## السياق\n\n{/* ملاحظة للمحررين */}\nنص في <bdi>Rabat</bdi>.\n');
    expect(textSource({ filePath: file })).toBe('## السياق\n\n\nنص في <bdi>Rabat</bdi>.\n');
  });

  it('takes the body from the store when the store has it', () => {
    expect(textSource({ body: 'stored', filePath: join(dir, 'missing.mdx') })).toBe('stored');
  });

  it('is empty for an entry with neither', () => {
    expect(textSource({})).toBe('');
  });
});
