import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/build/content-check.ts';
import { formatIssue } from '../../src/lib/issue-format.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { builtPages, page } from '../support/built-site.ts';
import { dist, realContent } from '../support/paths.ts';

const slugs = (dir: string) =>
  readdirSync(join(realContent, dir))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -5));

describe('the bundled content', () => {
  it('is complete in all three languages (npm run check: no errors, no untranslated entry)', async () => {
    const report = await readContent(realContent);
    expect(report.issues.map(formatIssue)).toEqual([]);
  });

  it('has every resource and glossary term on its page in each language, with a working anchor', () => {
    for (const l of localeCodes) {
      const resources = page(dist, `/${l}/resources/`);
      for (const s of slugs('resources')) expect(resources(`[id="${s}"] h3`).text().trim(), `${l} resource ${s}`).not.toBe('');
      const glossary = page(dist, `/${l}/glossary/`);
      for (const s of slugs('glossary')) expect(glossary(`[id="${s}"] dt`).text().trim(), `${l} term ${s}`).not.toBe('');
    }
  });

  // Letters of one script inside the main text of a page in another language, names isolated in <bdi>
  // excepted (names of organisations and documents keep their own script).
  const ratio = (p: string, foreign: RegExp) => {
    const $ = page(dist, p);
    const main = $('main').clone();
    main.find('bdi, [lang]:not([lang=""]), svg, script, noscript').remove();
    const letters = main.text().match(/\p{L}/gu) ?? [];
    const other = letters.filter((c) => foreign.test(c)).length;
    return { share: letters.length ? other / letters.length : 0, letters: letters.length };
  };
  const pages = builtPages(dist);

  it('Arabic pages are written in Arabic: Latin letters under 5% of the main text', () => {
    const over = pages
      .filter((p) => p.startsWith('/ar/'))
      .map((p) => ({ p, ...ratio(p, /[A-Za-z\u00C0-\u024F]/) }))
      .filter((r) => r.share >= 0.05)
      .map((r) => `${r.p}: ${(r.share * 100).toFixed(1)}%`);
    expect(over).toEqual([]);
  });

  it('English and French pages carry no Arabic text: Arabic letters under 5% of the main text', () => {
    const over = pages
      .filter((p) => p.startsWith('/en/') || p.startsWith('/fr/'))
      .map((p) => ({ p, ...ratio(p, /[\u0600-\u06FF]/) }))
      .filter((r) => r.share >= 0.05)
      .map((r) => `${r.p}: ${(r.share * 100).toFixed(1)}%`);
    expect(over).toEqual([]);
  });
});
