import type { ActivityRecord, SiteContent } from './content.ts';
import { pickText } from './fallback.ts';
import { locales, type Locale } from './locales.ts';
import { places } from './taxonomy.ts';

export function activityText(a: ActivityRecord, locale: Locale) {
  const picked = pickText(a.texts, locale, a.data.original_language);
  if (!picked) throw new Error(`activities/${a.slug}: no text file in any language`);
  return picked;
}

/** A date range in the reader's language: "16–17 March 2023", "16 et 17 mars 2023" style via Intl. */
export function formatRange(locale: Locale, start: string, end?: string): string {
  const fmt = new Intl.DateTimeFormat(locales[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  return end && end !== start ? fmt.formatRange(d(start), d(end)) : fmt.format(d(start));
}

export function activityView(site: SiteContent, a: ActivityRecord, locale: Locale) {
  const { value, lang } = activityText(a, locale);
  return {
    slug: a.slug,
    type: a.data.type,
    title: value.data.title,
    summary: value.data.summary,
    lang,
    dates: formatRange(locale, a.data.start, a.data.end),
    places: places(site, locale, a.data.countries, a.data.cities).map((p) => p.name),
  };
}
