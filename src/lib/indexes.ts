import type { SiteContent, PracticeRecord, GuideRecord, ChapterRecord } from './content.ts';
import { siteContent } from './content.ts';

/**
 * Lookups that scan the whole collection, built once per build and shared by every page: a page that
 * scanned all practices itself would make the build grow with the square of the content.
 */
export interface SiteIndexes {
  practice: Map<string, PracticeRecord>;
  guide: Map<string, GuideRecord>;
  practicesByTheme: Map<string, PracticeRecord[]>;
  practicesByCountry: Map<string, PracticeRecord[]>;
  practicesByCity: Map<string, PracticeRecord[]>;
  guidesByTheme: Map<string, GuideRecord[]>;
  citiesByCountry: Map<string, string[]>;
  related: Map<string, PracticeRecord[]>;
  /** Guide chapters whose text links to a practice (in any language), by practice slug. */
  citingChapters: Map<string, ChapterRef[]>;
}

export interface ChapterRef {
  guide: GuideRecord;
  chapter: ChapterRecord;
}

/** Practice slugs a text links to (`../../../practices/<slug>/`). */
export function citedPractices(body: string | undefined): string[] {
  return [...(body ?? '').matchAll(/practices\/([a-z0-9]+(?:-[a-z0-9]+)*)\//g)].map((m) => m[1]!);
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => (map.get(key) ?? map.set(key, []).get(key)!).push(value);

/** Newest first by review date, then by slug: a stable order for "latest practices" and lists. */
export const byRecency = (a: PracticeRecord, b: PracticeRecord) =>
  b.data.review.last_reviewed.localeCompare(a.data.review.last_reviewed) || a.slug.localeCompare(b.slug);

export const RELATED_LIMIT = 3;

export function buildIndexes(site: SiteContent): SiteIndexes {
  const idx: SiteIndexes = {
    practice: new Map(site.practices.map((p) => [p.slug, p])),
    guide: new Map(site.guides.map((g) => [g.slug, g])),
    practicesByTheme: new Map(),
    practicesByCountry: new Map(),
    practicesByCity: new Map(),
    guidesByTheme: new Map(),
    citiesByCountry: new Map(),
    related: new Map(),
    citingChapters: new Map(),
  };
  for (const p of site.practices) {
    for (const theme of p.data.themes) push(idx.practicesByTheme, theme, p);
    for (const cc of p.data.countries) push(idx.practicesByCountry, cc, p);
    for (const city of p.data.cities) push(idx.practicesByCity, city, p);
  }
  for (const g of site.guides) for (const theme of g.data.themes) push(idx.guidesByTheme, theme, g);
  for (const [slug, city] of site.cities) push(idx.citiesByCountry, city.country, slug);

  for (const g of site.guides)
    for (const chapter of g.chapters) {
      const cited = new Set([...chapter.texts.values()].flatMap((t) => citedPractices(t.body)));
      for (const slug of cited) if (idx.practice.has(slug)) push(idx.citingChapters, slug, { guide: g, chapter });
    }

  // Related: the ones the contributor named, then those sharing the most themes and countries (via the
  // theme and country indexes, so the cost grows with the size of each group, not with the square of
  // all practices). A shared theme counts twice a shared country.
  for (const p of site.practices) {
    const chosen = p.data.related.map((s) => idx.practice.get(s)).filter((x): x is PracticeRecord => Boolean(x));
    const score = new Map<string, number>();
    const add = (others: PracticeRecord[] | undefined, weight: number) => {
      for (const other of others ?? []) if (other.slug !== p.slug) score.set(other.slug, (score.get(other.slug) ?? 0) + weight);
    };
    for (const theme of p.data.themes) add(idx.practicesByTheme.get(theme), 2);
    for (const cc of p.data.countries) add(idx.practicesByCountry.get(cc), 1);
    const byScore = [...score]
      .filter(([s]) => !p.data.related.includes(s))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([s]) => idx.practice.get(s)!);
    idx.related.set(p.slug, [...chosen, ...byScore].slice(0, Math.max(RELATED_LIMIT, chosen.length)));
  }
  for (const list of idx.practicesByTheme.values()) list.sort(byRecency);
  for (const list of idx.practicesByCountry.values()) list.sort(byRecency);
  for (const list of idx.practicesByCity.values()) list.sort(byRecency);
  return idx;
}

let cached: Promise<SiteIndexes> | undefined;
export function siteIndexes(): Promise<SiteIndexes> {
  cached ??= siteContent().then(buildIndexes);
  return cached;
}
