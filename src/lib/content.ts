import { getCollection, type CollectionEntry } from 'astro:content';
import { relative, resolve } from 'pathe';
import type { Locale } from '../config/locales.ts';
import { crossCheck, type CrossCheckInput } from './crosscheck.ts';
import { selfAssessmentIssues } from './self-assessment-check.ts';
import { formatIssues } from './issue-format.ts';
import { contentDir } from './content-dir.ts';

/**
 * All content, loaded once per build and joined: facts with their texts, guides with their chapters.
 * Pages never call getCollection themselves; they ask this module (and the ones built on it).
 */
export type TextEntry =
  | CollectionEntry<'practiceTexts'>
  | CollectionEntry<'activityTexts'>
  | CollectionEntry<'pageTexts'>
  | CollectionEntry<'guideTexts'>
  | CollectionEntry<'templateTexts'>;

export interface PracticeRecord {
  slug: string;
  data: CollectionEntry<'practices'>['data'];
  texts: Map<Locale, CollectionEntry<'practiceTexts'>>;
}
export interface ChapterRecord {
  slug: string;
  order: number;
  texts: Map<Locale, CollectionEntry<'guideTexts'>>;
}
export interface GuideRecord {
  slug: string;
  data: CollectionEntry<'guides'>['data'];
  intro: Map<Locale, CollectionEntry<'guideTexts'>>;
  chapters: ChapterRecord[];
}
export interface ActivityRecord {
  slug: string;
  data: CollectionEntry<'activities'>['data'];
  texts: Map<Locale, CollectionEntry<'activityTexts'>>;
}
export interface TemplateRecord {
  slug: string;
  data: CollectionEntry<'templates'>['data'];
  texts: Map<Locale, CollectionEntry<'templateTexts'>>;
}

export interface SiteContent {
  countries: Map<string, CollectionEntry<'countries'>['data']>;
  cities: Map<string, CollectionEntry<'cities'>['data']>;
  themes: Map<string, CollectionEntry<'themes'>['data']>;
  targetGroups: Map<string, CollectionEntry<'targetGroups'>['data']>;
  practices: PracticeRecord[];
  guides: GuideRecord[];
  resources: Map<string, CollectionEntry<'resources'>['data']>;
  glossary: Map<string, CollectionEntry<'glossary'>['data']>;
  activities: ActivityRecord[];
  /** In their `order`. */
  templates: TemplateRecord[];
  pages: Map<string, Map<Locale, CollectionEntry<'pageTexts'>>>;
  /** content/self-assessment/questionnaire.yaml; absent from a content folder that has none. */
  selfAssessment: CollectionEntry<'selfAssessment'>['data'] | undefined;
}

const toMap = <T extends { id: string; data: unknown }>(entries: T[]) => new Map(entries.map((e) => [e.id, e.data as T['data']]));

/** Groups `<slug>/<locale>` entries by slug. */
function textsBySlug<T extends { id: string }>(entries: T[]): Map<string, Map<Locale, T>> {
  const out = new Map<string, Map<Locale, T>>();
  for (const e of entries) {
    const [slug, locale] = e.id.split('/') as [string, Locale];
    (out.get(slug) ?? out.set(slug, new Map()).get(slug)!).set(locale, e);
  }
  return out;
}

const fileOf = (entry: { filePath?: string | undefined }, fallback: string) =>
  entry.filePath ? relative(resolve(contentDir()), resolve(entry.filePath)) : fallback;

/** An entry's file relative to the content folder (`practices/rabat/en.mdx`), for edit and translate links. */
export function contentPath(entry: { filePath?: string | undefined }): string | undefined {
  return entry.filePath ? fileOf(entry, '').split('\\').join('/') : undefined;
}

async function load(): Promise<SiteContent> {
  const [
    countries,
    cities,
    themes,
    targetGroups,
    practices,
    practiceTexts,
    guides,
    guideTexts,
    resources,
    glossary,
    activities,
    activityTexts,
    pageTexts,
    templates,
    templateTexts,
    selfAssessment,
  ] = await Promise.all([
    getCollection('countries'),
    getCollection('cities'),
    getCollection('themes'),
    getCollection('targetGroups'),
    getCollection('practices'),
    getCollection('practiceTexts'),
    getCollection('guides'),
    getCollection('guideTexts'),
    getCollection('resources'),
    getCollection('glossary'),
    getCollection('activities'),
    getCollection('activityTexts'),
    getCollection('pageTexts'),
    getCollection('templates'),
    getCollection('templateTexts'),
    getCollection('selfAssessment'),
  ]);

  const practiceTextMap = textsBySlug(practiceTexts);
  const guideTextMap = new Map<string, CollectionEntry<'guideTexts'>[]>();
  for (const t of guideTexts) {
    const slug = t.id.split('/')[0]!;
    (guideTextMap.get(slug) ?? guideTextMap.set(slug, []).get(slug)!).push(t);
  }
  const activityTextMap = textsBySlug(activityTexts);
  const templateTextMap = textsBySlug(templateTexts);
  const site: SiteContent = {
    countries: toMap(countries),
    cities: toMap(cities),
    themes: toMap(themes),
    targetGroups: toMap(targetGroups),
    practices: practices.map((p) => ({ slug: p.id, data: p.data, texts: practiceTextMap.get(p.id) ?? new Map() })),
    guides: guides.map((g) => joinGuide(g, guideTextMap.get(g.id) ?? [])),
    resources: toMap(resources),
    glossary: toMap(glossary),
    activities: activities.map((a) => ({ slug: a.id, data: a.data, texts: activityTextMap.get(a.id) ?? new Map() })),
    templates: templates
      .map((tpl) => ({ slug: tpl.id, data: tpl.data, texts: templateTextMap.get(tpl.id) ?? new Map() }))
      .sort((a, b) => a.data.order - b.data.order || a.slug.localeCompare(b.slug)),
    pages: textsBySlug(pageTexts),
    selfAssessment: selfAssessment[0]?.data,
  };

  // The same cross-checks as `npm run check`: a build never publishes a broken reference.
  const input: CrossCheckInput = {
    countries: new Set(site.countries.keys()),
    cities: new Map(cities.map((c) => [c.id, { country: c.data.country, file: 'taxonomy/cities.yaml', names: c.data.name }])),
    themes: new Set(site.themes.keys()),
    targetGroups: new Set(site.targetGroups.keys()),
    resources: new Set(site.resources.keys()),
    practices: practices.map((p) => ({
      slug: p.id,
      file: fileOf(p, `practices/${p.id}/practice.yaml`),
      data: p.data,
      locales: [...(practiceTextMap.get(p.id)?.keys() ?? [])],
      texts: [...(practiceTextMap.get(p.id)?.values() ?? [])].map((t) => ({ file: fileOf(t, `practices/${t.id}.mdx`), notes: t.data.notes })),
    })),
    guides: site.guides.map((g) => ({
      slug: g.slug,
      file: `guides/${g.slug}/guide.yaml`,
      data: g.data,
      texts: (guideTextMap.get(g.slug) ?? []).map((t) => {
        const [, locale, chapter] = t.id.split('/') as [string, Locale, string];
        return { chapter, locale, file: fileOf(t, `guides/${t.id}.mdx`), ...(t.data.order === undefined ? {} : { order: t.data.order }) };
      }),
    })),
    activities: activities.map((a) => ({
      slug: a.id,
      file: fileOf(a, `activities/${a.id}/activity.yaml`),
      data: a.data,
      locales: [...(activityTextMap.get(a.id)?.keys() ?? [])],
    })),
    templates: templates.map((tpl) => ({ file: fileOf(tpl, `templates/${tpl.id}/template.yaml`), locales: [...(templateTextMap.get(tpl.id)?.keys() ?? [])] })),
  };
  const issues = [
    ...crossCheck(input),
    ...(site.selfAssessment ? selfAssessmentIssues('self-assessment/questionnaire.yaml', site.selfAssessment, input) : []),
  ].filter((i) => i.severity === 'error');
  if (issues.length > 0) throw new Error(`Content errors (run \`npm run check\` for line numbers):\n${formatIssues(issues)}`);
  return site;
}

function joinGuide(g: CollectionEntry<'guides'>, texts: CollectionEntry<'guideTexts'>[]): GuideRecord {
  const intro = new Map<Locale, CollectionEntry<'guideTexts'>>();
  const chapters = new Map<string, ChapterRecord>();
  for (const t of texts) {
    const [, locale, chapter] = t.id.split('/') as [string, Locale, string];
    if (chapter === 'index') {
      intro.set(locale, t);
      continue;
    }
    const rec = chapters.get(chapter) ?? { slug: chapter, order: t.data.order ?? 0, texts: new Map() };
    rec.texts.set(locale, t);
    chapters.set(chapter, rec);
  }
  return { slug: g.id, data: g.data, intro, chapters: [...chapters.values()].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)) };
}

let cached: Promise<SiteContent> | undefined;

/** The whole site's content, loaded and checked once per build. */
export function siteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
