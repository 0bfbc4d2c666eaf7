import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, page } from '../support/built-site.ts';
import { dist, realContent } from '../support/paths.ts';
import { formatNames } from '../../src/lib/citation/files.ts';

/**
 * "Cite this" on the built site: every practice page, guide and chapter (and every document on the
 * resources page) links to its three downloads; each file, read back by citation-js (BibTeX, RIS) or as
 * CSL-JSON, names the title the page shows, the page's address and the language of that title.
 */
const pages = builtPages(dist);
const citing = pages.filter((p) => /^\/(en|ar|fr)\/(practices\/[^/]+|guides\/[^/]+(\/(?!print\/)[^/]+)?)\/$/.test(p));
const practices = citing.filter((p) => p.includes('/practices/'));

/** The three downloads a page links to, as site paths. */
function downloads(sitePath: string, within = 'details.cite'): Record<string, string> {
  const $ = page(dist, sitePath);
  const links = $(`${within} a[download]`)
    .toArray()
    .map((a) => [$(a).text().trim(), new URL($(a).attr('href')!, `http://site${sitePath}`).pathname] as const);
  return Object.fromEntries(links);
}
const read = (sitePath: string) => {
  const file = fileFor(dist, sitePath);
  if (!file) throw new Error(`no file for ${sitePath}`);
  return readFileSync(file, 'utf8');
};
const item = (text: string) => new Cite(text).data[0] as Record<string, unknown>;

describe('citations of the built pages', () => {
  it('every practice, in every language, and every guide and chapter offer the three downloads', () => {
    expect(practices.length).toBeGreaterThanOrEqual(9 * 3);
    expect(citing.length).toBeGreaterThan(practices.length);
    const missing = citing.filter((p) => Object.keys(downloads(p)).sort().join() !== Object.values(formatNames).sort().join());
    expect(missing).toEqual([]);
  });

  it('each practice, guide and chapter: CSL-JSON, BibTeX and RIS parse back to the page title, address and language', () => {
    const problems: string[] = [];
    for (const p of citing) {
      const $ = page(dist, p);
      const h1 = $('main h1').first();
      const expected = { title: h1.text().trim(), URL: $('link[rel="canonical"]').attr('href'), language: h1.attr('lang') ?? $('html').attr('lang') };
      const files = downloads(p);
      const csl = JSON.parse(read(files['CSL-JSON']!)) as Record<string, unknown>[];
      // CSL-JSON's schema requires an id and a type on each item.
      if (csl.length !== 1 || typeof csl[0]!.id !== 'string' || typeof csl[0]!.type !== 'string')
        problems.push(`${p}: CSL-JSON is not one item with id and type`);
      const parsed = { 'CSL-JSON': csl[0]!, BibTeX: item(read(files.BibTeX!)), RIS: item(read(files.RIS!)) };
      for (const [format, got] of Object.entries(parsed)) {
        const found = { title: got.title, URL: got.URL, language: got.language };
        if (JSON.stringify(found) !== JSON.stringify(expected)) problems.push(`${p} ${format}: ${JSON.stringify(found)} ≠ ${JSON.stringify(expected)}`);
      }
      // The formatted reference on the page names the same work.
      const reference = $('details.cite summary + p').text();
      if (!reference.includes(expected.title) || !reference.includes(expected.URL!)) problems.push(`${p}: the reference lacks the title or the address`);
    }
    expect(problems).toEqual([]);
  });

  it('the Arabic and French files keep their letters (UTF-8; BibTeX title in braces)', () => {
    const ar = practices.find((p) => p.startsWith('/ar/'))!;
    const bib = read(downloads(ar).BibTeX!);
    expect(bib).toMatch(/title = \{\{[\u0600-\u06FF]/);
    const fr = citing.filter((p) => p.startsWith('/fr/')).map((p) => read(downloads(p).RIS!));
    expect(fr.some((ris) => /TI {2}- .*[éèàçô’]/.test(ris))).toBe(true);
  });

  it('every document on the resources page, in every language, parses back to the title and address of a version that exists', () => {
    const problems: string[] = [];
    let count = 0;
    for (const locale of ['en', 'ar', 'fr']) {
      const sitePath = `/${locale}/resources/`;
      const $ = page(dist, sitePath);
      for (const li of $('li.resource').toArray()) {
        const id = $(li).attr('id')!;
        const files = downloads(sitePath, `li#${id} details.cite`);
        if (Object.keys(files).length === 0) continue;
        count++;
        const yaml = parseYaml(readFileSync(join(realContent, 'resources', `${id}.yaml`), 'utf8')) as { title: Record<string, string> };
        // The page's own links to the document, with their languages.
        const links = new Map(
          $(li)
            .find('a[rel="external"]')
            .toArray()
            .map((a) => [$(a).attr('href'), $(a).attr('hreflang')]),
        );
        for (const [format, text] of Object.entries(files).map(([f, path]) => [f, read(path)] as const)) {
          const got = format === 'CSL-JSON' ? (JSON.parse(text) as Record<string, unknown>[])[0]! : item(text);
          const lang = got.language as string;
          if (got.title !== yaml.title[lang]) problems.push(`${sitePath}#${id} ${format}: title ${String(got.title)} is not its ${lang} title`);
          if (links.size > 0 && links.get(got.URL as string) !== lang) problems.push(`${sitePath}#${id} ${format}: ${String(got.URL)} is not its ${lang} link`);
        }
      }
    }
    expect(count).toBeGreaterThanOrEqual(3);
    expect(problems).toEqual([]);
  });
});
