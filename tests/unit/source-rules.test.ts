import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles } from '../../src/build/list-files.ts';
import { root } from '../support/paths.ts';

const files = (dir: string, ext: RegExp) =>
  listFiles(dir)
    .files.filter((f) => ext.test(f))
    .map((f) => join(dir, f));

/** Physical directions that would not mirror in Arabic. */
const physical = /\b(margin|padding|border|inset)-(left|right)\b|\b(left|right)\s*:|text-align:\s*(left|right)|float:\s*(left|right)|clear:\s*(left|right)/;

describe('source rules', () => {
  it('CSS uses logical properties only (no physical left/right)', async () => {
    const offenders: string[] = [];
    for (const file of files(join(root, 'src'), /\.(css|astro)$/)) {
      const text = await readFile(file, 'utf8');
      const css = file.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
      css.split('\n').forEach((line, i) => {
        if (physical.test(line)) offenders.push(`${relative(root, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('the literal-text finder sees text nodes and labelled attributes', () => {
    expect(literalText('---\nconst a = 1;\n---\n<p>{t("x")}</p>')).toEqual([]);
    expect(literalText('<p>Read more</p>')).toEqual(['Read more']);
    expect(literalText('<nav aria-label="Main">{x}</nav>')).toEqual(['aria-label="Main"']);
  });

  it('components, layouts and pages contain no interface text that is not looked up', async () => {
    const offenders: string[] = [];
    for (const file of files(join(root, 'src'), /\.astro$/)) {
      for (const l of literalText(await readFile(file, 'utf8'))) offenders.push(`${relative(root, file)}: ${l}`);
    }
    expect(offenders).toEqual([]);
  });
});

/** Literal words left in an Astro template once code, expressions and tags are removed. */
function literalText(source: string): string[] {
  let text = source
    .replace(/^---[\s\S]*?\n---/, '') // frontmatter (code)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  for (let i = 0; i < 6; i++) text = text.replace(/\{[^{}]*\}/g, ' '); // expressions, innermost first
  const attrs = [...text.matchAll(/\s(aria-label|title|alt|placeholder)="([^"]*\p{L}[^"]*)"/gu)].map((m) => `${m[1]}="${m[2]}"`);
  const words = text
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /\p{L}/u.test(l));
  return [...words, ...attrs];
}
