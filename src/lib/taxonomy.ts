import type { LocalizedPartial } from '../schemas/index.ts';
import { collator } from './i18n.ts';
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
    out.push({ kind: 'city', slug, name: nameIn(city, locale) });
  }
  for (const cc of countries) {
    const country = site.countries.get(cc);
    if (country) out.push({ kind: 'country', slug: cc, name: nameIn(country, locale) });
  }
  return out;
}
