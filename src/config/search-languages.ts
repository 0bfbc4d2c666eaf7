import type { Locale } from './locales.ts';

/** Letters of the script a language is written in: a search query in it can match the language's text. */
const LATIN = /[A-Za-z\u00C0-\u024F]/;
const ARABIC = /[\u0600-\u06FF]/;

/**
 * Which languages a search query may be written in, for search across languages
 * (src/lib/search/cross-language.ts): the script of each language and, for a language sharing its
 * script with another, the letters and words that mark a query as that language (French accents and
 * articles). Kept apart from the locale table so that the pages loading that table do not carry these
 * patterns; in the table's order.
 */
export const searchLanguages: Record<Locale, { script: RegExp; marks?: RegExp }> = {
  en: { script: LATIN },
  ar: { script: ARABIC },
  fr: { script: LATIN, marks: /[àâæçéèêëîïôœùûüÿ]|\b(?:le|la|les|des|du|et|pour|dans|avec|une|au|aux|sur)\b/i },
};
