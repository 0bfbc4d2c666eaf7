import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { builtPages, fileFor, page } from '../support/built-site.ts';
import { dist } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { t } from '../../src/lib/i18n.ts';

/**
 * The templates' downloads as a reader gets them from the built site: every template in every language
 * has a Word file that unzips and holds the page's title and headings (right to left in Arabic), and a
 * Markdown file that starts with the title; and the guide chapters' links to templates lead somewhere.
 */
const slugs = builtPages(dist)
  .map((p) => /^\/en\/templates\/([^/]+)\/$/.exec(p)?.[1])
  .filter((s): s is string => Boolean(s));
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const wordText = (xml: string) => squash([...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");

describe('templates', () => {
  it('has the five bundled templates', () => expect(slugs).toHaveLength(5));

  for (const locale of localeCodes) {
    it(`${locale}: each template's .docx unzips and holds its title and headings, and its .md starts with the title`, () => {
      for (const slug of slugs) {
        const $ = page(dist, `/${locale}/templates/${slug}/`);
        const title = squash($('h1').text());
        const headings = $('.template-text h2, .template-text h3')
          .map((_, el) => squash($(el).text()))
          .get();
        expect(headings.length, slug).toBeGreaterThan(0);
        // The page links to both files, and they exist.
        const docxHref = $(`a[href$="/templates/${slug}.docx"]`).attr('href');
        const mdHref = $(`a[href$="/templates/${slug}.md"]`).attr('href');
        expect(docxHref && fileFor(dist, docxHref), `${slug}.docx`).toBeTruthy();
        expect(mdHref && fileFor(dist, mdHref), `${slug}.md`).toBeTruthy();

        const files = unzipSync(new Uint8Array(readFileSync(join(dist, locale, 'templates', `${slug}.docx`))));
        const xml = strFromU8(files['word/document.xml']!);
        const text = decode(wordText(xml));
        expect(text, slug).toContain(title);
        for (const h of headings) expect(text, `${slug}: ${h}`).toContain(h);
        if (locale === 'ar') {
          expect(xml).toContain('<w:bidi/>');
          expect(xml).toContain('<w:rtl/>');
        } else expect(xml).not.toContain('<w:rtl/>');
        // The file's author is the hub, in the file's language (not the library's "Un-named").
        expect(decode(strFromU8(files['docProps/core.xml']!)), slug).toContain(`<dc:creator>${t(locale)('cite.author')}</dc:creator>`);

        const md = readFileSync(join(dist, locale, 'templates', `${slug}.md`), 'utf8');
        expect(md.split('\n')[0]).toBe(`# ${title}`);
      }
    });
  }

  it('every link from a guide chapter to a template resolves, and each template is linked from a chapter in every language', () => {
    const linked = new Set<string>();
    const broken: string[] = [];
    for (const p of builtPages(dist).filter((x) => /^\/[a-z]{2}\/guides\/[^/]+\/(?!print\/)[^/]+\/$/.test(x))) {
      const $ = page(dist, p);
      $('main a[href*="templates/"]').each((_, el) => {
        const target = new URL($(el).attr('href')!, `http://x${p}`).pathname;
        if (!fileFor(dist, target)) broken.push(`${p} → ${target}`);
        else linked.add(target);
      });
    }
    expect(broken).toEqual([]);
    for (const locale of localeCodes) for (const slug of slugs) expect(linked, `${locale} ${slug}`).toContain(`/${locale}/templates/${slug}/`);
  });

  it("the template pages are in their language's offline copy", () => {
    for (const locale of localeCodes) {
      expect(existsSync(join(dist, 'offline', `${locale}.json`))).toBe(true);
      const offline = readFileSync(join(dist, 'offline', `${locale}.json`), 'utf8');
      for (const slug of slugs) expect(offline, `${locale} ${slug} offline`).toContain(`/${locale}/templates/${slug}/`);
    }
  });
});
