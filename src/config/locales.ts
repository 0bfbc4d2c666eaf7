/**
 * The one locale table. Everything language-specific that is not an interface string lives here.
 *
 * Digits: Arabic pages use Latin ("Western Arabic") digits 0-9. The hub's readers span the Maghreb, where
 * Latin digits are the everyday norm in print and administration, and the Levant and Iraq, where
 * Arabic-Indic digits are common but Latin ones are universally read. Latin digits are therefore the one
 * convention every reader of the site understands; it is set once here through the Unicode `nu` extension.
 *
 * `listSeparator` joins a short list of names (a city and its country, themes): Intl.ListFormat would add
 * a conjunction ("a، وb"), which reads wrong in a facts line, so the separator itself is a fact here.
 */
export const locales = {
  en: { code: 'en', dir: 'ltr', label: 'English', intl: 'en-GB', ogLocale: 'en_GB', wordsPerMinute: 220, listSeparator: ', ' },
  ar: { code: 'ar', dir: 'rtl', label: 'العربية', intl: 'ar-u-nu-latn', ogLocale: 'ar_AR', wordsPerMinute: 160, listSeparator: '، ' },
  fr: { code: 'fr', dir: 'ltr', label: 'Français', intl: 'fr-FR', ogLocale: 'fr_FR', wordsPerMinute: 200, listSeparator: ', ' },
} as const;

export type Locale = keyof typeof locales;
export type LocaleInfo = (typeof locales)[Locale];

/** Display order everywhere (switcher, chooser, hreflang). */
export const localeCodes = ['en', 'ar', 'fr'] as const satisfies readonly Locale[];

/** The language codes as a regular-expression alternation (`en|ar|fr`), for paths like `practices/x/ar.mdx`. */
export const localePattern = localeCodes.join('|');

/** The language of terminal output: build errors, and the CLIs when no `--lang` is given. */
export const terminalLocale: Locale = 'en';

/** Fallback text language when an entry has no text in the page's language and no usable original. */
export const defaultLocale: Locale = 'en';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(locales, value);
}

export function localeInfo(locale: Locale): LocaleInfo {
  return locales[locale];
}

/**
 * `lang` and `dir` for an element holding text in `lang` on a page in `page`: empty when they agree, so
 * only a text shown in another language (an untranslated entry) carries its own attributes.
 */
export function langAttrs(page: Locale, lang: Locale): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return lang === page ? {} : { lang, dir: locales[lang].dir };
}

/** Names joined as a short list in the page's language: `Rabat, Morocco`, `الرباط، المغرب`. */
export function joinList(locale: Locale, items: readonly string[]): string {
  return items.join(locales[locale].listSeparator);
}
