import type { SiteContent } from '../content.ts';
import type { Locale } from '../../config/locales.ts';
import type { ScaffoldContext } from './types.ts';

/** The scaffolder's view of the built content, embedded in the proposal form at build time. */
export function scaffoldContext(site: SiteContent): ScaffoldContext {
  return {
    countries: [...site.countries.keys()],
    cities: Object.fromEntries([...site.cities].map(([slug, c]) => [slug, c.country])),
    themes: [...site.themes.keys()],
    targetGroups: [...site.targetGroups.keys()],
    resources: [...site.resources.keys()],
    practices: Object.fromEntries(site.practices.map((p) => [p.slug, { locales: [...p.texts.keys()], original: p.data.original_language }])),
    guides: Object.fromEntries(
      site.guides.map((g) => {
        const byLocale: Partial<Record<Locale, Record<string, number | null>>> = {};
        for (const [l] of g.intro) (byLocale[l] ??= {}).index = null;
        for (const ch of g.chapters) for (const [l] of ch.texts) (byLocale[l] ??= {})[ch.slug] = ch.order;
        return [g.slug, byLocale];
      }),
    ),
  };
}
