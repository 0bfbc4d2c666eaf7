import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { regionMap, taxonomyMapInput, type RegionMapInput } from '../../src/lib/map.ts';
import { realContent } from '../support/paths.ts';

type Localized = { en: string; ar: string; fr: string };
const read = <T>(file: string) => new Map(Object.entries(parse(readFileSync(join(realContent, 'taxonomy', file), 'utf8')) as Record<string, T>));
const taxonomy = {
  countries: read<{ name: Localized }>('countries.yaml'),
  cities: read<{ name: Localized; country: string; lat: number; lon: number }>('cities.yaml'),
};
const links = { country: (l: string, cc: string) => `/${l}/countries/${cc}/`, city: (l: string, slug: string) => `/${l}/cities/${slug}/` };

/** The site's own taxonomy, with practice counts chosen by the test. */
function input(counts: Record<string, number> = {}, locale: 'en' | 'ar' | 'fr' = 'en'): RegionMapInput {
  const practicesByCity = new Map(Object.entries(counts).map(([slug, n]) => [slug, Array.from({ length: n })]));
  return taxonomyMapInput(taxonomy, practicesByCity, locale, links);
}

const viewBox = (vb: string) => vb.split(' ').map(Number) as [number, number, number, number];

/** The subpaths of the compact path data the map writes (`M x,y l dx,dy dx,dy … [z]`), as absolute points. */
function subpaths(d: string): [number, number][][] {
  return [...d.matchAll(/M([-\d.]+),([-\d.]+)l([^Mz]*)z?/g)].map((m) => {
    let [x, y] = [Number(m[1]), Number(m[2])];
    const points: [number, number][] = [[x, y]];
    for (const pair of m[3]!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
      x += Number(pair[1]);
      y += Number(pair[2]);
      points.push([x, y]);
    }
    return points;
  });
}
const near = (a: number, b: number) => Math.abs(a - b) < 0.15;

describe('regionMap', () => {
  it('draws every listed country and a marker for every city, inside the viewBox', () => {
    const map = regionMap(input());
    const [x0, y0, w, h] = viewBox(map.viewBox);
    expect(map.countries.map((c) => c.code).sort()).toEqual([...taxonomy.countries.keys()].sort());
    expect(map.markers.map((m) => m.slug).sort()).toEqual([...taxonomy.cities.keys()].sort());
    for (const m of map.markers) {
      expect(m.x - m.r, m.slug).toBeGreaterThanOrEqual(x0);
      expect(m.y - m.r, m.slug).toBeGreaterThanOrEqual(y0);
      expect(m.x + m.r, m.slug).toBeLessThanOrEqual(x0 + w);
      expect(m.y + m.r, m.slug).toBeLessThanOrEqual(y0 + h);
    }
    for (const c of map.countries) {
      expect(c.d, c.code).toMatch(/^M/);
      expect(c.labelX, c.code).toBeGreaterThan(x0);
      expect(c.labelX, c.code).toBeLessThan(x0 + w);
      expect(c.labelY, c.code).toBeGreaterThan(y0);
      expect(c.labelY, c.code).toBeLessThan(y0 + h);
    }
    expect(map.background.length).toBeGreaterThan(0);
  });

  it('a larger practice count gives a larger marker, and a city with none still has one', () => {
    const map = regionMap(input({ rabat: 4, 'tripoli-lb': 1 }));
    const r = (slug: string) => map.markers.find((m) => m.slug === slug)!.r;
    expect(r('rabat')).toBeGreaterThan(r('tripoli-lb'));
    expect(r('tripoli-lb')).toBeGreaterThan(r('alexandria'));
    expect(r('alexandria')).toBeGreaterThan(0);
    for (const m of map.markers) expect(m.hitR * 2, m.slug).toBeGreaterThanOrEqual(12);
  });

  it('puts places where they are: Rabat west of Tripoli, Alexandria south of both', () => {
    const map = regionMap(input());
    const at = (slug: string) => map.markers.find((m) => m.slug === slug)!;
    expect(at('rabat').x).toBeLessThan(at('tripoli-lb').x);
    expect(at('alexandria').x).toBeGreaterThan(at('rabat').x);
    expect(at('alexandria').y).toBeGreaterThan(at('tripoli-lb').y);
  });

  it('is deterministic, and the geometry does not depend on the language or the order of the input', () => {
    const a = regionMap(input({ rabat: 1 }, 'en'));
    const b = regionMap(structuredClone(input({ rabat: 1 }, 'en')));
    expect(b).toEqual(a);
    const ar = regionMap(input({ rabat: 1 }, 'ar'));
    const geometry = (m: typeof a) => ({
      viewBox: m.viewBox,
      background: m.background,
      countries: Object.fromEntries(m.countries.map((c) => [c.code, [c.d, c.labelX, c.labelY, c.labelAnchor]])),
      markers: Object.fromEntries(m.markers.map((x) => [x.slug, [x.x, x.y, x.r]])),
    });
    expect(geometry(ar)).toEqual(geometry(a));
    expect(ar.countries.find((c) => c.code === 'ma')!.name).toBe('المغرب');
    const reversed = input({ rabat: 1 });
    const r = regionMap({ ...reversed, countries: [...reversed.countries].reverse(), cities: [...reversed.cities].reverse() });
    expect(geometry(r)).toEqual(geometry(a));
    expect(r.markers.map((m) => m.slug)).toEqual(reversed.cities.map((c) => c.slug).reverse());
  });

  it('stays small: rounded to one decimal and well under the page budget', () => {
    const map = regionMap(input());
    const paths = [map.background, ...map.countries.map((c) => c.d)].join('');
    expect(paths).not.toMatch(/\d\.\d\d/);
    expect(paths.length).toBeLessThan(20_000);
  });

  it('keeps a city inside the map even when its country has no shape', () => {
    const map = regionMap({
      countries: [
        { code: 'ma', name: 'Morocco', href: '/ma/' },
        { code: 'zz', name: 'Nowhere', href: '/zz/' },
      ],
      cities: [{ slug: 'baghdad', name: 'Baghdad', lat: 33.3152, lon: 44.3661, count: 2, href: '/b/' }],
    });
    expect(map.countries.map((c) => c.code)).toEqual(['ma']);
    const [, , w] = viewBox(map.viewBox);
    expect(map.markers[0]!.x).toBeLessThan(w);
    expect(map.markers[0]!.x).toBeGreaterThan(map.countries[0]!.labelX);
  });

  it('as UN maps do: Morocco north of 27°40′N, Western Sahara as plain land, the boundary between them dashed', () => {
    const map = regionMap(input());
    // One straight stretch along the parallel, from the coast to the Algerian border.
    const lines = subpaths(map.undetermined);
    expect(lines).toHaveLength(1);
    const [[x0, y], [x1, y1]] = lines[0]! as [[number, number], [number, number]];
    expect(y1).toBe(y);
    expect(x1 - x0).toBeGreaterThan(20);

    // Morocco's area ends on that line, between the same two points; the parallel runs south of Rabat.
    const morocco = map.countries.find((c) => c.code === 'ma')!;
    const area = subpaths(morocco.d).flat();
    expect(Math.max(...area.map(([, py]) => py))).toBeCloseTo(y, 1);
    expect(area.some(([px, py]) => near(px, x0) && near(py, y))).toBe(true);
    expect(area.some(([px, py]) => near(px, x1) && near(py, y))).toBe(true);
    expect(map.markers.find((m) => m.slug === 'rabat')!.y).toBeLessThan(y);
    // Its stroked edge never runs along the line: the dashed line is the only boundary drawn there.
    const edge = subpaths(morocco.edge!);
    for (const line of edge)
      for (let i = 1; i < line.length; i++) expect(near(line[i - 1]![1], y) && near(line[i]![1], y), `edge segment ${i} along the cut`).toBe(false);
    expect(edge.flat().some(([, py]) => near(py, y))).toBe(true);

    // Western Sahara: not a country of the map (no link, no label), its land south of the line like the land around.
    expect(map.countries.map((c) => c.code)).not.toContain('eh');
    const south = subpaths(map.cutLand.area).flat();
    expect(south.length).toBeGreaterThan(3);
    for (const [, py] of south) expect(py).toBeGreaterThanOrEqual(y - 0.1);
    for (const line of subpaths(map.cutLand.edge)) for (let i = 1; i < line.length; i++) expect(near(line[i - 1]![1], y) && near(line[i]![1], y)).toBe(false);
    // Every other country keeps its one path, stroked as it is.
    for (const c of map.countries) if (c.code !== 'ma') expect(c.edge, c.code).toBeUndefined();
  });
});
