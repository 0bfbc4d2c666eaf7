import { defaultLocale, type Locale } from '../config/locales.ts';

export interface Picked<T> {
  value: T;
  /** The language the text is actually written in. */
  lang: Locale;
  /** True when the page's language had no text and another one is shown. */
  fallback: boolean;
}

/**
 * Chooses the text to show on a page in `locale`: the text in that language; otherwise the original
 * language's; otherwise English; otherwise whatever exists. Undefined only when there is no text at all.
 */
export function pickText<T>(texts: ReadonlyMap<Locale, T>, locale: Locale, original?: Locale): Picked<T> | undefined {
  const order = [locale, original, defaultLocale, ...texts.keys()].filter((l): l is Locale => l !== undefined);
  for (const lang of order) {
    const value = texts.get(lang);
    if (value !== undefined) return { value, lang, fallback: lang !== locale };
  }
  return undefined;
}

/** A localised name with its language: the page's language if given, else English, else any. */
export function pickName(names: Partial<Record<Locale, string | undefined>>, locale: Locale): { text: string; lang: Locale } {
  const map = new Map<Locale, string>();
  for (const [l, v] of Object.entries(names)) if (v) map.set(l as Locale, v);
  const picked = pickText(map, locale);
  return picked ? { text: picked.value, lang: picked.lang } : { text: '', lang: locale };
}
