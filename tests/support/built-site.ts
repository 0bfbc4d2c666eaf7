import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { parse as parseYaml } from 'yaml';
import { classify } from '../../src/lib/content-layout.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { listFiles } from '../../src/build/list-files.ts';

/** Every .html file of a build, as site paths (`/en/practices/x/`, `/404.html`). */
export function builtPages(dist: string): string[] {
  const html = listFiles(dist, { dotFiles: true }).files.filter((f) => f.endsWith('.html'));
  return html.map((f) => '/' + f.replace(/(^|\/)index\.html$/, '$1')).sort();
}

const cache = new Map<string, cheerio.CheerioAPI>();
/** Parsed HTML of a site path in a build. */
export function page(dist: string, sitePath: string): cheerio.CheerioAPI {
  const file = fileFor(dist, sitePath);
  if (!file) throw new Error(`no built file for ${sitePath}`);
  let $ = cache.get(file);
  if (!$) {
    $ = cheerio.load(readFileSync(file, 'utf8'));
    cache.set(file, $);
  }
  return $;
}

/** The file a site path is served from, or undefined. */
export function fileFor(dist: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [join(dist, clean, 'index.html')] : [join(dist, clean), join(dist, clean, 'index.html')];
  return candidates.find((c) => existsSync(c) && !c.endsWith(sep));
}

/**
 * The pages a content folder must produce, derived from its files (not hard-coded): every entry in
 * every language, whether or not it is translated.
 */
export function expectedPages(contentDir: string): string[] {
  const { files } = listFiles(contentDir);
  const keys = (file: string) => Object.keys((parseYaml(readFileSync(join(contentDir, file), 'utf8')) ?? {}) as object);
  const perLocale = new Set<string>([
    '',
    'practices/',
    'guides/',
    'resources/',
    'themes/',
    'countries/',
    'about/',
    'about/evidence/',
    'glossary/',
    'activities/',
    'templates/',
    'search/',
    'offline/',
    'contribute/',
    'contribute/status/',
    'contribute/propose/',
    'compare/',
    '404/',
  ]);
  for (const f of files) {
    const c = classify(f);
    if (!c.ok) continue;
    const e = c.file;
    if (e.kind === 'practice') perLocale.add(`practices/${e.slug}/`).add(`practices/${e.slug}/brief/`);
    if (e.kind === 'guide') perLocale.add(`guides/${e.slug}/`).add(`guides/${e.slug}/print/`);
    if (e.kind === 'guideText' && e.chapter !== 'index') perLocale.add(`guides/${e.slug}/${e.chapter}/`);
    if (e.kind === 'activity') perLocale.add(`activities/${e.slug}/`);
    if (e.kind === 'template') perLocale.add(`templates/${e.slug}/`);
    if (e.kind === 'selfAssessment') perLocale.add('self-assessment/');
    if (e.kind === 'taxonomy' && e.taxonomy === 'themes') for (const k of keys(f)) perLocale.add(`themes/${k}/`);
    if (e.kind === 'taxonomy' && e.taxonomy === 'countries') for (const k of keys(f)) perLocale.add(`countries/${k}/`);
    if (e.kind === 'taxonomy' && e.taxonomy === 'cities') for (const k of keys(f)) perLocale.add(`cities/${k}/`);
  }
  return ['/', '/404.html', ...localeCodes.flatMap((l) => [...perLocale].map((p) => `/${l}/${p}`))].sort();
}

/** One built page of each template (English paths without the language), found in the build, not named by hand. */
export function sampleTemplates(dist: string): Record<string, string> {
  const en = builtPages(dist)
    .filter((p) => p.startsWith('/en/'))
    .map((p) => p.slice(4));
  const first = (re: RegExp) => {
    const found = en.find((p) => re.test(p));
    if (!found) throw new Error(`no page for ${re}`);
    return found;
  };
  return {
    home: '',
    practices: 'practices/',
    practice: first(/^practices\/[^/]+\/$/),
    brief: first(/^practices\/[^/]+\/brief\/$/),
    compare: 'compare/',
    guides: 'guides/',
    guide: first(/^guides\/[^/]+\/$/),
    chapter: first(/^guides\/[^/]+\/(?!print\/)[^/]+\/$/),
    resources: 'resources/',
    themes: 'themes/',
    theme: first(/^themes\/[^/]+\/$/),
    countries: 'countries/',
    country: first(/^countries\/[^/]+\/$/),
    city: first(/^cities\/[^/]+\/$/),
    about: 'about/',
    evidence: 'about/evidence/',
    glossary: 'glossary/',
    activities: 'activities/',
    activity: first(/^activities\/[^/]+\/$/),
    templates: 'templates/',
    template: first(/^templates\/[^/]+\/$/),
    notFound: '404/',
    // Built only from a content folder with a questionnaire (the real one).
    ...(en.includes('self-assessment/') ? { selfAssessment: 'self-assessment/' } : {}),
  };
}
