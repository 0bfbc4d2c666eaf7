import i18next, { type TFunction } from 'i18next';
import en from '../i18n/en.json' with { type: 'json' };
import ar from '../i18n/ar.json' with { type: 'json' };
import fr from '../i18n/fr.json' with { type: 'json' };
import { defaultLocale, locales, type Locale } from '../config/locales.ts';

/** Interface strings, one resource file per language. */
export const resources = { en, ar, fr } as const;

// One instance per build. Resources are bundled, so initialisation is synchronous.
const instance = i18next.createInstance();
void instance.init({
  resources: { en: { translation: en }, ar: { translation: ar }, fr: { translation: fr } },
  lng: defaultLocale,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes every expression it renders.
  returnNull: false,
});

const fixed = new Map<Locale, TFunction>();

/** The translation function for one language: `t('practice.goal')`, `t('practices.count', { count })`. */
export function t(locale: Locale): TFunction {
  let fn = fixed.get(locale);
  if (!fn) {
    fn = instance.getFixedT(locale);
    fixed.set(locale, fn);
  }
  return fn;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar date (YYYY-MM-DD) in the language's own format, e.g. 26 November 2026 / 26 نوفمبر 2026. */
export function formatDate(locale: Locale, isoDate: string, month: 'long' | 'short' = 'long'): string {
  const key = `${locale}:${month}`;
  let fmt = dateFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat(locales[locale].intl, { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, fmt);
  }
  return fmt.format(new Date(`${isoDate}T00:00:00Z`));
}

// Intl formatters are slow to create (the profiler found them on every practice page): one per language.
const yearFormats = new Map<Locale, Intl.NumberFormat>();
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A year or year-month (2023, 2023-03) as the reader expects it: 2023 / mars 2023 / مارس 2023. */
export function formatYearMonth(locale: Locale, value: string): string {
  if (/^\d{4}$/.test(value)) {
    const year = yearFormats.get(locale) ?? yearFormats.set(locale, new Intl.NumberFormat(locales[locale].intl, { useGrouping: false })).get(locale)!;
    return year.format(Number(value));
  }
  const month = monthFormats.get(locale) ?? monthFormats.set(locale, new Intl.DateTimeFormat(locales[locale].intl, { month: 'long', year: 'numeric', timeZone: 'UTC' })).get(locale)!;
  return month.format(new Date(`${value}-01T00:00:00Z`));
}

/** Sorting by a localised name, with the language's collation rules. */
export function collator(locale: Locale): Intl.Collator {
  return new Intl.Collator(locales[locale].intl, { sensitivity: 'base', numeric: true });
}

/**
 * A counted string's forms for the browser (which has no i18next): one template per plural category of
 * the language, with `{{count}}` (and any other named value) left in place.
 */
export function pluralForms(locale: Locale, key: string, keep: readonly string[] = []): Record<string, string> {
  const categories = new Intl.PluralRules(locales[locale].intl).resolvedOptions().pluralCategories;
  const values = Object.fromEntries(['count', ...keep].map((k) => [k, `{{${k}}}`]));
  return Object.fromEntries(categories.map((c) => [c, t(locale)(`${key}_${c}`, values)]));
}

/**
 * Templates for the browser (which has no i18next), resolved at build time: each key named, or every key
 * of a group, flattened to `{ 'check.value.missing': '…' }` with `{{placeholders}}` kept for the script
 * to fill (`catalogTranslate` in src/lib/issues.ts). A key that does not exist stops the build.
 */
export function messageCatalog(locale: Locale, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (key: string, value: unknown) => {
    if (typeof value === 'string') out[key] = value;
    else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) add(`${key}.${k}`, v);
  };
  for (const key of keys) {
    const value: unknown = t(locale)(key, { returnObjects: true, skipInterpolation: true });
    if (value === key) throw new Error(`messageCatalog: no string ${key} in ${locale}`);
    add(key, value);
  }
  return out;
}
