import type { ActivityRecord, SiteContent } from './content.ts';
import { pickText } from './fallback.ts';
import { locales, type Locale } from '../config/locales.ts';
import { places } from './taxonomy.ts';
import { sourceViews } from './sources.ts';

export function activityText(a: ActivityRecord, locale: Locale) {
  const picked = pickText(a.texts, locale, a.data.original_language);
  if (!picked) throw new Error(`activities/${a.slug}: no text file in any language`);
  return picked;
}

/**
 * A date range in the reader's language, via Intl: 16–17 March 2023, 16–17 mars 2023, 16–17 مارس 2023 (the
 * one date style, docs/content-brief.md). Between two days of one month the dash is closed up in every
 * language (en-GB alone spaces it with thin spaces).
 */
export function formatRange(locale: Locale, start: string, end?: string): string {
  const fmt = new Intl.DateTimeFormat(locales[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  return end && end !== start ? fmt.formatRange(d(start), d(end)).replace(/^(\d+)\s+–\s+(\d+ )/u, '$1–$2') : fmt.format(d(start));
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
    sources: sourceViews(site, a.data.sources, locale),
  };
}
