import type { GuideRecord, ChapterRecord } from './content.ts';
import { locales, type Locale } from '../config/locales.ts';

/** Minutes to read a text, by the reading speed of its language, at least one. */
export function readingMinutes(body: string | undefined, lang: Locale): number {
  const words = (body ?? '')
    .replace(/[#>*_`|[\]()-]/g, ' ')
    .split(/\s+/u)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / locales[lang].wordsPerMinute));
}

export interface Neighbours {
  previous?: ChapterRecord;
  next?: ChapterRecord;
  number: number;
}

/** The chapters before and after one chapter, and its 1-based number. */
export function neighbours(guide: GuideRecord, chapter: string): Neighbours {
  const i = guide.chapters.findIndex((c) => c.slug === chapter);
  const out: Neighbours = { number: i + 1 };
  const previous = guide.chapters[i - 1];
  const next = guide.chapters[i + 1];
  if (i > 0 && previous) out.previous = previous;
  if (next) out.next = next;
  return out;
}
