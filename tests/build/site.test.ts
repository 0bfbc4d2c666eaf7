import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, expectedPages, fileFor, page } from '../support/built-site.ts';
import { dist, fixtureBase, fixtureContent, fixtureDist, realContent } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';

const builds = [
  { name: 'real site', dist, base: '/', content: realContent },
  { name: 'fixture under a base path', dist: fixtureDist, base: fixtureBase, content: fixtureContent },
];

for (const b of builds) {
  describe(`build: ${b.name}`, () => {
    const pages = builtPages(b.dist);
    const expected = expectedPages(b.content);

    it('builds every entry in all three languages, and nothing is dropped', () => {
      expect(pages.filter((p) => !p.startsWith('/_'))).toEqual(expected);
    });

    it('ids are plain names and every id reference (aria-labelledby, aria-describedby, label for, aria-controls) names an element of the page', () => {
      const broken: string[] = [];
      for (const p of pages) {
        const $ = page(b.dist, p);
        const ids = new Set(
          $('[id]')
            .map((_, el) => $(el).attr('id'))
            .get(),
        );
        // An id is a plain token: a quote or space in it is a template slip (an escaped quote in a template), not a name.
        for (const id of ids) if (!/^[^\s"'&<>]+$/u.test(id)) broken.push(`${p}: id="${id}"`);
        $('[aria-labelledby], [aria-describedby], label[for], [aria-controls]').each((_, el) => {
          for (const attr of ['aria-labelledby', 'aria-describedby', 'for', 'aria-controls']) {
            for (const ref of ($(el).attr(attr) ?? '').split(/\s+/).filter(Boolean)) if (!ids.has(ref)) broken.push(`${p}: ${attr}="${ref}"`);
          }
        });
      }
      expect(broken).toEqual([]);
    });

    it('every internal link, asset and anchor resolves', () => {
      const broken: string[] = [];
      for (const p of pages) {
        const $ = page(b.dist, p);
        $('a[href], link[href], script[src], img[src]').each((_, el) => {
          const raw = $(el).attr('href') ?? $(el).attr('src') ?? '';
          if (/^(https?:)?\/\//.test(raw) && !raw.startsWith('http://localhost') && !raw.startsWith('https://example.org')) return;
          if (raw.startsWith('mailto:')) return;
          const url = new URL(raw, `https://example.org${b.base === '/' ? '' : b.base.slice(0, -1)}${p}`);
          if (url.origin !== 'https://example.org' && url.origin !== 'http://localhost:4321') return;
          if (!url.pathname.startsWith(b.base)) return void broken.push(`${p}: ${raw} (outside base path ${b.base})`);
          const sitePath = '/' + url.pathname.slice(b.base.length);
          const file = fileFor(b.dist, sitePath);
          if (!file) return void broken.push(`${p}: ${raw}`);
          if (url.hash && file.endsWith('.html')) {
            const id = decodeURIComponent(url.hash.slice(1));
            if (page(b.dist, sitePath.endsWith('/') || sitePath.endsWith('.html') ? sitePath : `${sitePath}/`)(`[id="${id}"]`).length === 0)
              broken.push(`${p}: ${raw} (no #${id})`);
          }
        });
      }
      expect(broken).toEqual([]);
    });

    it('every language page has lang, dir, canonical and reciprocal hreflang links', () => {
      for (const p of pages.filter((x) => /^\/(en|ar|fr)\//.test(x))) {
        const $ = page(b.dist, p);
        const locale = p.split('/')[1]!;
        expect($('html').attr('lang'), p).toBe(locale);
        expect($('html').attr('dir'), p).toBe(locale === 'ar' ? 'rtl' : 'ltr');
        expect($('link[rel=canonical]').attr('href'), p).toMatch(new RegExp(`${b.base}${locale}/`));
        const alternates = Object.fromEntries(
          $('link[rel=alternate][hreflang]')
            .map((_, el) => [[$(el).attr('hreflang'), $(el).attr('href')]])
            .get(),
        );
        expect(Object.keys(alternates).sort(), p).toEqual(['ar', 'en', 'fr', 'x-default']);
        for (const l of localeCodes) {
          const other = new URL(alternates[l]!).pathname.slice(b.base.length - 1);
          const $o = page(b.dist, other);
          expect($o(`link[rel=alternate][hreflang=${locale}]`).attr('href'), `${other} → ${p}`).toBe($('link[rel=canonical]').attr('href'));
        }
      }
    });

    it('loads no inline script: every script is an external file of the site (reading needs none of them)', () => {
      for (const p of pages) {
        const $ = page(b.dist, p);
        const inline = $('script:not([src])').filter((_, el) => !['application/json', 'application/ld+json'].includes($(el).attr('type') ?? ''));
        expect(inline.length, `${p}: inline script`).toBe(0);
        const scripts = $('script[src]')
          .map((_, el) => $(el).attr('src'))
          .get();
        expect(scripts[0], p).toBe(`${b.base}scripts/language-memory.js`);
        expect(
          scripts.slice(1).every((s) => s.startsWith(`${b.base}_astro/`)),
          p,
        ).toBe(true);
      }
    });

    it('writes a sitemap with language alternates', () => {
      const xml = readFileSync(join(b.dist, 'sitemap-0.xml'), 'utf8');
      expect(xml).toContain('xhtml:link');
      expect(xml).toContain(`hreflang="ar"`);
      const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
      for (const l of localeCodes) expect(locs).toContain(`${b.base}${l}/`);
    });
  });
}

describe('fallback pages (fixture)', () => {
  it('shows an untranslated practice in English inside an Arabic page, marked and isolated', () => {
    const $ = page(fixtureDist, '/ar/practices/sample-english/');
    expect($('html').attr('lang')).toBe('ar');
    expect($('main .notice').text()).toContain('الإنجليزية');
    expect($('main h1').attr('lang')).toBe('en');
    expect($('main h1').attr('dir')).toBe('ltr');
    expect($('main .prose').attr('lang')).toBe('en');
    expect($('nav.main-nav a').first().text().trim()).toBe('الممارسات');
  });

  it('shows a missing chapter translation in English inside the French guide', () => {
    const $ = page(fixtureDist, '/fr/guides/sample-guide/second-steps/');
    expect($('main .notice').text()).toContain('anglais');
    expect($('main h1').text()).toBe('Second steps');
    expect($('.prev-next .prev .title').text()).toBe('Premiers pas');
  });

  it('does not mark a translated text', () => {
    const $ = page(fixtureDist, '/fr/practices/sample-full/');
    expect($('main .notice')).toHaveLength(0);
    expect($('main h1').attr('lang')).toBeUndefined();
  });
});
