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
export const byRecency = (a: PracticeRecord, b: PracticeRecord) => b.data.review.date.localeCompare(a.data.review.date) || a.slug.localeCompare(b.slug);

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

  // Related: the ones the contributor named, then those sharing the most themes and countries, ties by
  // slug. A shared theme counts twice a shared country. Scores are summed over the practice's theme and
  // country groups in an array indexed by position, and only the best few are kept, never sorted: a map
  // of scores and a sort of every candidate, per practice, made this the build's one step that grew with
  // the square of the content (docs/performance.md).
  const all = site.practices;
  const position = new Map(all.map((p, i) => [p.slug, i]));
  const positions = (list: PracticeRecord[] | undefined) => (list ?? []).map((p) => position.get(p.slug)!);
  const themeGroups = new Map([...idx.practicesByTheme].map(([k, list]) => [k, positions(list)]));
  const countryGroups = new Map([...idx.practicesByCountry].map(([k, list]) => [k, positions(list)]));
  const slugRank = new Int32Array(all.length);
  [...all.keys()].sort((a, b) => all[a]!.slug.localeCompare(all[b]!.slug)).forEach((i, r) => (slugRank[i] = r));
  const score = new Int32Array(all.length);
  for (const [i, p] of all.entries()) {
    const chosen = p.data.related.map((s) => idx.practice.get(s)).filter((x): x is PracticeRecord => Boolean(x));
    const wanted = Math.max(RELATED_LIMIT, chosen.length) - chosen.length;
    const touched: number[] = [];
    const add = (group: number[] | undefined, weight: number) => {
      for (const j of group ?? []) {
        if (j === i) continue;
        if (score[j] === 0) touched.push(j);
        score[j] = score[j]! + weight;
      }
    };
    for (const theme of p.data.themes) add(themeGroups.get(theme), 2);
    for (const cc of p.data.countries) add(countryGroups.get(cc), 1);
    const better = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && slugRank[a]! < slugRank[b]!);
    const best: number[] = [];
    for (const j of touched) {
      if (wanted === 0 || p.data.related.includes(all[j]!.slug)) continue;
      if (best.length === wanted && !better(j, best[wanted - 1]!)) continue;
      let k = Math.min(best.length, wanted - 1);
      best[k] = j;
      for (; k > 0 && better(best[k]!, best[k - 1]!); k--) [best[k], best[k - 1]] = [best[k - 1]!, best[k]!];
    }
    for (const j of touched) score[j] = 0;
    idx.related.set(p.slug, [...chosen, ...best.map((j) => all[j]!)]);
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
