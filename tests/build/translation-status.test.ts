import { describe, expect, it } from 'vitest';
import { page } from '../support/built-site.ts';
import { dist, fixtureBase, fixtureDist, fixtureRepository } from '../support/paths.ts';
import { localeCodes } from '../../src/config/locales.ts';

/** /{l}/contribute/status/, computed at build time from the content folder and its git history. */
describe('translation status page (fixture)', () => {
  const entries = (l: string, pageLocale: string, state: 'missing' | 'outdated') => {
    const $ = page(fixtureDist, `/${pageLocale}/contribute/status/`);
    return $(`[data-status-locale=${l}] [data-status=${state}] li`)
      .map((_, li) => ({
        key: $(li).attr('data-entry'),
        href: $(li).find('.entry a').first().attr('href'),
        title: $(li).find('.entry a').first().text().trim(),
      }))
      .get();
  };

  it.each(localeCodes)('lists, on the %s page, the fixture texts not yet in Arabic and French, linked to their pages', (pageLocale) => {
    for (const l of ['ar', 'fr']) {
      const missing = entries(l, pageLocale, 'missing');
      expect(missing.map((e) => e.key)).toEqual(
        expect.arrayContaining(['practice:sample-english:', 'chapter:sample-guide:second-steps', 'template:sample-template:']),
      );
      expect(missing.find((e) => e.key === 'template:sample-template:')?.href).toBe(`${fixtureBase}${l}/templates/sample-template/`);
      expect(missing).toContainEqual({
        key: 'practice:sample-english:',
        href: `${fixtureBase}${l}/practices/sample-english/`,
        title: 'Fixture practice only in English',
      });
      expect(missing).toContainEqual({
        key: 'chapter:sample-guide:second-steps',
        href: `${fixtureBase}${l}/guides/sample-guide/second-steps/`,
        title: 'Second steps',
      });
      // Translated entries are not listed.
      expect(missing.map((e) => e.key)).not.toContain('practice:sample-full:');
    }
    expect(entries('en', pageLocale, 'missing')).toEqual([]);
  });

  it('gives the share of texts available per language, and shows untranslated titles in their own language', () => {
    const $ = page(fixtureDist, '/ar/contribute/status/');
    expect($('[data-status-locale=en] progress').attr('value')).toBe('100');
    const ar = Number($('[data-status-locale=ar] progress').attr('value'));
    expect(ar).toBeGreaterThan(0);
    expect(ar).toBeLessThan(100);
    // The page's own language comes first.
    expect($('[data-status-locale]').first().attr('data-status-locale')).toBe('ar');
    expect($('[data-status-locale=ar] [data-status=missing] .entry a').first().attr('lang')).toBe('en');
    // The fixture is built with a repository: every translate or edit link goes to it, none to a guessed address
    // (without one, no such link is shown: tests/build/edit-links.test.ts).
    const links = $('[data-translate-link], [data-edit-link]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((href) => !href.startsWith(`${fixtureRepository}/`))).toEqual([]);
  });
});

describe('translation status page (bundled content)', () => {
  it.each(localeCodes)('exists in %s, with a section per language and nothing missing', (l) => {
    const $ = page(dist, `/${l}/contribute/status/`);
    expect($('html').attr('lang')).toBe(l);
    expect(
      $('[data-status-locale]')
        .map((_, s) => $(s).attr('data-status-locale'))
        .get()
        .sort(),
    ).toEqual([...localeCodes].sort());
    expect($('[data-status=missing] li').length).toBe(0);
  });
});
