import type { GuideRecord, PracticeRecord, SiteContent } from '../content.ts';
import { absoluteUrl } from '../absolute-url.ts';
import { chapterText, guideIntro } from '../guide-view.ts';
import { t } from '../i18n.ts';
import { practiceText } from '../practices.ts';
import { resourceView } from '../resources.ts';
import { urls } from '../urls.ts';
import type { Locale } from '../../config/locales.ts';
import type { Resource } from '../../schemas/index.ts';
import type { CitationRecord } from './record.ts';

/**
 * What a practice, a guide, a chapter and a document are cited as, in one page language. The hub is the
 * author of its own pages (as the site names it), the network their publisher, and the date the
 * entry's own (a practice's last review, a guide's last update, a document's year of publication).
 */
type Origin = URL | string | undefined;

function hub(locale: Locale) {
  const _ = t(locale);
  return { author: _('cite.author'), publisher: _('site.network'), container: _('site.name'), containerLang: locale };
}

export function practiceCitation(p: PracticeRecord, locale: Locale, origin: Origin, accessed: string): CitationRecord {
  const { value, lang } = practiceText(p, locale);
  return {
    id: `menahub-${p.slug}-${locale}`,
    kind: 'page',
    title: value.data.title,
    lang,
    ...hub(locale),
    issued: p.data.review.date,
    url: absoluteUrl(urls.practice(locale, p.slug), origin),
    accessed,
  };
}

export function guideCitation(g: GuideRecord, locale: Locale, origin: Origin, accessed: string): CitationRecord {
  const { value, lang } = guideIntro(g, locale);
  return {
    id: `menahub-guide-${g.slug}-${locale}`,
    kind: 'page',
    title: value.data.title,
    lang,
    ...hub(locale),
    issued: g.data.updated,
    url: absoluteUrl(urls.guide(locale, g.slug), origin),
    accessed,
  };
}

/** A chapter is cited as a part of its guide (the guide's title is the container). */
export function chapterCitation(g: GuideRecord, chapter: GuideRecord['chapters'][number], locale: Locale, origin: Origin, accessed: string): CitationRecord {
  const { value, lang } = chapterText(g, chapter, locale);
  const intro = guideIntro(g, locale);
  return {
    id: `menahub-guide-${g.slug}-${chapter.slug}-${locale}`,
    kind: 'chapter',
    title: value.data.title,
    lang,
    ...hub(locale),
    container: intro.value.data.title,
    containerLang: intro.lang,
    issued: g.data.updated,
    url: absoluteUrl(urls.chapter(locale, g.slug, chapter.slug), origin),
    accessed,
  };
}

/** Programmes and organisations are not documents: only these types are offered for citation. */
const documentTypes: ReadonlySet<Resource['type']> = new Set(['memorandum', 'toolkit', 'report', 'policy-paper', 'other']);
export const isCitableResource = (type: Resource['type']) => documentTypes.has(type);

/**
 * An external document, cited as itself: its publisher (as author and publisher), its year, and the
 * title of a version that exists, with its address: the page's language where the publisher has a
 * version in it, else the first version listed. Without any address, the title the page shows.
 */
export function resourceCitation(slug: string, r: Resource, locale: Locale, accessed: string): CitationRecord {
  const view = resourceView(slug, r, locale);
  const link = view.links[0];
  const linked = link ? r.title[link.lang] : undefined;
  return {
    id: `${slug}-${locale}`,
    kind: 'document',
    title: linked ?? view.title,
    lang: linked ? link!.lang : view.titleLang,
    author: r.publisher,
    publisher: r.publisher,
    issued: r.year ? String(r.year) : undefined,
    url: link?.href,
    accessed: link ? accessed : undefined,
  };
}

export function citableResources(site: SiteContent): [string, Resource][] {
  return [...site.resources].filter(([, r]) => isCitableResource(r.type));
}
