import type { PracticeRecord, SiteContent } from './content.ts';
import { pickText } from './fallback.ts';
import { collator } from './i18n.ts';
import type { Locale } from '../config/locales.ts';
import { nameIn, places } from './taxonomy.ts';

/** What a practice card shows, in one language. */
export interface PracticeCardData {
  slug: string;
  title: string;
  summary: string;
  /** Language of title and summary (differs from the page's when untranslated). */
  lang: Locale;
  places: string[];
  themes: string[];
  status: PracticeRecord['data']['status']['value'];
  /** When the status was last reported (year or year-month). */
  asOf: string;
}

export function practiceText(p: PracticeRecord, locale: Locale) {
  const picked = pickText(p.texts, locale, p.data.original_language);
  // The file check and the build's cross-check guarantee at least one text per practice.
  if (!picked) throw new Error(`practices/${p.slug}: no text file in any language`);
  return picked;
}

export function practiceCard(site: SiteContent, p: PracticeRecord, locale: Locale): PracticeCardData {
  const { value, lang } = practiceText(p, locale);
  return {
    slug: p.slug,
    title: value.data.title,
    summary: value.data.summary,
    lang,
    places: places(site, locale, p.data.countries, p.data.cities).map((x) => x.name),
    themes: p.data.themes
      .map((th) => site.themes.get(th))
      .filter((x) => x !== undefined)
      .map((x) => nameIn(x, locale)),
    status: p.data.status.value,
    asOf: p.data.status.as_of,
  };
}

/** Cards sorted by title with the language's collation rules. */
export function sortedCards(site: SiteContent, list: readonly PracticeRecord[], locale: Locale): PracticeCardData[] {
  const c = collator(locale);
  return list.map((p) => practiceCard(site, p, locale)).sort((a, b) => c.compare(a.title, b.title));
}
