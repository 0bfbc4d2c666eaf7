import { describe, expect, it } from 'vitest';
import { plural } from '../../src/client/plural.ts';

/** The search page's status line ("3 results for “…”"), filled in the browser with the reader's query. */
const resultsFor = { one: '{{count}} result for “{{query}}”', other: '{{count}} results for “{{query}}”' };

describe('plural (status lines filled in the browser)', () => {
  it('picks the plural form and formats the count for the language', () => {
    expect(plural(resultsFor, 'en', 1, { query: 'youth' })).toBe('1 result for “youth”');
    expect(plural(resultsFor, 'en', 1200, { query: 'youth' })).toBe('1,200 results for “youth”');
    expect(plural({ one: '{{count}} résultat', other: '{{count}} résultats' }, 'fr', 0)).toBe('0 résultat');
    expect(plural({ other: '{{count}} نتيجة' }, 'ar-u-nu-latn', 3)).toBe('3 نتيجة');
  });

  it('inserts a query with replacement patterns verbatim', () => {
    for (const query of ["a$&b$'c", '$`x$1$2$$', '$<name>', '$0$&$&']) {
      expect(plural(resultsFor, 'en', 2, { query })).toBe(`2 results for “${query}”`);
    }
  });

  it('never reads a placeholder inside an inserted value', () => {
    expect(plural(resultsFor, 'en', 2, { query: '{{count}} {{query}}' })).toBe('2 results for “{{count}} {{query}}”');
  });

  it('leaves an unknown placeholder as written', () => {
    expect(plural({ other: '{{count}} in {{place}}' }, 'en', 2)).toBe('2 in {{place}}');
  });
});
