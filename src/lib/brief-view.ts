/**
 * The one-page brief of a practice: the record's own words, shortened where a text would not fit on one
 * A4 page. A shorter form keeps whole sentences from the start of the text (never a cut mid-sentence) and
 * says that it is shortened; the brief then points to the full text.
 */
import { locales, type Locale } from '../config/locales.ts';

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
