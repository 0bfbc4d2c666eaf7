import { describe, expect, it } from 'vitest';
import { pickName, pickText } from '../../src/lib/fallback.ts';
import type { Locale } from '../../src/config/locales.ts';

const texts = (...ls: Locale[]) => new Map(ls.map((l) => [l, `text-${l}`]));

describe('fallback selection', () => {
  it('uses the page language when the text exists', () => {
    expect(pickText(texts('en', 'ar', 'fr'), 'ar', 'en')).toEqual({ value: 'text-ar', lang: 'ar', fallback: false });
  });
  it('falls back to the original language before English', () => {
    expect(pickText(texts('en', 'fr'), 'ar', 'fr')).toEqual({ value: 'text-fr', lang: 'fr', fallback: true });
  });
  it('falls back to English when the original is missing', () => {
    expect(pickText(texts('en'), 'fr', 'ar')).toEqual({ value: 'text-en', lang: 'en', fallback: true });
  });
  it('falls back to any existing text as a last resort', () => {
    expect(pickText(texts('ar'), 'fr')).toEqual({ value: 'text-ar', lang: 'ar', fallback: true });
  });
  it('returns nothing when there is no text at all', () => {
    expect(pickText(new Map(), 'en')).toBeUndefined();
  });
  it('picks names the same way', () => {
    expect(pickName({ en: 'City of Rabat', fr: 'Ville de Rabat' }, 'ar')).toEqual({ text: 'City of Rabat', lang: 'en' });
    expect(pickName({ fr: 'Ville de Rabat' }, 'ar')).toEqual({ text: 'Ville de Rabat', lang: 'fr' });
  });
});
