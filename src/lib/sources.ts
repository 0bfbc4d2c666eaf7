import type { SiteContent } from './content.ts';
import { pickName } from './fallback.ts';
import type { Locale } from '../config/locales.ts';
import { urls } from './urls.ts';
import type { Source } from '../schemas/index.ts';

/** A source as pages list it: title (in its language), link, publisher and year, the day it was consulted. */
export interface SourceView {
  title: string;
  lang?: Locale | undefined;
  href?: string | undefined;
  detail?: string | undefined;
  consulted?: string | undefined;
}

/** A practice's or activity's sources: resources of the site link to their entry, documents to their address. */
export function sourceViews(site: Pick<SiteContent, 'resources'>, sources: readonly Source[], locale: Locale): SourceView[] {
  return sources.map((s) => {
    if ('resource' in s) {
      const r = site.resources.get(s.resource);
      const title = r ? pickName(r.title, locale) : { text: s.resource, lang: locale };
      return {
        title: title.text,
        lang: title.lang,
        href: urls.resource(locale, s.resource),
        detail: r ? [r.publisher, r.year].filter(Boolean).join(', ') : undefined,
        consulted: s.consulted,
      };
    }
    return { title: s.title, lang: s.language, href: s.url, detail: `${s.publisher}, ${s.year}`, consulted: s.consulted };
  });
}
