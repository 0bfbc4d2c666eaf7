import type { PracticeRecord, SiteContent } from '../lib/content.ts';
import { toCsv } from '../lib/csv.ts';
import { textSource } from './text-source.ts';
import { pickName } from '../lib/fallback.ts';
import { enumLabel, type EnumCode, type EnumGroup } from '../lib/i18n.ts';
import { localeCodes, type Locale } from '../config/locales.ts';
import { absoluteUrl } from '../lib/absolute-url.ts';
import { urls } from '../lib/urls.ts';
import { cardItems, riskItems, transferItems, type Localized, type LocalizedPartial, type NoteItem, type Organisation } from '../schemas/index.ts';
import { reportState } from '../lib/evidence.ts';

type CardItem = (typeof cardItems)[number];
type TransferItem = (typeof transferItems)[number];
type RiskItem = (typeof riskItems)[number];

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
      consulted: string | null;
      supports: string[];
    }
  | { title: string; publisher: string; year: number; language: Locale; url: string | null; consulted: string | null; supports: string[] };

/** One item of the evidence card, transferability or risks: how much the sources say, and the note per language. */
export interface OpenReportItem {
  state: Coded;
  note: Texts;
}

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
  /** When the latest source reported that status: a year (2023) or a year and month (2023-03). */
  status_as_of: string;
  /** A year (2023) or a year and month (2023-03). */
  start: string | null;
  evidence: { level: Coded; no_effect_found: boolean; card: Record<CardItem, OpenReportItem> };
  transferability: Record<TransferItem, OpenReportItem>;
  risks: Record<RiskItem, OpenReportItem>;
  review: { level: Coded; date: string };
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
  const items = <K extends NoteItem>(keys: readonly K[]) =>
    Object.fromEntries(
      keys.map((k) => [k, { state: label('report', reportState(d, k)), note: perLocale((l) => p.texts.get(l)?.data.notes[k] ?? null) }]),
    ) as Record<K, OpenReportItem>;
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
    status: label('status', d.status.value),
    status_as_of: d.status.as_of,
    start: d.start ?? null,
    evidence: { level: label('evidence', d.evidence.level), no_effect_found: d.evidence.no_effect_found, card: items(cardItems) },
    transferability: items(transferItems),
    risks: items(riskItems),
    review: { level: label('review', d.review.level), date: d.review.date },
    sources: d.sources.map((s): OpenSource => {
      const cited = { consulted: s.consulted ?? null, supports: s.supports ?? [] };
      if (!('resource' in s)) return { title: s.title, publisher: s.publisher, year: s.year, language: s.language, url: s.url ?? null, ...cited };
      const r = site.resources.get(s.resource);
      return {
        resource: s.resource,
        title: r?.title ?? {},
        publisher: r?.publisher ?? '',
        year: r?.year ?? null,
        url: r?.link ?? {},
        page: perLocale((l) => absoluteUrl(urls.resource(l, s.resource), origin)),
        ...cited,
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
  add('status_as_of', (p) => p.status_as_of);
  add('start', (p) => p.start);
  coded('evidence_level', (p) => p.evidence.level);
  add('evidence_no_effect_found', (p) => String(p.evidence.no_effect_found));
  for (const k of cardItems) add(`evidence_${k}`, (p) => p.evidence.card[k].state.code);
  for (const k of transferItems) add(`transferability_${k}`, (p) => p.transferability[k].state.code);
  for (const k of riskItems) add(`risks_${k}`, (p) => p.risks[k].state.code);
  coded('review_level', (p) => p.review.level);
  add('review_date', (p) => p.review.date);
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
