import { describe, expect, it } from 'vitest';
import { resources, t, formatDate, formatYearMonth } from '../../src/lib/i18n.ts';
import { localeCodes, locales } from '../../src/config/locales.ts';

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const baseKeys = (l: keyof typeof resources) => new Set(flatten(resources[l] as Tree).map((k) => k.replace(pluralSuffix, '')));

describe('interface strings', () => {
  it.each(localeCodes)('%s has every key the other languages have', (locale) => {
    const mine = baseKeys(locale);
    const all = new Set(localeCodes.flatMap((l) => [...baseKeys(l)]));
    expect([...all].filter((k) => !mine.has(k))).toEqual([]);
  });

  it.each(localeCodes)('%s has every plural form its language needs for each counted key', (locale) => {
    const keys = flatten(resources[locale] as Tree);
    const counted = new Set(keys.filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, '')));
    const categories = new Intl.PluralRules(locales[locale].intl).resolvedOptions().pluralCategories;
    for (const key of counted) for (const cat of categories) expect(keys, `${locale}: ${key}_${cat}`).toContain(`${key}_${cat}`);
  });

  it('chooses Arabic plural forms by count', () => {
    const _ = t('ar');
    expect(_('practices.count', { count: 1 })).toBe('ممارسة واحدة');
    expect(_('practices.count', { count: 2 })).toBe('ممارستان');
    expect(_('practices.count', { count: 3 })).toBe('3 ممارسات');
    expect(_('practices.count', { count: 11 })).toBe('11 ممارسة');
    expect(_('practices.count', { count: 100 })).toBe('100 ممارسة');
  });

  it('interpolates in every language', () => {
    expect(t('fr')('guides.chapterNumber', { number: 3 })).toBe('Chapitre 3');
    expect(t('en')('fallback.notice', { language: t('en')('languageName.fr') })).toContain('French');
  });

  it('formats dates with Latin digits in Arabic (the documented convention)', () => {
    expect(formatDate('ar', '2023-03-16')).toMatch(/^16 .+ 2023$/);
    expect(formatDate('fr', '2023-03-16')).toBe('16 mars 2023');
    expect(formatDate('en', '2023-03-16')).toBe('16 March 2023');
    expect(formatYearMonth('fr', '2023-03')).toBe('mars 2023');
    expect(formatYearMonth('ar', '2023')).toBe('2023');
  });

  it('remembers lookups without changing them: counts, interpolation and groups of keys answer as the first time', () => {
    for (const locale of localeCodes) {
      const _ = t(locale);
      for (let round = 0; round < 2; round++) {
        // Different counts and values are different answers, never the first one remembered.
        expect([1, 2, 11].map((count) => _('practices.count', { count }))).toEqual([1, 2, 11].map((count) => _('practices.count', { count, ordinal: false })));
        expect(_('practices.count', { count: 1 })).not.toBe(_('practices.count', { count: 2 }));
      }
      // A group of keys comes back as a new object each time: changing one does not change the next.
      const group = () => (_ as unknown as (k: string, o: object) => Record<string, string>)('enum.status', { returnObjects: true });
      const first = group();
      first.ongoing = 'changed';
      expect(group().ongoing).not.toBe('changed');
    }
    expect(t('ar')('practices.count', { count: 3 })).toBe('3 ممارسات');
    expect(t('fr')('practices.count', { count: 3 })).toBe('3 pratiques');
  });
});
