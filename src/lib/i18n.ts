import i18next, { type ParseKeys, type TFunction, type TOptions } from 'i18next';
import { resources as byNamespace, type Resources } from '../i18n/resources.ts';
import { defaultNamespace, namespaces, type Namespace } from '../i18n/namespaces.ts';
import { defaultLocale, locales, type Locale } from '../config/locales.ts';

/** Namespaces other than the default one sit under their name, the default namespace's groups at the top. */
function oneTree<R extends Record<Namespace, object>>(strings: R) {
  const { [defaultNamespace]: top, ...rest } = strings;
  return { ...top, ...rest };
}

/**
 * Every language's interface strings as one tree, keyed as they are looked up: the reader-facing strings
 * at the top (`practice.goal`), each other namespace under its name (`check.value.missing`).
 */
export const resources = { en: oneTree(byNamespace.en), ar: oneTree(byNamespace.ar), fr: oneTree(byNamespace.fr) } satisfies Record<Locale, object>;

// One instance per build. Resources are bundled, so initialisation is synchronous.
const instance = i18next.createInstance();
void instance.init({
  resources: byNamespace,
  ns: namespaces,
  defaultNS: defaultNamespace,
  // Namespace and key are separated by a dot, like the key's own segments (src/i18n/namespaces.ts).
  nsSeparator: '.',
  lng: defaultLocale,
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false }, // Astro escapes every expression it renders.
  returnNull: false,
});

/** A translation function whose keys are checked against the English strings (src/i18next.d.ts). */
export type Translate = TFunction<typeof namespaces>;

const fixed = new Map<Locale, Translate>();

type Lookup = (key: string | string[], ...rest: unknown[]) => unknown;
const REMEMBERED_MAX = 100_000;

/**
 * The same lookup, remembered: a build asks for the same few hundred strings on every page (thousands of
 * pages), and each i18next lookup walks its resolution rules again (a tenth of the build's time at 1,000
 * practices, docs/performance.md). Resources do not change during a build, so a lookup with no options, or
 * with options made only of strings, numbers and booleans, always gives the same string. Objects
 * (`returnObjects`) and other options are not remembered, so nothing shared can be mutated.
 */
function remembered(lookup: Lookup): Lookup {
  const seen = new Map<string, unknown>();
  return (key, ...rest) => {
    // Only the two common forms are remembered, `t(key)` and `t(key, { … })`; any other (a default value, a
    // list of keys) goes straight to i18next.
    const options = rest[0];
    if (typeof key !== 'string' || rest.length > 1 || (options !== undefined && (typeof options !== 'object' || options === null))) return lookup(key, ...rest);
    let id = key;
    if (options !== undefined) {
      for (const [name, v] of Object.entries(options)) {
        if (name === 'returnObjects' || (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')) return lookup(key, ...rest);
      }
      id = `${key}\u0000${JSON.stringify(options)}`;
    }
    if (seen.has(id)) return seen.get(id);
    const value = lookup(key, options);
    if (typeof value !== 'string') return value;
    // A bound on memory for very large sites: interpolated values (titles, counts) make most of the entries.
    if (seen.size >= REMEMBERED_MAX) seen.clear();
    seen.set(id, value);
    return value;
  };
}

/** The translation function for one language: `t('practice.goal')`, `t('practices.count', { count })`, `t('check.value.missing')`. */
export function t(locale: Locale): Translate {
  let fn = fixed.get(locale);
  if (!fn) {
    // Keys without a namespace are looked up in the default one only (not in each namespace in turn, as
    // i18next does for a list), so `value.missing` for `check.value.missing` is not found; the type names
    // every namespace so that `check.…` keys type-check.
    fn = remembered(instance.getFixedT(locale, defaultNamespace) as unknown as Lookup) as unknown as Translate;
    fixed.set(locale, fn);
  }
  return fn;
}

/** Every key `t(locale)` accepts; a counted string by its base key, without the plural suffix (`_one`, `_other` …). */
export type MessageKey = ParseKeys<typeof namespaces>;

/** Every key or group of keys (`scaffold.comment`), as a lookup with `returnObjects` accepts them. */
export type MessageGroupKey = ParseKeys<typeof namespaces, { returnObjects: true }>;

/**
 * Lookup of keys built from data the types cannot follow (an issue's stored key, a question's name, a
 * plural category from Intl, values that stand in for `{{count}}`). The one deliberate way around the key
 * types: tests/unit/i18n-keys.test.ts checks that every key the code builds exists.
 */
export function untypedT(locale: Locale): (key: string, options?: TOptions) => string {
  return t(locale) as unknown as (key: string, options?: TOptions) => string;
}

type Enums = Resources[typeof defaultNamespace]['enum'];
export type EnumGroup = keyof Enums;
export type EnumCode<G extends EnumGroup> = keyof Enums[G] & string;

/** The label of a schema enum value in one language: `enumLabel('fr', 'status', 'ongoing')`. */
export function enumLabel<G extends EnumGroup>(locale: Locale, group: G, code: EnumCode<G>): string {
  // The signature ties the code to its group; a template literal over two generics loses that link.
  return t(locale)(`enum.${group}.${code}` as MessageKey);
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
  const month =
    monthFormats.get(locale) ??
    monthFormats.set(locale, new Intl.DateTimeFormat(locales[locale].intl, { month: 'long', year: 'numeric', timeZone: 'UTC' })).get(locale)!;
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
export function pluralForms(locale: Locale, key: MessageKey, keep: readonly string[] = []): Record<string, string> {
  const categories = new Intl.PluralRules(locales[locale].intl).resolvedOptions().pluralCategories;
  const values = Object.fromEntries(['count', ...keep].map((k) => [k, `{{${k}}}`]));
  return Object.fromEntries(categories.map((c) => [c, untypedT(locale)(`${key}_${c}`, values)]));
}

/**
 * Templates for the browser (which has no i18next), resolved at build time: each key named, or every key
 * of a group, flattened to `{ 'check.value.missing': '…' }` with `{{placeholders}}` kept for the script
 * to fill (`catalogTranslate` in src/lib/issues.ts). A key that does not exist stops the build.
 */
export function messageCatalog(locale: Locale, keys: readonly MessageGroupKey[]): Record<string, string> {
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
