import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';

/**
 * Language facts live in the locale table (src/config/locales.ts): components, layouts, pages and browser
 * code never name a language code, so adding or changing a language is a change of the table alone.
 */
const folders = ['src/components', 'src/layouts', 'src/pages', 'src/client'];
const files = folders.flatMap((dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(astro|ts)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name)),
);
const literal = new RegExp(`(['"\`])(${localeCodes.join('|')})\\1`, 'g');

describe('no language code written out in components, layouts, pages or client code', () => {
  it('scans a real tree', () => expect(files.length).toBeGreaterThan(40));

  it('finds none', () => {
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => [...line.matchAll(literal)].map((m) => `${file}:${i + 1}  ${m[0]}`)),
    );
    expect(found).toEqual([]);
  });

  it('would find one', () => expect(`const sep = locale === 'ar' ? '، ' : ', ';`.match(literal)).toEqual(["'ar'"]));
});
