import type { RSSOptions } from '@astrojs/rss';
import type { SiteContent } from './content.ts';
import { byRecency } from './indexes.ts';
import { t } from './i18n.ts';
import type { Locale } from '../config/locales.ts';
import { absoluteUrl } from './absolute-url.ts';
import { practiceText } from './practices.ts';
import { nameIn } from './taxonomy.ts';
import { openDataPaths, urls } from './urls.ts';

/**
 * The RSS feed of one language (`/{l}/feed.xml`): every practice, the most recently reviewed first, dated
 * by its review, so a new or updated practice comes to the top. Titles and summaries are in the feed's
 * language; a practice not yet translated shows its text in its own language, with the language named
 * after the title (as the page's badge does) and in `dc:language`.
 */
export function feedOptions(site: SiteContent, locale: Locale, origin: URL | string | undefined): RSSOptions {
  const _ = t(locale);
  const practices = [...site.practices].sort(byRecency);
  const latest = practices[0]?.data.review.date;
  return {
    title: `${_('openData.feedTitle')} · ${_('site.name')}`,
    description: _('openData.feedDescription'),
    site: absoluteUrl(urls.home(locale), origin),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: [
      `<language>${locale}</language>`,
      `<atom:link href="${absoluteUrl(openDataPaths.feed(locale), origin)}" rel="self" type="application/rss+xml"/>`,
      // The newest review, not the build time: the feed changes only when the content does.
      latest ? `<lastBuildDate>${new Date(`${latest}T00:00:00Z`).toUTCString()}</lastBuildDate>` : '',
    ].join(''),
    items: practices.map((p) => {
      const { value, lang, fallback } = practiceText(p, locale);
      const badge = fallback ? ` (${_('fallback.badge', { language: _(`languageName.${lang}`) })})` : '';
      return {
        title: `${value.data.title}${badge}`,
        description: value.data.summary,
        link: absoluteUrl(urls.practice(locale, p.slug), origin),
        pubDate: new Date(`${p.data.review.date}T00:00:00Z`),
        categories: p.data.themes.flatMap((slug) => {
          const theme = site.themes.get(slug);
          return theme ? [nameIn(theme, locale)] : [];
        }),
        customData: `<dc:language>${lang}</dc:language>`,
      };
    }),
  };
}
