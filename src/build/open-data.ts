import type { PracticeRecord, SiteContent } from '../lib/content.ts';
import { toCsv } from '../lib/csv.ts';
import { textSource } from './text-source.ts';
import { pickName } from '../lib/fallback.ts';
import { enumLabel, type EnumCode, type EnumGroup } from '../lib/i18n.ts';
import { localeCodes, type Locale } from '../config/locales.ts';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { urls } from '../lib/urls.ts';
import type { Localized, LocalizedPartial, Organisation } from '../schemas/index.ts';

/**
 * The practices as open data: one multilingual JSON file and one CSV file for the whole site
 * (`/data/practices.json`, `/data/practices.csv`). Every field of practice.yaml is there, each code with
 * its names in the three languages, and every text as `{ en, ar, fr }` (null where a language has no
 * text yet: a data user must be able to tell a translation from a fallback).
 *
 * One file serves every language: each record already carries all three languages, so a copy per
 * language would hold the same bytes at three addresses.
 */

/** A text in each language; null where the entry has no text in that language. */
export type Texts = Record<Locale, string | null>;
/** A code (slug, ISO code, enum value) with its name in each language. */
export interface Coded {
  code: string;
  name: Localized;
}

export interface OpenOrganisation {
  name: LocalizedPartial;
  type: Coded;
}

export type OpenSource =
  | {
      resource: string;
      title: LocalizedPartial;
      publisher: string;
      year: number | null;
      url: Partial<Record<Locale, string | undefined>>;
      page: Record<Locale, string>;
    }
  | { title: string; publisher: string; year: number; url: string | null };

export interface OpenPractice {
  slug: string;
  /** The practice's page in each language. */
  url: Record<Locale, string>;
  title: Texts;
  summary: Texts;
  goal: Texts;
  approach: Texts;
  impact: Texts;
  /** The narrative body as Markdown (MDX) source; its links are relative to the practice's page. */
  narrative: Texts;
  /** Languages that have their own text. */
  languages: Locale[];
  original_language: Locale;
  countries: Coded[];
  /** A city's name may be missing in a language until a contributor adds it (a check warning). */
  cities: (Omit<Coded, 'name'> & { name: LocalizedPartial; country: string; lat: number; lon: number })[];
  scope: Coded;
  governance_levels: Coded[];
  themes: Coded[];
  target_groups: Coded[];
  status: Coded;
  /** A year (2023) or a year and month (2023-03). */
  start: string | null;
  evidence: Coded;
  review: { status: Coded; last_reviewed: string };
  sources: OpenSource[];
  licence: string;
  related: string[];
  lead_organisation: OpenOrganisation | null;
  partners: OpenOrganisation[];
}

export interface OpenDataset {
  site: string;
  languages: Locale[];
  count: number;
  practices: OpenPractice[];
}

const perLocale = <T>(fn: (l: Locale) => T) => Object.fromEntries(localeCodes.map((l) => [l, fn(l)])) as Record<Locale, T>;

/** An interface-string enum value (`enum.status.ongoing`) with its label in each language. */
const label = <G extends EnumGroup>(group: G, code: EnumCode<G>): Coded => ({ code, name: perLocale((l) => enumLabel(l, group, code)) });

const taxonomy = (map: ReadonlyMap<string, { name: Localized }>, codes: readonly string[]): Coded[] =>
  codes.flatMap((code) => {
    const entry = map.get(code);
    return entry ? [{ code, name: entry.name }] : [];
  });

const organisation = (o: Organisation): OpenOrganisation => ({ name: o.name, type: label('orgType', o.type) });

export function openPractice(site: SiteContent, p: PracticeRecord, origin: URL | string | undefined): OpenPractice {
  const d = p.data;
  const text = (field: 'title' | 'summary' | 'goal' | 'approach' | 'impact'): Texts => perLocale((l) => p.texts.get(l)?.data[field] ?? null);
  return {
    slug: p.slug,
    url: perLocale((l) => absoluteUrl(urls.practice(l, p.slug), origin)),
    title: text('title'),
    summary: text('summary'),
    goal: text('goal'),
    approach: text('approach'),
    impact: text('impact'),
    narrative: perLocale((l) => {
      const entry = p.texts.get(l);
      return entry ? textSource(entry).trim() : null;
    }),
    languages: localeCodes.filter((l) => p.texts.has(l)),
    original_language: d.original_language,
    countries: taxonomy(site.countries, d.countries),
    cities: d.cities.flatMap((code) => {
      const c = site.cities.get(code);
      return c ? [{ code, name: c.name, country: c.country, lat: c.lat, lon: c.lon }] : [];
    }),
    scope: label('scope', d.scope),
    governance_levels: d.governance_levels.map((v) => label('level', v)),
    themes: taxonomy(site.themes, d.themes),
    target_groups: taxonomy(site.targetGroups, d.target_groups),
    status: label('status', d.status),
    start: d.start ?? null,
    evidence: label('evidence', d.evidence),
    review: { status: label('review', d.review.status), last_reviewed: d.review.last_reviewed },
    sources: d.sources.map((s): OpenSource => {
      if (!('resource' in s)) return { title: s.title, publisher: s.publisher, year: s.year, url: s.url ?? null };
      const r = site.resources.get(s.resource);
      return {
        resource: s.resource,
        title: r?.title ?? {},
        publisher: r?.publisher ?? '',
        year: r?.year ?? null,
        url: r?.link ?? {},
        page: perLocale((l) => absoluteUrl(urls.resource(l, s.resource), origin)),
      };
    }),
    licence: d.licence,
    related: d.related,
    lead_organisation: d.lead_organisation ? organisation(d.lead_organisation) : null,
    partners: d.partners.map(organisation),
  };
}

/** All practices, sorted by slug so the files change only where the content does. */
export function openDataset(site: SiteContent, origin: URL | string | undefined): OpenDataset {
  const practices = [...site.practices].sort((a, b) => a.slug.localeCompare(b.slug)).map((p) => openPractice(site, p, origin));
  return { site: absoluteUrl(urls.chooser(), origin), languages: [...localeCodes], count: practices.length, practices };
}

export function practicesJson(site: SiteContent, origin: URL | string | undefined): string {
  return `${JSON.stringify(openDataset(site, origin), null, 2)}\n`;
}

/** Separator of list values inside one CSV cell. */
export const LIST_SEPARATOR = '; ';

/**
 * One row per practice. Texts and names get one column per language (`title_en`, `title_ar`, ...); a
 * coded field gets its codes (`themes`) and their names per language (`themes_en`, ...); lists are joined
 * with `; `. Organisation and source names fall back to another language where they have none in a column's.
 */
export function practicesCsv(site: SiteContent, origin: URL | string | undefined): string {
  const rows = openDataset(site, origin).practices;
  const columns: [string, (p: OpenPractice) => string | number | null][] = [];
  const add = (name: string, value: (p: OpenPractice) => string | number | null) => columns.push([name, value]);
  const join = (values: readonly string[]) => values.join(LIST_SEPARATOR);
  const orgName = (o: OpenOrganisation, l: Locale) => pickName(o.name, l).text;
  const coded = (name: string, value: (p: OpenPractice) => { code: string; name: LocalizedPartial } | { code: string; name: LocalizedPartial }[]) => {
    const list = (p: OpenPractice) => [value(p)].flat();
    add(name, (p) => join(list(p).map((c) => c.code)));
    for (const l of localeCodes) add(`${name}_${l}`, (p) => join(list(p).map((c) => c.name[l] ?? '')));
  };

  add('slug', (p) => p.slug);
  for (const l of localeCodes) add(`url_${l}`, (p) => p.url[l]);
  for (const field of ['title', 'summary', 'goal', 'approach', 'impact', 'narrative'] as const) {
    for (const l of localeCodes) add(`${field}_${l}`, (p) => p[field][l]);
  }
  add('languages', (p) => join(p.languages));
  add('original_language', (p) => p.original_language);
  coded('countries', (p) => p.countries);
  coded('cities', (p) => p.cities);
  coded('scope', (p) => p.scope);
  coded('governance_levels', (p) => p.governance_levels);
  coded('themes', (p) => p.themes);
  coded('target_groups', (p) => p.target_groups);
  coded('status', (p) => p.status);
  add('start', (p) => p.start);
  coded('evidence', (p) => p.evidence);
  coded('review_status', (p) => p.review.status);
  add('last_reviewed', (p) => p.review.last_reviewed);
  for (const l of localeCodes) add(`lead_organisation_${l}`, (p) => (p.lead_organisation ? orgName(p.lead_organisation, l) : null));
  add('lead_organisation_type', (p) => p.lead_organisation?.type.code ?? null);
  for (const l of localeCodes) add(`partners_${l}`, (p) => join(p.partners.map((o) => orgName(o, l))));
  for (const l of localeCodes) {
    add(`sources_${l}`, (p) =>
      join(
        p.sources.map((s) => {
          const title = typeof s.title === 'string' ? s.title : pickName(s.title, l).text || ('resource' in s ? s.resource : '');
          const detail = [s.publisher, s.year].filter(Boolean).join(', ');
          return detail ? `${title} (${detail})` : title;
        }),
      ),
    );
  }
  add('licence', (p) => p.licence);
  add('related', (p) => join(p.related));

  return toCsv(
    columns.map(([name]) => name),
    rows.map((p) => columns.map(([, value]) => value(p))),
    { bom: true },
  );
}
