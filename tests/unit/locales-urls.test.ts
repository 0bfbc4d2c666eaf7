import { describe, expect, it } from 'vitest';
import { langAttrs, localeCodes, locales, isLocale, type Locale } from '../../src/config/locales.ts';
import { path, switchLocale, urls } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/lib/site-config.ts';

/** What Unicode's locale data (CLDR, through Intl) says of a language, to check the table against. */
const cldr = {
  direction: (code: string) => (new Intl.Locale(code) as Intl.Locale & { getTextInfo(): { direction: string } }).getTextInfo().direction,
  ownName: (code: string) => new Intl.DisplayNames([code], { type: 'language' }).of(code)!,
};
const pairs = localeCodes.flatMap((page) => localeCodes.map((text) => [page, text] as [Locale, Locale]));

describe('locale table', () => {
  it('lists every language of the table once in the display order, and nothing else passes for a language', () => {
    expect([...localeCodes].sort()).toEqual(Object.keys(locales).sort());
    for (const code of localeCodes) expect(isLocale(code), code).toBe(true);
    // Neither other codes nor the names every object inherits (a lookup with `in` would take them).
    for (const value of ['de', 'EN', 'en-GB', '', 'toString', '__proto__', 'hasOwnProperty', undefined, null, 42])
      expect(isLocale(value), String(value)).toBe(false);
  });

  it("gives each language the writing direction Unicode's locale data gives it", () => {
    for (const code of localeCodes) expect(locales[code].dir, code).toBe(cldr.direction(code));
  });

  it('names each language in itself, as its readers look for it in the language switcher', () => {
    for (const code of localeCodes) expect(locales[code].label.toLocaleLowerCase(code), code).toBe(cldr.ownName(code).toLocaleLowerCase(code));
  });

  it('marks only text in another language than the page with lang and dir, the direction being the text’s', () => {
    for (const [page, text] of pairs) {
      const expected = page === text ? {} : { lang: text, dir: cldr.direction(text) };
      expect(langAttrs(page, text), `${text} text on a ${page} page`).toEqual(expected);
    }
  });
});

describe('urls', () => {
  it('builds trailing-slash URLs under the base path', () => {
    expect(path()).toBe('/');
    expect(urls.practice('ar', 'rabat')).toBe('/ar/practices/rabat/');
    expect(urls.chapter('fr', 'mayors', 'why-cities')).toBe('/fr/guides/mayors/why-cities/');
    expect(urls.resource('en', 'gctf')).toBe('/en/resources/#gctf');
  });

  it('switches the language of any page to the same page in the other language', () => {
    for (const [from, to] of pairs) {
      expect(switchLocale(urls.chapter(from, 'mayors', 'why-cities'), to)).toBe(urls.chapter(to, 'mayors', 'why-cities'));
      expect(switchLocale(urls.home(from), to)).toBe(urls.home(to));
      expect(switchLocale(urls.city(from, 'rabat'), to)).toBe(urls.city(to, 'rabat'));
    }
  });

  it('reads the site URL and base path from the environment', () => {
    expect(siteConfig({})).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(siteConfig({ SITE_URL: 'https://example.org/', BASE_PATH: 'mena-hub' })).toEqual({ site: 'https://example.org', base: '/mena-hub/' });
    expect(siteConfig({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
  });
});
