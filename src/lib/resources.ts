import type { SiteContent } from './content.ts';
import { pickName } from './fallback.ts';
import { collator } from './i18n.ts';
import { localeCodes, type Locale } from '../config/locales.ts';
import type { Resource } from '../schemas/index.ts';

export interface ResourceView {
  slug: string;
  type: Resource['type'];
  title: string;
  titleLang: Locale;
  description: string;
  publisher: string;
  year?: number | undefined;
  /** Links in every language that has one, the page's language first. */
  links: { lang: Locale; href: string }[];
}

const programmeTypes: ReadonlySet<Resource['type']> = new Set(['programme', 'organisation']);

export function resourceView(slug: string, r: Resource, locale: Locale): ResourceView {
  const title = pickName(r.title, locale);
  const links = [locale, ...localeCodes.filter((l) => l !== locale)].flatMap((l) => (r.link[l] ? [{ lang: l, href: r.link[l] }] : []));
  return { slug, type: r.type, title: title.text, titleLang: title.lang, description: r.description[locale], publisher: r.publisher, year: r.year, links };
}

/** Documents first, then programmes and partners; each sorted by title in the page's language. */
export function resourceGroups(site: SiteContent, locale: Locale) {
  const c = collator(locale);
  const all = [...site.resources].map(([slug, r]) => resourceView(slug, r, locale)).sort((a, b) => c.compare(a.title, b.title));
  return [
    { key: 'documents' as const, items: all.filter((r) => !programmeTypes.has(r.type)) },
    { key: 'programmes' as const, items: all.filter((r) => programmeTypes.has(r.type)) },
  ].filter((g) => g.items.length > 0);
}
