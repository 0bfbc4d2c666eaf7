import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../src/build/offline-files.ts';

describe('saved pages in reading order', () => {
  it('lists a guide as it is read: introduction, chapters by number, print version last; other pages by address', () => {
    const html: Record<string, string> = {
      'fr/guides/g/zeta/index.html': '<p data-reading-order="1">',
      'fr/guides/g/alpha/index.html': '<p data-reading-order="3">',
      'fr/guides/g/mid/index.html': '<p data-reading-order="2">',
    };
    const pages = [
      'fr/guides/g/print/index.html',
      'fr/practices/x/index.html',
      'fr/guides/g/alpha/index.html',
      'fr/guides/g/index.html',
      'fr/guides/g/mid/index.html',
      'fr/about/index.html',
      'fr/guides/g/zeta/index.html',
    ];
    expect(readingOrder(pages, (p) => html[p] ?? '')).toEqual([
      'fr/about/index.html',
      'fr/guides/g/index.html',
      'fr/guides/g/zeta/index.html',
      'fr/guides/g/mid/index.html',
      'fr/guides/g/alpha/index.html',
      'fr/guides/g/print/index.html',
      'fr/practices/x/index.html',
    ]);
  });
});
