import { describe, expect, it } from 'vitest';
import { langAttrs, localeCodes, locales, isLocale } from '../../src/config/locales.ts';
import { path, switchLocale, urls } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/lib/site-config.ts';

describe('locale table', () => {
  it('has the three languages with their direction and own-language label', () => {
    expect(localeCodes).toEqual(['en', 'ar', 'fr']);
    expect(locales.ar.dir).toBe('rtl');
    expect(locales.en.dir).toBe('ltr');
    expect(locales.fr.label).toBe('Français');
    expect(isLocale('ar')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });
  it('marks only text in another language with lang and dir', () => {
    expect(langAttrs('ar', 'ar')).toEqual({});
    expect(langAttrs('ar', 'en')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(langAttrs('fr', 'ar')).toEqual({ lang: 'ar', dir: 'rtl' });
  });
});

describe('urls', () => {
  it('builds trailing-slash URLs under the base path', () => {
    expect(path()).toBe('/');
    expect(urls.practice('ar', 'rabat')).toBe('/ar/practices/rabat/');
    expect(urls.chapter('fr', 'mayors', 'why-cities')).toBe('/fr/guides/mayors/why-cities/');
    expect(urls.resource('en', 'gctf')).toBe('/en/resources/#gctf');
  });
  it('switches the language of a path and keeps the rest', () => {
    expect(switchLocale('/en/guides/mayors/why-cities/', 'ar')).toBe('/ar/guides/mayors/why-cities/');
    expect(switchLocale('/fr/', 'en')).toBe('/en/');
  });
  it('reads the site URL and base path from the environment', () => {
    expect(siteConfig({})).toEqual({ site: 'http://localhost:4321', base: '/' });
    expect(siteConfig({ SITE_URL: 'https://example.org/', BASE_PATH: 'mena-hub' })).toEqual({ site: 'https://example.org', base: '/mena-hub/' });
    expect(siteConfig({ BASE_PATH: '/a/b/' }).base).toBe('/a/b/');
  });
});
