import type { Locale } from '../config/locales.ts';
import type { PracticeRecord, SiteContent } from './content.ts';
import type { SiteIndexes } from './indexes.ts';
import { guideCard, type GuideCardData } from './guide-view.ts';
import { t } from './i18n.ts';
import { sortedCards, type PracticeCardData } from './practices.ts';
import { chaptersCiting, resourcesCited, type LinkItem } from './related.ts';
import { cityName, nameIn } from './taxonomy.ts';
import { urls } from './urls.ts';

/**
 * What a city, country or theme page shows: the same page shape for all three, so the routes only pick
 * the item and render this.
 */
export interface TaxonomyView {
  title: string;
  description?: string | undefined;
  /** The kind of page, shown above the title ("City", "Country", "Theme"). */
  eyebrow: string;
  trail: { href: string; label: string }[];
  /** Links shown as tags under the title (a country's cities). */
  tags: { heading: string; items: { href: string; label: string }[] } | undefined;
  practicesHeading: string;
  cards: PracticeCardData[];
  chapters: LinkItem[];
  resources: LinkItem[];
  guides: GuideCardData[];
}

/** The practices' related chapters and resources, shared by every taxonomy page. */
function related(site: SiteContent, idx: SiteIndexes, practices: readonly PracticeRecord[], locale: Locale) {
  return {
    cards: sortedCards(site, practices, locale),
    chapters: chaptersCiting(idx, practices, locale),
    resources: resourcesCited(site, practices, locale),
  };
}

export function cityView(site: SiteContent, idx: SiteIndexes, slug: string, locale: Locale): TaxonomyView {
  const _ = t(locale);
  const city = site.cities.get(slug);
  if (!city) throw new Error(`Unknown city ${slug}`);
  const name = cityName(site, city, locale);
  const country = site.countries.get(city.country);
  return {
    title: name,
    eyebrow: _('taxonomy.city'),
    trail: [
      { href: urls.home(locale), label: _('nav.home') },
      ...(country ? [{ href: urls.country(locale, city.country), label: nameIn(country, locale) }] : []),
    ],
    tags: undefined,
    practicesHeading: _('taxonomy.practicesIn', { place: name }),
    guides: [],
    ...related(site, idx, idx.practicesByCity.get(slug) ?? [], locale),
  };
}

export function countryView(site: SiteContent, idx: SiteIndexes, cc: string, locale: Locale): TaxonomyView {
  const _ = t(locale);
  const country = site.countries.get(cc);
  if (!country) throw new Error(`Unknown country ${cc}`);
  const name = nameIn(country, locale);
  const cities = (idx.citiesByCountry.get(cc) ?? []).flatMap((slug) => {
    const city = site.cities.get(slug);
    return city ? [{ href: urls.city(locale, slug), label: cityName(site, city, locale) }] : [];
  });
  return {
    title: name,
    eyebrow: _('taxonomy.country'),
    trail: [
      { href: urls.home(locale), label: _('nav.home') },
      { href: urls.countries(locale), label: _('taxonomy.countries') },
    ],
    tags: cities.length > 0 ? { heading: _('taxonomy.citiesIn'), items: cities } : undefined,
    practicesHeading: _('taxonomy.practicesIn', { place: name }),
    guides: [],
    ...related(site, idx, idx.practicesByCountry.get(cc) ?? [], locale),
  };
}

export function themeView(site: SiteContent, idx: SiteIndexes, slug: string, locale: Locale): TaxonomyView {
  const _ = t(locale);
  const theme = site.themes.get(slug);
  if (!theme) throw new Error(`Unknown theme ${slug}`);
  return {
    title: theme.name[locale],
    description: theme.description[locale],
    eyebrow: _('taxonomy.theme'),
    trail: [
      { href: urls.home(locale), label: _('nav.home') },
      { href: urls.themes(locale), label: _('taxonomy.themes') },
    ],
    tags: undefined,
    practicesHeading: _('taxonomy.practicesOnTheme'),
    guides: (idx.guidesByTheme.get(slug) ?? []).map((g) => guideCard(g, locale)),
    ...related(site, idx, idx.practicesByTheme.get(slug) ?? [], locale),
  };
}
