import type { GuideRecord } from './content.ts';
import { pickText } from './fallback.ts';
import type { Locale } from '../config/locales.ts';

export interface GuideCardData {
  slug: string;
  title: string;
  summary: string;
  lang: Locale;
  audience: GuideRecord['data']['audience'];
  chapters: number;
}

/** A guide's title and summary come from its introduction file in the best available language. */
export function guideIntro(g: GuideRecord, locale: Locale) {
  const picked = pickText(g.intro, locale);
  if (!picked) throw new Error(`guides/${g.slug}: no index.mdx in any language`);
  return picked;
}

export function guideCard(g: GuideRecord, locale: Locale): GuideCardData {
  const { value, lang } = guideIntro(g, locale);
  return { slug: g.slug, title: value.data.title, summary: value.data.summary, lang, audience: g.data.audience, chapters: g.chapters.length };
}

export function chapterText(g: GuideRecord, chapter: GuideRecord['chapters'][number], locale: Locale) {
  const picked = pickText(chapter.texts, locale);
  if (!picked) throw new Error(`guides/${g.slug}/${chapter.slug}: no text in any language`);
  return picked;
}
