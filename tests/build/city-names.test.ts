import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages, page } from '../support/built-site.ts';
import { dist, realContent } from '../support/paths.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';

/**
 * Lebanon's Tripoli shares its name with Libya's capital: wherever the built site names the city on its
 * own (map, list beside it, country page, filters, practice facts, city page, JSON-LD), it reads with its
 * country. Practice titles and summaries are content, not checked here.
 */
const expected: Record<Locale, string> = { en: 'Tripoli (Lebanon)', ar: 'طرابلس (لبنان)', fr: 'Tripoli (Liban)' };

/** The practices set in a city, from their files rather than named here. */
const practicesIn = (city: string) =>
  readdirSync(join(realContent, 'practices')).filter((slug) => {
    const data = parse(readFileSync(join(realContent, 'practices', slug, 'practice.yaml'), 'utf8')) as { cities?: string[] };
    return data.cities?.includes(city);
  });

/** Every schema.org Place in a JSON-LD object, however deep. */
function placesIn(value: unknown): { name?: string; address?: { addressLocality?: string } }[] {
  if (Array.isArray(value)) return value.flatMap(placesIn);
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  return [...(o['@type'] === 'Place' ? [o as never] : []), ...Object.values(o).flatMap(placesIn)];
}

describe("Lebanon's Tripoli is named with its country", () => {
  const practices = practicesIn('tripoli-lb');
  it('the site has practices in the city, so the checks below have something to read', () => expect(practices.length).toBeGreaterThan(0));

  for (const l of localeCodes) {
    const name = expected[l];
    const cityPage = `/${l}/cities/tripoli-lb/`;

    it(`${l}: every link to the city's page reads “${name}”, on every page that lists cities`, () => {
      const found = new Set<string>();
      for (const p of builtPages(dist).filter((path) => path.startsWith(`/${l}/`))) {
        const $ = page(dist, p);
        $(`a[href="${cityPage}"]`).each((_, a) => {
          // A map marker names the city in its title, with its number of practices.
          const text = $(a).is('.marker') ? $(a).children('title').text() : $(a).text();
          expect(text.trim(), p).toContain(name);
          found.add(p);
        });
      }
      const mustList = [`/${l}/`, `/${l}/countries/`, `/${l}/countries/lb/`, ...practices.map((s) => `/${l}/practices/${s}/`)];
      for (const p of mustList) expect(found.has(p), p).toBe(true);
    });

    it(`${l}: the city page's heading and title, the city filters, and the place in the practices' JSON-LD`, () => {
      const $ = page(dist, cityPage);
      expect($('main h1').text().trim()).toBe(name);
      expect($('title').text()).toContain(name);
      for (const p of [`/${l}/practices/`, `/${l}/search/`]) {
        const label = page(dist, p)('input[name="city"][value="tripoli-lb"]').closest('label').children('span').first();
        expect(label.text().trim(), p).toBe(name);
      }
      for (const s of practices) {
        const ld: unknown = JSON.parse(page(dist, `/${l}/practices/${s}/`)('script[type="application/ld+json"]').text());
        const place = placesIn(ld).find((pl) => pl.name?.startsWith(name.split(' ')[0]!));
        // The name as the page shows it; the locality stays the city's own name, as in the open data.
        expect(place?.name, s).toBe(name);
        expect(place?.address?.addressLocality, s).toBe(name.replace(/ \(.*\)$/, ''));
      }
    });
  }
});
