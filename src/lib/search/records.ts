import type { ActivityRecord, GuideRecord, PracticeRecord, SiteContent, TemplateRecord, TextEntry } from '../content.ts';
import { pickName } from '../fallback.ts';
import { places } from '../taxonomy.ts';
import { urls } from '../urls.ts';
import { joinList, type Locale } from '../../config/locales.ts';
import type { BodyText } from './text.ts';
import { equivalentSynonyms, glossaryEntrySynonyms, recordSynonyms } from './synonyms.ts';
import type { FilterGroup, SearchRecord } from './search-record.ts';
import { asOfYear } from '../evidence.ts';

/**
 * The search records of one language, computed from the collections (the data the pages render), never
 * read back from built pages. src/pages/search-records/[locale].json.ts writes them at build time;
 * src/build/search/build-index.ts hands them to Pagefind (the record's shape: search-record.ts). A record's text is the entry's own words (title, summary, sections, body, a
 * glossary term's synonyms, a resource's publisher and year); interface labels around them on the page
 * ("Goal", "Publisher:") are not part of it.
 */

/** The text of an entry's body (src/lib/search/text.ts): HTML for practice texts, MDX for the others. */
export type BodyReader = (entry: TextEntry) => BodyText;

/** Only the collections search needs, so tests can hand in a small set. */
export type SearchSource = Pick<SiteContent, 'countries' | 'cities' | 'themes' | 'glossary' | 'practices' | 'guides' | 'activities' | 'resources'> &
  Partial<Pick<SiteContent, 'templates'>>;

/** One line of text: line breaks and runs of spaces (U+2028 included) become one space, as the page shows them. */
const joinText = (...parts: (string | undefined)[]) => parts.filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();

function record(
  site: SearchSource,
  r: Omit<SearchRecord, 'synonyms' | 'filters'> & { filters: Record<string, readonly string[]> },
  glossaryTerms: readonly string[],
  extra: string[] = [],
): SearchRecord {
  const filters: Partial<Record<FilterGroup, string[]>> = { type: [r.type] };
  for (const [k, v] of Object.entries(r.filters)) if (v.length > 0) filters[k as FilterGroup] = [...v];
  return { ...r, filters, synonyms: [...recordSynonyms(site, r.lang, filters, glossaryTerms), ...equivalentSynonyms(r.lang, r.text), ...extra] };
}

const meta = (place: string | undefined, date: string | undefined) => ({ ...(place ? { place } : {}), ...(date ? { date } : {}) });

/** The places of an entry as one line in the page's language (`Rabat, Morocco`). */
const placeLine = (site: SearchSource, locale: Locale, countries: readonly string[], cities: readonly string[]) =>
  joinList(
    locale,
    places(site, locale, countries, cities).map((pl) => pl.name),
  );

function practiceRecord(site: SearchSource, p: PracticeRecord, locale: Locale, body: BodyReader): SearchRecord | undefined {
  // A language without its own text shows another language's text in fallback: that text is indexed
  // once, in its own language's index, never passed off as this language.
  const entry = p.texts.get(locale);
  if (!entry) return undefined;
  const d = p.data;
  const t = entry.data;
  const b = body(entry);
  const place = placeLine(site, locale, d.countries, d.cities);
  return record(
    site,
    {
      url: urls.practice(locale, p.slug),
      lang: locale,
      type: 'practice',
      title: t.title,
      text: joinText(t.title, t.summary, t.goal, t.approach, t.impact, ...Object.values(t.notes).filter((n) => n !== undefined), b.text),
      filters: {
        country: d.countries,
        city: d.cities,
        theme: d.themes,
        status: [d.status.value],
        asOf: [asOfYear(d)],
        evidence: [d.evidence.level],
        review: [d.review.level],
      },
      meta: meta(place, d.review.date),
    },
    b.glossaryTerms,
  );
}

function guideRecords(site: SearchSource, g: GuideRecord, locale: Locale, body: BodyReader): SearchRecord[] {
  const filters = { theme: g.data.themes, audience: [g.data.audience] };
  const out: SearchRecord[] = [];
  const intro = g.intro.get(locale);
  if (intro) {
    const b = body(intro);
    out.push(
      record(
        site,
        {
          url: urls.guide(locale, g.slug),
          lang: locale,
          type: 'guide',
          title: intro.data.title,
          text: joinText(intro.data.title, intro.data.summary, b.text),
          filters,
          meta: meta(undefined, g.data.updated),
        },
        b.glossaryTerms,
      ),
    );
  }
  for (const c of g.chapters) {
    const entry = c.texts.get(locale);
    if (!entry) continue;
    const b = body(entry);
    out.push(
      record(
        site,
        {
          url: urls.chapter(locale, g.slug, c.slug),
          lang: locale,
          type: 'chapter',
          title: entry.data.title,
          text: joinText(entry.data.title, entry.data.summary, b.text),
          filters,
          meta: meta(undefined, g.data.updated),
        },
        b.glossaryTerms,
      ),
    );
  }
  return out;
}

function activityRecord(site: SearchSource, a: ActivityRecord, locale: Locale, body: BodyReader): SearchRecord | undefined {
  const entry = a.texts.get(locale);
  if (!entry) return undefined;
  const d = a.data;
  const b = body(entry);
  const place = placeLine(site, locale, d.countries, d.cities);
  return record(
    site,
    {
      url: urls.activity(locale, a.slug),
      lang: locale,
      type: 'activity',
      title: entry.data.title,
      text: joinText(entry.data.title, entry.data.summary, b.text),
      filters: { country: d.countries, city: d.cities, theme: d.themes },
      meta: meta(place, d.start),
    },
    b.glossaryTerms,
  );
}

function templateRecord(site: SearchSource, tpl: TemplateRecord, locale: Locale, body: BodyReader): SearchRecord | undefined {
  const entry = tpl.texts.get(locale);
  if (!entry) return undefined;
  const b = body(entry);
  return record(
    site,
    {
      url: urls.template(locale, tpl.slug),
      lang: locale,
      type: 'template',
      title: entry.data.title,
      text: joinText(entry.data.title, entry.data.summary, b.text),
      filters: {},
      meta: meta(undefined, tpl.data.updated),
    },
    b.glossaryTerms,
  );
}

/**
 * Every record of one language, in address order. Glossary terms and resources are written in every
 * language (their schemas require it), so each is a record of every language; a resource's title may
 * be in another language (the one it was published in), its description is in this one.
 */
export function searchRecords(site: SearchSource, locale: Locale, body: BodyReader): SearchRecord[] {
  const out: SearchRecord[] = [];
  for (const p of site.practices) {
    const r = practiceRecord(site, p, locale, body);
    if (r) out.push(r);
  }
  for (const g of site.guides) out.push(...guideRecords(site, g, locale, body));
  for (const a of site.activities) {
    const r = activityRecord(site, a, locale, body);
    if (r) out.push(r);
  }
  for (const tpl of site.templates ?? []) {
    const r = templateRecord(site, tpl, locale, body);
    if (r) out.push(r);
  }
  for (const [slug, g] of site.glossary) {
    const title = g.term[locale];
    const text = joinText(title, g.definition[locale], joinList(locale, g.aliases[locale] ?? []));
    out.push(
      record(
        site,
        { url: `${urls.glossary(locale)}#${slug}`, lang: locale, type: 'glossary', title, text, filters: {}, meta: {} },
        [],
        glossaryEntrySynonyms(site, slug),
      ),
    );
  }
  for (const [slug, r] of site.resources) {
    const title = pickName(r.title, locale).text;
    const text = joinText(title, r.description[locale], r.publisher, r.year === undefined ? undefined : String(r.year));
    out.push(
      record(
        site,
        {
          url: urls.resource(locale, slug),
          lang: locale,
          type: 'resource',
          title,
          text,
          filters: {},
          meta: meta(undefined, r.year === undefined ? undefined : String(r.year)),
        },
        [],
      ),
    );
  }
  return out.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}
