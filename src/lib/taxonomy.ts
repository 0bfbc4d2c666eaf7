import type { Localized, LocalizedPartial } from '../schemas/index.ts';
import { collator, t } from './i18n.ts';
import { pickName } from './fallback.ts';
import type { Locale } from '../config/locales.ts';
import type { SiteContent } from './content.ts';

/**
 * A taxonomy name in `locale`. Themes, countries and groups have all three (their schemas require it); a
 * newly proposed city may not yet, and is then named in another language until its names are added.
 */
export const nameIn = (entry: { name: LocalizedPartial }, locale: Locale): string => entry.name[locale] ?? pickName(entry.name, locale).text;

export function sortByName<T>(items: readonly T[], name: (item: T) => string, locale: Locale): T[] {
  const c = collator(locale);
  return [...items].sort((a, b) => c.compare(name(a), name(b)));
}

type City = { name: LocalizedPartial; country: string; ambiguous?: boolean | undefined };
type Countries = ReadonlyMap<string, { name: Localized }>;
type Cities = ReadonlyMap<string, City>;

/** A city's name with its country in brackets: «طرابلس (لبنان)», "Tripoli (Liban)". */
export function cityWithCountry(site: { countries: Countries }, city: City, locale: Locale): string {
  const country = site.countries.get(city.country);
  return country ? t(locale)('taxonomy.cityInCountry', { city: nameIn(city, locale), country: nameIn(country, locale) }) : nameIn(city, locale);
}

/** Names compared as a reader would: the same letters, whatever their case or Unicode form. */
const nameKey = (name: string, locale: Locale) => name.normalize('NFC').toLocaleLowerCase(locale);

/** Per taxonomy and language, the names two or more cities share (computed once per build). */
const sharedNames = new WeakMap<Cities, Map<Locale, Set<string>>>();
function shared(cities: Cities, locale: Locale): Set<string> {
  let byLocale = sharedNames.get(cities);
  if (!byLocale) sharedNames.set(cities, (byLocale = new Map()));
  let names = byLocale.get(locale);
  if (!names) {
    const seen = new Set<string>();
    names = new Set();
    for (const city of cities.values()) {
      const name = nameKey(nameIn(city, locale), locale);
      if (seen.has(name)) names.add(name);
      seen.add(name);
    }
    byLocale.set(locale, names);
  }
  return names;
}

/**
 * A city's name as the interface shows it wherever it stands alone (map, lists, filters, facts, titles):
 * with its country where the name alone would be ambiguous — another city of the taxonomy has the same
 * name in this language, or the taxonomy marks it `ambiguous` (Lebanon's Tripoli, whose name Libya's
 * capital shares). Otherwise the plain name.
 */
export function cityName(site: { cities: Cities; countries: Countries }, city: City, locale: Locale): string {
  const ambiguous = city.ambiguous === true || shared(site.cities, locale).has(nameKey(nameIn(city, locale), locale));
  return ambiguous ? cityWithCountry(site, city, locale) : nameIn(city, locale);
}

export interface PlaceLink {
  kind: 'city' | 'country';
  slug: string;
  name: string;
}

/** Cities first (the most specific), then the countries. */
export function places(site: Pick<SiteContent, 'cities' | 'countries'>, locale: Locale, countries: readonly string[], cities: readonly string[]): PlaceLink[] {
  const out: PlaceLink[] = [];
  for (const slug of cities) {
    const city = site.cities.get(slug);
    if (!city) continue;
    out.push({ kind: 'city', slug, name: cityName(site, city, locale) });
  }
  for (const cc of countries) {
    const country = site.countries.get(cc);
    if (country) out.push({ kind: 'country', slug: cc, name: nameIn(country, locale) });
  }
  return out;
}
