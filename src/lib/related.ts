import type { PracticeRecord, SiteContent } from './content.ts';
import type { SiteIndexes } from './indexes.ts';
import { chapterText, guideIntro } from './guide-view.ts';
import { pickName } from './fallback.ts';
import type { Locale } from '../config/locales.ts';
import { urls } from './urls.ts';

export interface LinkItem {
  href: string;
  title: string;
  lang: Locale;
  /** The guide a chapter belongs to, for context. */
  context?: string | undefined;
}

/** The guide chapters that cite any of these practices, each once, in guide and chapter order. */
export function chaptersCiting(idx: SiteIndexes, practices: readonly PracticeRecord[], locale: Locale): LinkItem[] {
  const seen = new Map<string, LinkItem & { order: [number, number] }>();
  for (const p of practices)
    for (const { guide, chapter } of idx.citingChapters.get(p.slug) ?? []) {
      const key = `${guide.slug}/${chapter.slug}`;
      if (seen.has(key)) continue;
      const text = chapterText(guide, chapter, locale);
      seen.set(key, {
        href: urls.chapter(locale, guide.slug, chapter.slug),
        title: text.value.data.title,
        lang: text.lang,
        context: guideIntro(guide, locale).value.data.title,
        order: [guide.data.order, chapter.order],
      });
    }
  return [...seen.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]).map(({ order: _, ...item }) => item);
}

/** The resources these practices name as sources, each once. */
export function resourcesCited(site: SiteContent, practices: readonly PracticeRecord[], locale: Locale): LinkItem[] {
  const out = new Map<string, LinkItem>();
  for (const p of practices)
    for (const s of p.data.sources) {
      if (!('resource' in s) || out.has(s.resource)) continue;
      const r = site.resources.get(s.resource);
      if (!r) continue;
      const name = pickName(r.title, locale);
      out.set(s.resource, { href: urls.resource(locale, s.resource), title: name.text, lang: name.lang });
    }
  return [...out.values()];
}
