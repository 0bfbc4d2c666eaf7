/**
 * The one-page brief of a practice: the record's own words, shortened where a text would not fit on one
 * A4 page. A shorter form keeps whole sentences from the start of the text (never a cut mid-sentence) and
 * says that it is shortened; the brief then points to the full text.
 */
import { locales, type Locale } from '../config/locales.ts';
import { cardItems, transferItems } from '../schemas/index.ts';
import type { PracticeRecord, SiteContent } from './content.ts';
import { reportState } from './evidence.ts';
import { practiceFacts } from './practice-facts.ts';
import { practiceText } from './practices.ts';

export interface ShortText {
  text: string;
  shortened: boolean;
}

/** Whole sentences from the start of `text`, as many as fit in `max` characters (at least the first). */
export function shortForm(text: string, max: number, locale: Locale): ShortText {
  if (text.length <= max) return { text, shortened: false };
  const sentences = [...new Intl.Segmenter(locale, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  let kept = sentences[0] ?? text;
  for (const s of sentences.slice(1)) {
    if ((kept + s).trimEnd().length > max) break;
    kept += s;
  }
  kept = kept.trimEnd();
  return kept.length < text.trim().length ? { text: `${kept} […]`, shortened: true } : { text, shortened: false };
}

/** How much of each text a brief keeps, in characters (Arabic print is set larger, so it keeps less). */
export function briefLimits(locale: Locale) {
  const scale = locales[locale].dir === 'rtl' ? 0.8 : 1;
  const n = (x: number) => Math.round(x * scale);
  return { goal: n(240), approach: n(420), impact: n(340), note: n(160), sources: 3 };
}

/** Everything the brief page shows of a practice, in the page's language (the route adds the QR code). */
export function briefView(site: SiteContent, practice: PracticeRecord, locale: Locale) {
  const { value: text, lang } = practiceText(practice, locale);
  const facts = practiceFacts(site, practice, locale);
  const limits = briefLimits(lang);
  const sections = (['goal', 'approach', 'impact'] as const).map((key) => ({ key, ...shortForm(text.data[key], limits[key], lang) }));
  const card = cardItems.map((item) => ({ item, state: reportState(practice.data, item) }));
  const transfer = transferItems.map((item) => {
    const state = reportState(practice.data, item);
    const note = text.data.notes[item];
    return { item, state, note: state !== 'not-reported' && note ? shortForm(note, limits.note, lang) : undefined };
  });
  return {
    text,
    lang,
    facts,
    sections,
    card,
    transfer,
    shortened: sections.some((s) => s.shortened) || transfer.some((x) => x.note?.shortened),
    sources: facts.sources.slice(0, limits.sources),
    moreSources: Math.max(0, facts.sources.length - limits.sources),
  };
}
