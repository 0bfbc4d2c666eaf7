import type { ChapterRecord, GuideRecord, PracticeRecord, SiteContent } from './content.ts';
import { pickName } from './fallback.ts';
import { chapterText, guideIntro } from './guide-view.ts';
import { readingMinutes } from './guides.ts';
import { t } from './i18n.ts';
import type { Locale } from '../config/locales.ts';
import { absoluteUrl } from './absolute-url.ts';
import { practiceText } from './practices.ts';
import { resourceGroups } from './resources.ts';
import { cityName, nameIn } from './taxonomy.ts';
import { urls } from './urls.ts';
import type { Organisation, Resource } from '../schemas/index.ts';

/**
 * schema.org descriptions of the practice, guide and resource pages, as plain objects (rendered by
 * src/components/JsonLd.astro). Names and texts are the ones the page shows, in the page's language or
 * in the fallback language the page shows them in (`inLanguage` says which).
 */
export type JsonLdObject = { '@context'?: string; '@type': string } & Record<string, unknown>;
type Site = URL | string | undefined;

const CONTEXT = 'https://schema.org';

/** A licence named by its SPDX identifier (CC-BY-4.0, CC0-1.0) as the address schema.org asks for. */
export function licenceUrl(id: string): string {
  const cc = /^CC-(BY(?:-NC)?(?:-SA|-ND)?)-(\d\.\d)$/i.exec(id);
  if (cc) return `https://creativecommons.org/licenses/${cc[1]!.toLowerCase()}/${cc[2]}/`;
  if (/^CC0-1\.0$/i.test(id)) return 'https://creativecommons.org/publicdomain/zero/1.0/';
  if (/^https?:\/\//.test(id)) return id;
  return /^[A-Za-z0-9.+-]+$/.test(id) ? `https://spdx.org/licenses/${id}.html` : id;
}

function website(locale: Locale, site: Site) {
  return { '@type': 'WebSite', name: t(locale)('site.name'), url: absoluteUrl(urls.home(locale), site), inLanguage: locale };
}

function publisher(locale: Locale) {
  return { '@type': 'Organization', name: t(locale)('site.network') };
}

function organisation(o: Organisation, locale: Locale) {
  return { '@type': 'Organization', name: pickName(o.name, locale).text };
}

/** A practice page: an Article about a Project (the practice itself: where, since when, by whom). */
export function practiceJsonLd(site: SiteContent, p: PracticeRecord, locale: Locale, origin: Site): JsonLdObject {
  const d = p.data;
  const { value, lang } = practiceText(p, locale);
  const countryCode = (cc: string) => cc.toUpperCase();
  const location = [
    ...d.cities.flatMap((slug) => {
      const city = site.cities.get(slug);
      if (!city) return [];
      const country = site.countries.get(city.country);
      return [
        {
          '@type': 'Place',
          name: cityName(site, city, locale),
          address: { '@type': 'PostalAddress', addressLocality: nameIn(city, locale), addressCountry: countryCode(city.country) },
          geo: { '@type': 'GeoCoordinates', latitude: city.lat, longitude: city.lon },
          ...(country ? { containedInPlace: { '@type': 'Country', name: nameIn(country, locale), identifier: countryCode(city.country) } } : {}),
        },
      ];
    }),
    // Countries without one of the practice's cities (national and multi-country practices).
    ...d.countries
      .filter((cc) => !d.cities.some((slug) => site.cities.get(slug)?.country === cc))
      .flatMap((cc) => {
        const country = site.countries.get(cc);
        return country
          ? [
              {
                '@type': 'Country',
                name: nameIn(country, locale),
                identifier: countryCode(cc),
                address: { '@type': 'PostalAddress', addressCountry: countryCode(cc) },
              },
            ]
          : [];
      }),
  ];
  const url = absoluteUrl(urls.practice(locale, p.slug), origin);
  const themes = d.themes.flatMap((slug) => {
    const theme = site.themes.get(slug);
    return theme ? [nameIn(theme, locale)] : [];
  });
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    '@id': `${url}#article`,
    url,
    headline: value.data.title,
    description: value.data.summary,
    inLanguage: lang,
    dateModified: d.review.date,
    license: licenceUrl(d.licence),
    keywords: themes.join(', '),
    isPartOf: website(locale, origin),
    publisher: publisher(locale),
    about: {
      '@type': 'Project',
      name: value.data.title,
      description: value.data.summary,
      location,
      ...(d.start ? { startDate: d.start } : {}),
      // The practice schema records who leads and who takes part, not who pays: the lead organisation is
      // the project's parent organisation, the partners its members.
      ...(d.lead_organisation ? { parentOrganization: organisation(d.lead_organisation, locale) } : {}),
      ...(d.partners.length > 0 ? { member: d.partners.map((o) => organisation(o, locale)) } : {}),
    },
  };
}

/** A guide's introduction page: a LearningResource whose parts are its chapters. */
export function guideJsonLd(g: GuideRecord, locale: Locale, origin: Site): JsonLdObject {
  const { value, lang } = guideIntro(g, locale);
  const url = absoluteUrl(urls.guide(locale, g.slug), origin);
  return {
    '@context': CONTEXT,
    '@type': 'LearningResource',
    '@id': `${url}#guide`,
    url,
    name: value.data.title,
    description: value.data.summary,
    inLanguage: lang,
    dateModified: g.data.updated,
    audience: { '@type': 'Audience', audienceType: t(locale)(`enum.audience.${g.data.audience}`) },
    isPartOf: website(locale, origin),
    publisher: publisher(locale),
    hasPart: g.chapters.map((c, i) => {
      const picked = chapterText(g, c, locale);
      return {
        '@type': 'LearningResource',
        url: absoluteUrl(urls.chapter(locale, g.slug, c.slug), origin),
        name: picked.value.data.title,
        description: picked.value.data.summary,
        inLanguage: picked.lang,
        position: i + 1,
      };
    }),
  };
}

/** A chapter page: a LearningResource that is part of its guide. */
export function chapterJsonLd(g: GuideRecord, chapter: ChapterRecord, locale: Locale, origin: Site): JsonLdObject {
  const { value, lang } = chapterText(g, chapter, locale);
  const intro = guideIntro(g, locale);
  const guideUrl = absoluteUrl(urls.guide(locale, g.slug), origin);
  return {
    '@context': CONTEXT,
    '@type': 'LearningResource',
    url: absoluteUrl(urls.chapter(locale, g.slug, chapter.slug), origin),
    name: value.data.title,
    description: value.data.summary,
    inLanguage: lang,
    dateModified: g.data.updated,
    position: g.chapters.findIndex((c) => c.slug === chapter.slug) + 1,
    timeRequired: `PT${readingMinutes(value.body, lang)}M`,
    audience: { '@type': 'Audience', audienceType: t(locale)(`enum.audience.${g.data.audience}`) },
    publisher: publisher(locale),
    isPartOf: { '@type': 'LearningResource', '@id': `${guideUrl}#guide`, url: guideUrl, name: intro.value.data.title, inLanguage: intro.lang },
  };
}

const resourceTypes: Record<Resource['type'], string> = {
  memorandum: 'CreativeWork',
  toolkit: 'CreativeWork',
  report: 'Report',
  'policy-paper': 'Report',
  programme: 'CreativeWork',
  organisation: 'Organization',
  other: 'CreativeWork',
};

/** The resources page: an ItemList of the documents, programmes and partners, in the page's order. */
export function resourcesJsonLd(site: SiteContent, locale: Locale, origin: Site): JsonLdObject {
  const items = resourceGroups(site, locale).flatMap((g) => g.items);
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    name: t(locale)('resources.title'),
    url: absoluteUrl(urls.resources(locale), origin),
    numberOfItems: items.length,
    itemListElement: items.map((r, i) => {
      const type = resourceTypes[r.type];
      const [first, ...others] = r.links;
      return {
        '@type': 'ListItem',
        position: i + 1,
        url: absoluteUrl(urls.resource(locale, r.slug), origin),
        item: {
          '@type': type,
          name: r.title,
          description: r.description,
          ...(type === 'Organization'
            ? {}
            : {
                publisher: { '@type': 'Organization', name: r.publisher },
                ...(r.year ? { datePublished: String(r.year) } : {}),
                // The languages the document is published in (one link per language).
                ...(r.links.length > 0 ? { inLanguage: r.links.map((l) => l.lang) } : {}),
              }),
          ...(first ? { url: first.href } : {}),
          ...(others.length > 0 ? { sameAs: others.map((l) => l.href) } : {}),
        },
      };
    }),
  };
}
