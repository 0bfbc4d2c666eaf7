import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { citySchema, countrySchema } from '../../src/schemas/taxonomy.ts';
import { cityName, cityWithCountry, places } from '../../src/lib/taxonomy.ts';
import { taxonomyMapInput } from '../../src/lib/map.ts';
import { filterOptions } from '../../src/lib/search/filter-options.ts';
import { cityView } from '../../src/lib/taxonomy-view.ts';
import type { SiteContent } from '../../src/lib/content.ts';
import type { SiteIndexes } from '../../src/lib/indexes.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { realContent } from '../support/paths.ts';

/**
 * A city whose name alone is ambiguous is shown with its country wherever the interface names it: Lebanon's
 * Tripoli shares its name with Libya's capital. One rule (`cityName`), used by the map, the lists, the
 * filters, the facts and the search place line.
 */

const names = (en: string, ar: string, fr: string) => ({ en, ar, fr });
const countries = new Map([
  ['lb', { name: names('Lebanon', 'لبنان', 'Liban') }],
  ['ly', { name: names('Libya', 'ليبيا', 'Libye') }],
  ['ma', { name: names('Morocco', 'المغرب', 'Maroc') }],
]);
const city = (name: ReturnType<typeof names>, country: string, ambiguous?: boolean) => ({
  name,
  country,
  lat: 0,
  lon: 0,
  aliases: [],
  ...(ambiguous ? { ambiguous } : {}),
});

/** The site's own taxonomy files, read through their schemas. */
function realTaxonomy() {
  const read = <T>(file: string, schema: { parse: (v: unknown) => T }) =>
    new Map(Object.entries(parse(readFileSync(join(realContent, 'taxonomy', file), 'utf8')) as Record<string, unknown>).map(([k, v]) => [k, schema.parse(v)]));
  return { countries: read('countries.yaml', countrySchema), cities: read('cities.yaml', citySchema) };
}

const tripoliLebanon: Record<Locale, string> = { en: 'Tripoli (Lebanon)', ar: 'طرابلس (لبنان)', fr: 'Tripoli (Liban)' };

describe('cityName', () => {
  it('keeps a name that is not ambiguous as it is', () => {
    const site = { countries, cities: new Map([['rabat', city(names('Rabat', 'الرباط', 'Rabat'), 'ma')]]) };
    for (const l of localeCodes) expect(cityName(site, site.cities.get('rabat')!, l)).toBe(names('Rabat', 'الرباط', 'Rabat')[l]);
  });

  it('adds the country to a city marked ambiguous, in each language', () => {
    const site = { countries, cities: new Map([['tripoli-lb', city(names('Tripoli', 'طرابلس', 'Tripoli'), 'lb', true)]]) };
    for (const l of localeCodes) expect(cityName(site, site.cities.get('tripoli-lb')!, l)).toBe(tripoliLebanon[l]);
  });

  it('adds the country to two cities of the taxonomy that share a name, only in the language where they do', () => {
    const cities = new Map([
      ['tripoli-lb', city(names('Tripoli', 'طرابلس', 'Tripoli'), 'lb')],
      ['tripoli-ly', city(names('Tripoli', 'طرابلس', 'tripoli'), 'ly')],
      ['x-lb', city(names('Saida', 'صيدا', 'Saïda'), 'lb')],
      ['x-ma', city(names('Saidia', 'السعيدية', 'Saïda'), 'ma')],
    ]);
    const site = { countries, cities };
    const name = (slug: string, l: Locale) => cityName(site, cities.get(slug)!, l);
    expect(localeCodes.map((l) => name('tripoli-lb', l))).toEqual(localeCodes.map((l) => tripoliLebanon[l]));
    expect(localeCodes.map((l) => name('tripoli-ly', l))).toEqual(['Tripoli (Libya)', 'طرابلس (ليبيا)', 'tripoli (Libye)']);
    // Two names the same in French only (case and accents as written): bracketed in French, not elsewhere.
    expect(localeCodes.map((l) => name('x-lb', l))).toEqual(['Saida', 'صيدا', 'Saïda (Liban)']);
    expect(localeCodes.map((l) => name('x-ma', l))).toEqual(['Saidia', 'السعيدية', 'Saïda (Maroc)']);
  });

  it('cityWithCountry always names the country (the proposal form lists every city so)', () => {
    expect(cityWithCountry({ countries }, city(names('Rabat', 'الرباط', 'Rabat'), 'ma'), 'fr')).toBe('Rabat (Maroc)');
  });
});

describe("the site's taxonomy: Lebanon's Tripoli wherever the interface names the city", () => {
  const taxonomy = realTaxonomy();
  const site = { ...taxonomy, themes: new Map(), targetGroups: new Map(), practices: [] } as unknown as SiteContent;

  for (const l of localeCodes) {
    it(`${l}: map, city filter, place line and city page read “${tripoliLebanon[l]}”`, () => {
      expect(cityName(taxonomy, taxonomy.cities.get('tripoli-lb')!, l)).toBe(tripoliLebanon[l]);

      const map = taxonomyMapInput(taxonomy, new Map(), l, { country: () => '', city: () => '' });
      const marker = map.cities.find((c) => c.slug === 'tripoli-lb')!;
      expect(marker.name).toBe(tripoliLebanon[l]);
      // The list beside the map does not repeat the country the name already carries.
      expect(marker.country).toBeUndefined();
      expect(map.cities.find((c) => c.slug === 'rabat')!.country).toBe(taxonomy.countries.get('ma')!.name[l]);

      const cityFilter = filterOptions(site, l).find((g) => g.group === 'city')!;
      expect(cityFilter.options.find((o) => o.value === 'tripoli-lb')!.label).toBe(tripoliLebanon[l]);

      expect(places(taxonomy, l, ['lb'], ['tripoli-lb']).map((p) => p.name)).toEqual([tripoliLebanon[l], taxonomy.countries.get('lb')!.name[l]]);

      const idx = { practicesByCity: new Map(), practicesByTheme: new Map() } as unknown as SiteIndexes;
      const view = cityView({ ...site, practices: [], resources: new Map() } as unknown as SiteContent, idx, 'tripoli-lb', l);
      expect(view.title).toBe(tripoliLebanon[l]);
    });
  }
});
