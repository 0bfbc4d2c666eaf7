import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';

/**
 * Language facts live in the locale table (src/config/locales.ts): no other code names a language code,
 * as a string or in a regular expression, so adding or changing a language is a change of the table alone.
 * scripts/lib/synthetic.ts is the one exception: it writes made-up practice prose in each language for the
 * benchmark, so it holds sentences per language by nature.
 */
const folders = ['src/components', 'src/layouts', 'src/pages', 'src/client', 'src/lib', 'src/build', 'src/integrations', 'src/schemas', 'scripts'];
const exempt = new Set(['src/config/locales.ts', 'scripts/lib/synthetic.ts']);
const files = folders.flatMap((dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(astro|ts|mjs)$/.test(d.name))
    .map((d) => join(d.parentPath, d.name).split('\\').join('/'))
    .filter((file) => !exempt.has(file)),
);
const codes = localeCodes.join('|');
// A quoted code ('ar'), or codes side by side in an alternation (en|ar) outside a comment.
const literal = new RegExp(`(['"\`])(${codes})\\1|\\b(${codes})\\|(${codes})\\b`, 'g');
const comment = /^\s*(\/\/|\*|\/\*\*)/;

describe('no language code written out in code outside the locale table', () => {
  it('scans a real tree', () => expect(files.length).toBeGreaterThan(150));

  it('finds none', () => {
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (comment.test(line) ? [] : [...line.matchAll(literal)]).map((m) => `${file}:${i + 1}  ${m[0]}`)),
    );
    expect(found).toEqual([]);
  });

  it('would find one', () => {
    expect(`const sep = locale === 'ar' ? '، ' : ', ';`.match(literal)).toEqual(["'ar'"]);
    expect('/^practices\\/([^/]+)\\/(en|ar|fr)$/'.match(literal)).toEqual(['en|ar']);
  });
});
