import type { SiteContent } from '../content.ts';
import { pluralForms, t } from '../i18n.ts';
import { localeCodes, type Locale } from '../../config/locales.ts';
import { cityName, nameIn, sortByName } from '../taxonomy.ts';
import { audiences, evidenceLevels, reviewLevels, statuses } from '../../schemas/index.ts';
import { asOfYear } from '../evidence.ts';
import { filterGroups, searchTypes, type FilterGroup } from './search-record.ts';

export interface FilterOption {
  value: string;
  label: string;
}

/** Every filter group with its values and their labels in one language, in display order. */
export function filterOptions(site: SiteContent, locale: Locale): { group: FilterGroup; label: string; options: FilterOption[] }[] {
  const _ = t(locale);
  const named = <T>(map: Map<string, T>, name: (entry: T) => string) =>
    sortByName(
      [...map].map(([value, v]) => ({ value, label: name(v) })),
      (o) => o.label,
      locale,
    );
  const values: Record<FilterGroup, FilterOption[]> = {
    type: searchTypes.map((value) => ({ value, label: _(`search.type.${value}`) })),
    country: named(site.countries, (c) => nameIn(c, locale)),
    city: named(site.cities, (c) => cityName(site, c, locale)),
    theme: named(site.themes, (th) => nameIn(th, locale)),
    status: statuses.map((value) => ({ value, label: _(`enum.status.${value}`) })),
    // Newest first: a reader looks for recent reports.
    asOf: [...new Set(site.practices.map((p) => asOfYear(p.data)))]
      .sort()
      .reverse()
      .map((value) => ({ value, label: value })),
    evidence: evidenceLevels.map((value) => ({ value, label: _('practice.evidenceLevel', { level: value, label: _(`enum.evidence.${value}`) }) })),
    review: reviewLevels.map((value) => ({ value, label: _(`enum.review.${value}`) })),
    audience: audiences.map((value) => ({ value, label: _(`enum.audience.${value}`) })),
  };
  return filterGroups.map((group) => ({ group, label: _(`search.group.${group}`), options: values[group] }));
}

/** The interface strings the search script needs, resolved for one language (plural forms included). */
export function searchMessages(locale: Locale) {
  const _ = t(locale);
  return {
    results: pluralForms(locale, 'search.results'),
    resultsFor: pluralForms(locale, 'search.resultsFor', ['query']),
    noResults: _('search.noResults'),
    loading: _('search.loading'),
    error: _('search.error'),
    prompt: _('search.prompt'),
    types: Object.fromEntries(searchTypes.map((v) => [v, _(`search.type.${v}`)])),
    other: {
      heading: Object.fromEntries(localeCodes.map((l) => [l, _('crossSearch.heading', { language: _(`languageName.${l}`) })])) as Record<Locale, string>,
      searchIn: Object.fromEntries(localeCodes.map((l) => [l, _('crossSearch.searchIn', { language: _(`languageName.${l}`) })])) as Record<Locale, string>,
      found: _('crossSearch.found'),
    },
  };
}
export type SearchMessages = ReturnType<typeof searchMessages>;
