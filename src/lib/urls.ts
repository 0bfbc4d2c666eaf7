import type { Locale } from '../config/locales.ts';

/**
 * Every URL the site prints is built here, so the base path (BASE_PATH, e.g. a GitHub Pages project site)
 * and the trailing slash are applied once.
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/base/` + segments + `/`. Segments are slugs (already URL-safe). */
export function path(...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return rest ? `${base}${rest}/` : base;
}

export const urls = {
  chooser: () => path(),
  home: (l: Locale) => path(l),
  practices: (l: Locale) => path(l, 'practices'),
  practice: (l: Locale, slug: string) => path(l, 'practices', slug),
  /** The brief of a practice (one A4 page to print). */
  practiceBrief: (l: Locale, slug: string) => path(l, 'practices', slug, 'brief'),
  /** The compare page, with a selection of practices in its address when given. */
  compare: (l: Locale, slugs: readonly string[] = []) => `${path(l, 'compare')}${slugs.length > 0 ? `?p=${slugs.join(',')}` : ''}`,
  /** One practice's compare rows in one language (src/pages/[locale]/compare/[slug].json.ts). */
  compareData: (l: Locale, slug: string) => `${path(l, 'compare')}${slug}.json`,
  guides: (l: Locale) => path(l, 'guides'),
  guide: (l: Locale, guide: string) => path(l, 'guides', guide),
  guidePrint: (l: Locale, guide: string) => path(l, 'guides', guide, 'print'),
  chapter: (l: Locale, guide: string, chapter: string) => path(l, 'guides', guide, chapter),
  resources: (l: Locale) => path(l, 'resources'),
  resource: (l: Locale, slug: string) => `${path(l, 'resources')}#${slug}`,
  glossary: (l: Locale) => path(l, 'glossary'),
  activities: (l: Locale) => path(l, 'activities'),
  activity: (l: Locale, slug: string) => path(l, 'activities', slug),
  templates: (l: Locale) => path(l, 'templates'),
  template: (l: Locale, slug: string) => path(l, 'templates', slug),
  /** A template's download beside its page: `/en/templates/<slug>.docx`, `.md`. */
  templateFile: (l: Locale, slug: string, format: 'docx' | 'md') => `${path(l, 'templates')}${slug}.${format}`,
  themes: (l: Locale) => path(l, 'themes'),
  theme: (l: Locale, slug: string) => path(l, 'themes', slug),
  countries: (l: Locale) => path(l, 'countries'),
  country: (l: Locale, cc: string) => path(l, 'countries', cc),
  city: (l: Locale, slug: string) => path(l, 'cities', slug),
  about: (l: Locale) => path(l, 'about'),
  evidenceScale: (l: Locale) => path(l, 'about', 'evidence'),
  search: (l: Locale) => path(l, 'search'),
  selfAssessment: (l: Locale) => path(l, 'self-assessment'),
  contribute: (l: Locale) => path(l, 'contribute'),
  contributeStatus: (l: Locale) => path(l, 'contribute', 'status'),
  propose: (l: Locale) => path(l, 'contribute', 'propose'),
  /**
   * A citation download, relative to the page that offers it: beside a practice, guide or chapter
   * (cite.json, .bib, .ris), in a document's folder on the resources page (<slug>/cite.bib). Relative, so
   * the page's three links stay short.
   */
  citation: (format: string, folder?: string) => `${folder ? `${folder}/` : ''}${citationFile}.${format}`,
  asset: (file: string) => `${base}${file.replace(/^\//, '')}`,
};

/** The citation downloads' file name (src/pages/[locale]/…/cite.[format].ts), without its extension. */
const citationFile = 'cite';

/** The same page in another language: swaps the locale segment after the base path. */
export function switchLocale(currentPath: string, to: Locale): string {
  const rest = currentPath.startsWith(base) ? currentPath.slice(base.length) : currentPath.replace(/^\//, '');
  const [, ...tail] = rest.split('/');
  return `${base}${[to, ...tail].join('/')}`;
}

/** Where the files are published (under BASE_PATH). */
export const openDataPaths = {
  json: () => urls.asset('data/practices.json'),
  csv: () => urls.asset('data/practices.csv'),
  feed: (l: Locale) => urls.asset(`${l}/feed.xml`),
};
