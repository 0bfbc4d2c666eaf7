import type { PracticeRecord, SiteContent } from './content.ts';
import { pickName } from './fallback.ts';
import type { Locale } from '../config/locales.ts';
import { nameIn, places } from './taxonomy.ts';
import { urls } from './urls.ts';
import { sourceViews, type SourceView } from './sources.ts';
import { reportedStatus } from './practices.ts';
import { licenceUrl } from './json-ld.ts';
import type { Practice } from '../schemas/index.ts';

type OrganisationType = NonNullable<Practice['lead_organisation']>['type'];

/** The facts block of a practice page, resolved to names and links in one language. */
export interface PracticeFactsData {
  places: { name: string; href: string }[];
  nationwide: boolean;
  scope: Practice['scope'];
  levels: Practice['governance_levels'];
  themes: { name: string; href: string }[];
  targetGroups: string[];
  /** The status as reported, with its date (reportedStatus). */
  status: string;
  start?: string | undefined;
  evidence: Practice['evidence'];
  review: Practice['review'];
  lead?: { name: string; lang: Locale; type: OrganisationType } | undefined;
  partners: { name: string; lang: Locale; type: OrganisationType }[];
  sources: SourceView[];
  /** The licence by the code readers know (CC BY 4.0, as the footer and the contribute page name it) and its deed. */
  licence: { name: string; href?: string | undefined };
}

/** An SPDX identifier as the licence is usually written: CC-BY-4.0 → CC BY 4.0, CC-BY-NC-SA-4.0 → CC BY-NC-SA 4.0. */
export function licenceName(id: string): string {
  const cc = /^CC-(BY(?:-NC)?(?:-SA|-ND)?)-(\d\.\d)$/i.exec(id);
  if (cc) return `CC ${cc[1]!.toUpperCase()} ${cc[2]}`;
  return /^CC0-1\.0$/i.test(id) ? 'CC0 1.0' : id;
}

export function practiceFacts(site: SiteContent, p: PracticeRecord, locale: Locale): PracticeFactsData {
  const d = p.data;
  const org = (o: NonNullable<Practice['lead_organisation']>) => {
    const n = pickName(o.name, locale);
    return { name: n.text, lang: n.lang, type: o.type };
  };
  return {
    places: places(site, locale, d.countries, d.cities).map((pl) => ({
      name: pl.name,
      href: pl.kind === 'city' ? urls.city(locale, pl.slug) : urls.country(locale, pl.slug),
    })),
    nationwide: d.cities.length === 0 && d.scope === 'national',
    scope: d.scope,
    levels: d.governance_levels,
    themes: d.themes.flatMap((slug) => {
      const th = site.themes.get(slug);
      return th ? [{ name: nameIn(th, locale), href: urls.theme(locale, slug) }] : [];
    }),
    targetGroups: d.target_groups.flatMap((slug) => {
      const g = site.targetGroups.get(slug);
      return g ? [nameIn(g, locale)] : [];
    }),
    status: reportedStatus(locale, d.status, 'sentence'),
    start: d.start,
    evidence: d.evidence,
    review: d.review,
    lead: d.lead_organisation ? org(d.lead_organisation) : undefined,
    partners: d.partners.map(org),
    sources: sourceViews(site, d.sources, locale),
    licence: { name: licenceName(d.licence), href: /^https?:\/\//.test(licenceUrl(d.licence)) ? licenceUrl(d.licence) : undefined },
  };
}
