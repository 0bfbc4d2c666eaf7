import { isLocale, localeCodes, type Locale } from '../config/locales.ts';
import type { TaxonomyKind } from '../lib/content-layout.ts';
import type { ScaffoldContext } from '../lib/scaffold/index.ts';
import { dataOf, readContentFolder, type ContentFileRead, type ContentFolder } from './content-files.ts';

/**
 * The scaffolder's view of a content folder, from the one reader (src/build/content-files.ts) and lenient
 * on purpose: a broken file elsewhere must not stop a contributor from adding a new one. Taxonomy keys,
 * the names that are taken, which texts exist in which language.
 */
const byKind = (folder: ContentFolder) => {
  // Grouped once: the lookups below run per entry.
  const groups = Map.groupBy(folder.files, (f) => f.kind?.kind);
  const of = <K extends NonNullable<ContentFileRead['kind']>['kind']>(kind: K) =>
    (groups.get(kind) ?? []) as (ContentFileRead & { kind: Extract<ContentFileRead['kind'], { kind: K }> })[];
  const taxonomy = (name: TaxonomyKind) => dataOf(of('taxonomy').find((f) => f.kind.taxonomy === name));
  return { of, taxonomy };
};

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

export function scaffoldContextOf(folder: ContentFolder): ScaffoldContext {
  const { of, taxonomy } = byKind(folder);
  const cities = taxonomy('cities');
  const practices: Record<string, { locales: Locale[]; original?: Locale | undefined }> = {};
  for (const slug of sorted([...of('practice'), ...of('practiceText')].map((f) => f.kind.slug))) {
    const original = dataOf(of('practice').find((f) => f.kind.slug === slug)).original_language;
    const locales = localeCodes.filter((l) => of('practiceText').some((f) => f.kind.slug === slug && f.kind.locale === l));
    practices[slug] = { locales, original: isLocale(original) ? original : undefined };
  }
  const guides: Record<string, Partial<Record<Locale, Record<string, number | null>>>> = {};
  for (const slug of sorted([...of('guide'), ...of('guideText')].map((f) => f.kind.slug))) {
    const byLocale: Partial<Record<Locale, Record<string, number | null>>> = {};
    for (const l of localeCodes) {
      const texts = of('guideText').filter((f) => f.kind.slug === slug && f.kind.locale === l);
      if (texts.length === 0) continue;
      const order = (f: ContentFileRead) => dataOf(f).order;
      byLocale[l] = Object.fromEntries(
        texts.map((f) => [f.kind.chapter, f.kind.chapter === 'index' ? null : typeof order(f) === 'number' ? (order(f) as number) : null]),
      );
    }
    guides[slug] = byLocale;
  }
  return {
    countries: Object.keys(taxonomy('countries')),
    cities: Object.fromEntries(Object.entries(cities).map(([c, v]) => [c, String((v as { country?: unknown } | null)?.country ?? '')])),
    themes: Object.keys(taxonomy('themes')),
    targetGroups: Object.keys(taxonomy('targetGroups')),
    resources: sorted(of('resource').map((f) => f.kind.slug)),
    practices,
    guides,
  };
}

export function readScaffoldContext(contentDir: string): ScaffoldContext {
  return scaffoldContextOf(readContentFolder(contentDir));
}

/** Names to show beside the slugs in the prompts, in the contributor's language (another one if missing). */
export interface ScaffoldLabels {
  countries: Record<string, string>;
  cities: Record<string, string>;
  themes: Record<string, string>;
  targetGroups: Record<string, string>;
  resources: Record<string, string>;
  practices: Record<string, string>;
  guides: Record<string, string>;
}

function pick(value: unknown, ui: Locale): string | undefined {
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  for (const l of [ui, ...localeCodes]) if (typeof v[l] === 'string' && v[l]) return v[l] as string;
  return undefined;
}

export function scaffoldLabelsOf(folder: ContentFolder, ui: Locale): ScaffoldLabels {
  const { of, taxonomy } = byKind(folder);
  const named = (name: TaxonomyKind) => {
    const data = taxonomy(name);
    return Object.fromEntries(Object.keys(data).map((k) => [k, pick((data[k] as { name?: unknown } | null)?.name, ui) ?? k]));
  };
  const order = [ui, ...localeCodes.filter((l) => l !== ui)];
  const title = (texts: ContentFileRead[]) =>
    order.map((l) => dataOf(texts.find((f) => 'locale' in f.kind! && f.kind.locale === l)).title).find((t): t is string => typeof t === 'string');
  return {
    countries: named('countries'),
    cities: named('cities'),
    themes: named('themes'),
    targetGroups: named('targetGroups'),
    resources: Object.fromEntries(of('resource').map((f) => [f.kind.slug, pick(dataOf(f).title, ui) ?? f.kind.slug])),
    practices: Object.fromEntries(
      sorted([...of('practice'), ...of('practiceText')].map((f) => f.kind.slug)).map((s) => [
        s,
        title(of('practiceText').filter((f) => f.kind.slug === s)) ?? s,
      ]),
    ),
    guides: Object.fromEntries(
      sorted([...of('guide'), ...of('guideText')].map((f) => f.kind.slug)).map((s) => [
        s,
        title(of('guideText').filter((f) => f.kind.slug === s && f.kind.chapter === 'index')) ?? s,
      ]),
    ),
  };
}

export function readScaffoldLabels(contentDir: string, ui: Locale): ScaffoldLabels {
  return scaffoldLabelsOf(readContentFolder(contentDir), ui);
}
