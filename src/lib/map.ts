import { geoMercator, geoPath, type GeoGeometryObjects, type GeoProjection } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };
import type { Locale } from '../config/locales.ts';
import { cityName, nameIn, sortByName } from './taxonomy.ts';

/**
 * The region map, drawn at build time: plain data (path strings, positions) for an inline SVG.
 *
 * Geometry does not depend on the language, so it is computed once per build for a given set of
 * countries and cities (and their practice counts); each page only adds its names and links.
 */

export interface MapCountryInput {
  /** Lower-case ISO 3166-1 alpha-2 code. */
  code: string;
  name: string;
  href: string;
}
export interface MapCityInput {
  slug: string;
  name: string;
  lat: number;
  lon: number;
  /** Number of practices in the city. */
  count: number;
  href: string;
  /** The city's country, as shown in the text list beside the map (unless `name` already carries it). */
  country?: string;
}
export interface RegionMapInput {
  countries: readonly MapCountryInput[];
  cities: readonly MapCityInput[];
  /** Width of the drawing in SVG units (default 800). */
  width?: number;
  /** Height in SVG units; by default derived from the shape of the region. */
  height?: number;
}

export type LabelAnchor = 'start' | 'middle' | 'end';
export interface MapCountry extends MapCountryInput {
  d: string;
  /**
   * For a country cut along an undetermined boundary: its outline without the cut, stroked apart, while
   * `d` is only filled (the cut is drawn dashed, in `undetermined`).
   */
  edge?: string;
  labelX: number;
  labelY: number;
  /** Always `middle` unless the label is nudged beside a small country. The SVG is `dir="ltr"`. */
  labelAnchor: LabelAnchor;
}
export interface MapMarker {
  slug: string;
  name: string;
  href: string;
  country?: string;
  x: number;
  y: number;
  /** Radius of the visible dot, growing with the square root of the count. */
  r: number;
  /** Radius of the invisible circle that takes clicks (a larger target than the dot). */
  hitR: number;
  count: number;
}
export interface RegionMapData {
  viewBox: string;
  width: number;
  height: number;
  /** Land outside the listed countries (context), as one path. */
  background: string;
  /** Context land cut along an undetermined boundary: its area (filled like `background`) and its outline without the cut. */
  cutLand: { area: string; edge: string };
  /** Undetermined boundaries (Morocco and Western Sahara), to be drawn as a dashed line. */
  undetermined: string;
  countries: MapCountry[];
  /** In the order of the input's cities. */
  markers: MapMarker[];
}

/** ISO 3166-1 alpha-2 → numeric (the id world-atlas features carry): the region and its neighbours. */
export const isoNumeric: Readonly<Record<string, string>> = {
  ma: '504',
  tn: '788',
  ly: '434',
  eg: '818',
  lb: '422',
  jo: '400',
  iq: '368',
  dz: '012',
  eh: '732',
  mr: '478',
  sy: '760',
  ps: '275',
  il: '376',
  sa: '682',
  kw: '414',
  ye: '887',
  om: '512',
  ae: '784',
  qa: '634',
  bh: '048',
  ir: '364',
  tr: '792',
  sd: '729',
  ss: '728',
  td: '148',
  ne: '562',
  ml: '466',
  cy: '196',
  mt: '470',
  gr: '300',
  it: '380',
  es: '724',
  pt: '620',
  dj: '262',
  so: '706',
  er: '232',
  et: '231',
};

/**
 * Labels that would sit on a marker or spill over a neighbour at the centroid: an offset from the
 * centroid in SVG units (for the default 800-unit width) and the text anchor. Lebanon's label goes out
 * to sea, ending just off the coast, clear of Tripoli; Jordan's moves into its wider east, away from
 * the Nile delta.
 */
const labelNudge: Readonly<Record<string, { dx: number; dy: number; anchor: LabelAnchor }>> = {
  lb: { dx: -18, dy: 4, anchor: 'end' },
  jo: { dx: 6, dy: 6, anchor: 'middle' },
};

/**
 * Boundaries redrawn along a parallel. world-atlas (Natural Earth's de facto lines) gives Morocco the
 * part of Western Sahara west of the berm; the map merges the two shapes and splits them at 27°40′N,
 * as UN maps do: Morocco north of the line, Western Sahara south of it in the style of the land around
 * it (no fill or label of its own), and the line itself dashed, the UN's sign for an undetermined
 * boundary. The split is exact in Mercator, where a parallel is a straight horizontal line.
 */
const splitAtParallel: readonly { north: string; south: string; lat: number }[] = [{ north: '504', south: '732', lat: 27 + 40 / 60 }];

export const DEFAULT_WIDTH = 800;
/** Marker radius: R_MIN + R_STEP·√count, the step shrinking when needed so the largest stays R_MAX. */
const R_MIN = 4.5;
const R_STEP = 3.5;
const R_MAX = 14;
/** The invisible circle that takes clicks: at least this radius, and a little beyond the dot. */
const HIT_R = 16;
/** Simplification (SVG units): the listed countries are drawn finer than the context around them. */
const DETAIL = { listed: { tolerance: 0.35, minRing: 1.5 }, context: { tolerance: 0.7, minRing: 3 } } as const;

/** A country of the atlas; `band` keeps only the part north or south of a parallel. */
interface CountryShape {
  id: string;
  geometry: Geometry;
  band?: { side: 'north' | 'south'; lat: number };
}

let world: CountryShape[] | undefined;
function worldShapes(): CountryShape[] {
  if (!world) {
    const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const geometries = topology.objects.countries.geometries;
    world = (feature(topology, topology.objects.countries) as FeatureCollection<Geometry>).features.map((f) => ({ id: String(f.id), geometry: f.geometry }));
    for (const { north, south, lat } of splitAtParallel) {
      const pair = geometries.filter((g) => g.id === north || g.id === south);
      if (pair.length !== 2) continue;
      const merged = merge(topology, pair as Parameters<typeof merge>[1]);
      world = world.map((c) =>
        c.id === north
          ? { id: c.id, geometry: merged, band: { side: 'north', lat } }
          : c.id === south
            ? { id: c.id, geometry: merged, band: { side: 'south', lat } }
            : c,
      );
    }
  }
  return world;
}

/** A copy of a Mercator projection clipped to the part of `extent` north or south of a parallel. */
function inBand(base: GeoProjection, band: NonNullable<CountryShape['band']>, extent: [[number, number], [number, number]]): GeoProjection {
  const y = base([0, band.lat])![1];
  const [[x0, y0], [x1, y1]] = extent;
  const clip: [[number, number], [number, number]] =
    band.side === 'north'
      ? [
          [x0, y0],
          [x1, Math.max(y0, Math.min(y1, y))],
        ]
      : [
          [x0, Math.max(y0, Math.min(y1, y))],
          [x1, y1],
        ];
  return geoMercator().scale(base.scale()).translate(base.translate()).clipExtent(clip);
}

/**
 * A path context that writes compact SVG path data: each ring simplified (Douglas-Peucker, within
 * `tolerance` SVG units), coordinates rounded to 0.1 and written as relative moves; rings smaller than
 * `minRing` (islets) are left out.
 */
class CompactPath {
  private out = '';
  private ring: [number, number][] = [];
  private readonly tolerance: number;
  private readonly minRing: number;
  constructor(tolerance: number, minRing: number) {
    this.tolerance = tolerance;
    this.minRing = minRing;
  }
  moveTo(x: number, y: number) {
    this.flush(false);
    this.ring = [[x, y]];
  }
  lineTo(x: number, y: number) {
    this.ring.push([x, y]);
  }
  closePath() {
    this.flush(true);
  }
  beginPath() {}
  arc() {}
  result(): string {
    this.flush(false);
    return this.out;
  }
  private flush(closed: boolean) {
    const ring = this.ring;
    this.ring = [];
    if (ring.length < 2) return;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
    if (closed && x1 - x0 < this.minRing && y1 - y0 < this.minRing) return;
    const pts = simplify(ring, this.tolerance);
    if (closed && pts.length < 3) return;
    let px = tenths(pts[0]![0]);
    let py = tenths(pts[0]![1]);
    let segments = '';
    for (const [x, y] of pts.slice(1)) {
      const [qx, qy] = [tenths(x), tenths(y)];
      if (qx === px && qy === py) continue;
      const pair = `${num(qx - px)},${num(qy - py)}`;
      segments += segments && !pair.startsWith('-') ? ` ${pair}` : pair;
      [px, py] = [qx, qy];
    }
    if (!segments) return;
    this.out += `M${num(tenths(pts[0]![0]))},${num(tenths(pts[0]![1]))}l${segments}${closed ? 'z' : ''}`;
  }
}

const tenths = (v: number) => Math.round(v * 10);

/** Douglas-Peucker over a polyline (a ring is treated as open from its first point), endpoints kept. */
function simplify(pts: [number, number][], tolerance: number): [number, number][] {
  if (pts.length < 3 || tolerance <= 0) return pts;
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  // A closed ring's endpoints coincide; keep its farthest point too, so the split is well defined.
  let far = 0;
  let farDist = -1;
  for (let i = 1; i < pts.length - 1; i++) {
    const d = Math.hypot(pts[i]![0] - pts[0]![0], pts[i]![1] - pts[0]![1]);
    if (d > farDist) [far, farDist] = [i, d];
  }
  keep[far] = 1;
  const stack: [number, number][] = [
    [0, far],
    [far, pts.length - 1],
  ];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = pts[a]!;
    const [bx, by] = pts[b]!;
    const len = Math.hypot(bx - ax, by - ay);
    let idx = -1;
    let max = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [x, y] = pts[i]!;
      const d = len === 0 ? Math.hypot(x - ax, y - ay) : Math.abs((bx - ax) * (ay - y) - (ax - x) * (by - ay)) / len;
      if (d > max) [idx, max] = [i, d];
    }
    if (idx >= 0) {
      keep[idx] = 1;
      stack.push([a, idx], [idx, b]);
    }
  }
  return pts.filter((_, i) => keep[i]);
}

/** A value in tenths as the shortest decimal: 12 → "1.2", -5 → "-.5". */
function num(tenths: number): string {
  return (tenths / 10).toString().replace(/^(-?)0\./, '$1.');
}

const round1 = (v: number) => Math.round(v * 10) / 10;

interface Shapes {
  width: number;
  height: number;
  background: string;
  cutLand: { area: string; edge: string };
  undetermined: string;
  countries: Map<string, { d: string; edge?: string; labelX: number; labelY: number; labelAnchor: LabelAnchor }>;
  markers: Map<string, { x: number; y: number; r: number; hitR: number }>;
}

const memo = new Map<string, Shapes>();

/** The language-independent part, keyed by what shapes it: size, country codes, city places and counts. */
function geometry(input: RegionMapInput): Shapes {
  const codes = [...new Set(input.countries.map((c) => c.code))].sort();
  const places = [...input.cities].map((c) => [c.slug, c.lon, c.lat, c.count] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const key = JSON.stringify([input.width ?? null, input.height ?? null, codes, places]);
  let g = memo.get(key);
  if (!g) {
    g = compute(input.width ?? DEFAULT_WIDTH, input.height, codes, places);
    memo.set(key, g);
  }
  return g;
}

function compute(width: number, fixedHeight: number | undefined, codes: string[], places: (readonly [string, number, number, number])[]): Shapes {
  const wanted = new Map(codes.flatMap((c) => (isoNumeric[c] ? [[isoNumeric[c], c] as const] : [])));
  const listed = new Map<string, CountryShape>();
  const context: CountryShape[] = [];
  for (const shape of worldShapes()) {
    const code = wanted.get(shape.id);
    if (code) listed.set(code, shape);
    else context.push(shape);
  }

  // Fit the listed countries and every city (so a city in a country without a shape is still inside).
  const fitParts: Geometry[] = [];
  for (const shape of listed.values()) {
    if (!shape.band) fitParts.push(shape.geometry);
    else {
      // Mercator bounds are lon/lat bounds: the corners of the band's planar bounds stand in for it.
      const base = geoMercator();
      const [[x0, y0], [x1, y1]] = geoPath(
        inBand(base, shape.band, [
          [-1e6, -1e6],
          [1e6, 1e6],
        ]),
      ).bounds(shape.geometry);
      if ([x0, y0, x1, y1].every(Number.isFinite)) fitParts.push({ type: 'MultiPoint', coordinates: [base.invert!([x0, y0])!, base.invert!([x1, y1])!] });
    }
  }
  if (places.length) fitParts.push({ type: 'MultiPoint', coordinates: places.map((p) => [p[1], p[2]]) });
  const region: GeoGeometryObjects = fitParts.length
    ? { type: 'GeometryCollection', geometries: fitParts }
    : {
        type: 'MultiPoint',
        coordinates: [
          [-13, 19],
          [48, 38],
        ],
      };

  const pad = Math.round(width * 0.05);
  const projection: GeoProjection = geoMercator().fitWidth(width - 2 * pad, region);
  let height = fixedHeight;
  if (height === undefined) {
    const [[, y0], [, y1]] = geoPath(projection).bounds(region);
    height = Math.round(Math.min(Math.max(y1 - y0 + 2 * pad, width * 0.35), width * 0.75));
  }
  const extent: [[number, number], [number, number]] = [
    [0, 0],
    [width, height],
  ];
  projection
    .fitExtent(
      [
        [pad, pad],
        [width - pad, height - pad],
      ],
      region,
    )
    .clipExtent(extent);

  const scale = width / DEFAULT_WIDTH;
  const projectionFor = (shape: CountryShape) => (shape.band ? inBand(projection, shape.band, extent) : projection);
  const draw = (shape: CountryShape, detail: { tolerance: number; minRing: number }, geometry: Geometry = shape.geometry) => {
    const ctx = new CompactPath(detail.tolerance * scale, detail.minRing * scale);
    geoPath(projectionFor(shape), ctx)(geometry);
    return ctx.result();
  };
  // A band's rings as lines: clipped to the band, they stop at the cut instead of running along it.
  const edge = (shape: CountryShape, detail: { tolerance: number; minRing: number }) => draw(shape, detail, rings(shape.geometry));

  const countries = new Map<string, { d: string; edge?: string; labelX: number; labelY: number; labelAnchor: LabelAnchor }>();
  for (const [code, shape] of listed) {
    const [cx, cy] = geoPath(projectionFor(shape)).centroid(shape.geometry);
    const nudge = labelNudge[code];
    countries.set(code, {
      d: draw(shape, DETAIL.listed),
      ...(shape.band ? { edge: edge(shape, DETAIL.listed) } : {}),
      labelX: round1(cx + (nudge?.dx ?? 0) * scale),
      labelY: round1(cy + (nudge?.dy ?? 0) * scale),
      labelAnchor: nudge?.anchor ?? 'middle',
    });
  }

  const maxCount = Math.max(0, ...places.map((p) => p[3]));
  const step = maxCount > 0 ? Math.min(R_STEP, (R_MAX - R_MIN) / Math.sqrt(maxCount)) : 0;
  const markers = new Map<string, { x: number; y: number; r: number; hitR: number }>();
  for (const [slug, lon, lat, count] of places) {
    const [x, y] = projection([lon, lat]) ?? [NaN, NaN];
    const r = (R_MIN + step * Math.sqrt(Math.max(0, count))) * scale;
    markers.set(slug, { x: round1(x), y: round1(y), r: round1(r), hitR: round1(Math.max(r + 4 * scale, HIT_R * scale)) });
  }

  const cut = context.filter((shape) => shape.band);
  return {
    width,
    height,
    background: context
      .filter((shape) => !shape.band)
      .map((shape) => draw(shape, DETAIL.context))
      .join(''),
    cutLand: { area: cut.map((shape) => draw(shape, DETAIL.context)).join(''), edge: cut.map((shape) => edge(shape, DETAIL.context)).join('') },
    undetermined: undeterminedLines(projection, scale),
    countries,
    markers,
  };
}

/** The rings of a polygon as lines. */
function rings(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { type: 'MultiLineString', coordinates: geometry.coordinates };
  if (geometry.type === 'MultiPolygon') return { type: 'MultiLineString', coordinates: geometry.coordinates.flat() };
  return geometry;
}

/** A path context that keeps the projected rings at full precision. */
class RingCollector {
  readonly rings: [number, number][][] = [];
  moveTo(x: number, y: number) {
    this.rings.push([[x, y]]);
  }
  lineTo(x: number, y: number) {
    this.rings.at(-1)?.push([x, y]);
  }
  closePath() {
    const ring = this.rings.at(-1);
    if (ring?.length) ring.push(ring[0]!);
  }
  beginPath() {}
  arc() {}
}

/**
 * Each split's parallel where it crosses the land the split divides: the stretches of the horizontal
 * line y = y(lat) inside the merged shape (even-odd rule over the crossings of its rings), as path data.
 */
function undeterminedLines(projection: GeoProjection, scale: number): string {
  const out = new CompactPath(0, 0);
  for (const { north, lat } of splitAtParallel) {
    const shape = worldShapes().find((c) => c.id === north && c.band);
    if (!shape) continue;
    const y = projection([0, lat])![1];
    const collector = new RingCollector();
    geoPath(projection, collector)(shape.geometry);
    const xs: number[] = [];
    for (const ring of collector.rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x0, y0] = ring[i - 1]!;
        const [x1, y1] = ring[i]!;
        // Half-open, so a vertex exactly on the line counts once.
        if (y0 > y !== y1 > y) xs.push(x0 + ((y - y0) / (y1 - y0)) * (x1 - x0));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      // Stretches shorter than a dash say nothing and would only leave a speck.
      if (xs[i + 1]! - xs[i]! < 2 * scale) continue;
      out.moveTo(xs[i]!, y);
      out.lineTo(xs[i + 1]!, y);
    }
  }
  return out.result();
}

/** Names and links for one page, over geometry computed once per build. */
export function regionMap(input: RegionMapInput): RegionMapData {
  const g = geometry(input);
  const countries = input.countries.flatMap((c) => {
    const shape = g.countries.get(c.code);
    return shape ? [{ code: c.code, name: c.name, href: c.href, ...shape }] : [];
  });
  const markers = input.cities
    .map((c) => ({
      slug: c.slug,
      name: c.name,
      href: c.href,
      ...(c.country === undefined ? {} : { country: c.country }),
      ...g.markers.get(c.slug)!,
      count: c.count,
    }))
    .filter((m) => Number.isFinite(m.x) && Number.isFinite(m.y));
  return {
    viewBox: `0 0 ${g.width} ${g.height}`,
    width: g.width,
    height: g.height,
    background: g.background,
    cutLand: g.cutLand,
    undetermined: g.undetermined,
    countries,
    markers,
  };
}

type Localized = Readonly<Record<Locale, string>>;

/**
 * The map input for the site's taxonomy in one language: every country and every city (each sorted by
 * name in that language, which is also the keyboard order on the map), with each city's number of
 * practices. Cities are named as everywhere else (`cityName`: with their country where the name alone is
 * ambiguous).
 */
export function taxonomyMapInput(
  taxonomy: {
    countries: ReadonlyMap<string, { name: Localized }>;
    cities: ReadonlyMap<
      string,
      { name: Partial<Record<Locale, string | undefined>>; country: string; lat: number; lon: number; ambiguous?: boolean | undefined }
    >;
  },
  practicesByCity: ReadonlyMap<string, readonly unknown[]>,
  locale: Locale,
  links: { country: (locale: Locale, code: string) => string; city: (locale: Locale, slug: string) => string },
): RegionMapInput {
  const cities = sortByName(
    [...taxonomy.cities].map(([slug, c]) => [slug, c, cityName(taxonomy, c, locale)] as const),
    ([, , name]) => name,
    locale,
  );
  return {
    countries: sortByName([...taxonomy.countries], ([, c]) => nameIn(c, locale), locale).map(([code, c]) => ({
      code,
      name: nameIn(c, locale),
      href: links.country(locale, code),
    })),
    cities: cities.map(([slug, c, name]) => {
      const country = taxonomy.countries.get(c.country);
      return {
        slug,
        name,
        lat: c.lat,
        lon: c.lon,
        count: practicesByCity.get(slug)?.length ?? 0,
        href: links.city(locale, slug),
        // A name shown with its country ("Tripoli (Lebanon)") does not repeat it beside it.
        ...(country && name === nameIn(c, locale) ? { country: nameIn(country, locale) } : {}),
      };
    }),
  };
}
