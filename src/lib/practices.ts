import type { PracticeRecord, SiteContent } from './content.ts';
import { pickText } from './fallback.ts';
import { collator, formatYearMonth, t } from './i18n.ts';
import type { Practice } from '../schemas/index.ts';
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
  /** The status as reported, with its date: "Ongoing (as reported, March 2023)". */
  statusText: string;
}

/**
 * A status as the sources report it, never a bare present tense: "Ongoing (as reported, March 2023)". An
 * unknown status is the short label on a card, the sentence with the last report's date in the key facts.
 */
export function reportedStatus(locale: Locale, status: Practice['status'], unknown: 'label' | 'sentence'): string {
  const _ = t(locale);
  const date = formatYearMonth(locale, status.as_of);
  if (status.value === 'unknown') return unknown === 'label' ? _('enum.status.unknown') : _('practice.statusUnknown', { date });
  return _('practice.statusAsOf', { status: _(`enum.status.${status.value}`), date });
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
    statusText: reportedStatus(locale, p.data.status, 'label'),
  };
}

/** Cards sorted by title with the language's collation rules. */
export function sortedCards(site: SiteContent, list: readonly PracticeRecord[], locale: Locale): PracticeCardData[] {
  const c = collator(locale);
  return list.map((p) => practiceCard(site, p, locale)).sort((a, b) => c.compare(a.title, b.title));
}
