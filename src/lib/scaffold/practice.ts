import { cardItems, citySchema, practiceSchema, practiceTextSchema, riskItems, slug as slugSchema, transferItems, type Practice } from '../../schemas/index.ts';
import { classify } from '../content-layout.ts';
import { crossCheck } from '../crosscheck.ts';
import { contentIssue, fieldName, msg, verbatim } from '../issues.ts';
import { isAllowedUrl } from '../mdx-safety.ts';
import { defaultLocale, isLocale, localeCodes, type Locale } from '../../config/locales.ts';
import { issue, schemaIssues, valueAt } from './check.ts';
import {
  narrativeKeys,
  type NewCityAnswer,
  type PracticeAnswers,
  type ScaffoldContext,
  type ScaffoldIssue,
  type ScaffoldResult,
  type ScaffoldText,
} from './types.ts';
import { cleanText, comment, flowList, flowMap, linkTargets, mdxFile, mdxText, oneLine, plain, quoted } from './write.ts';

/** How a scaffold is written: the interface language of the comments, today's date, the resolved words. */
export interface ScaffoldEnv {
  ui: Locale;
  /** YYYY-MM-DD, for `review.last_reviewed`. */
  today: string;
  text: ScaffoldText;
}

export const emptyCity = (): NewCityAnswer => ({ slug: '', country: '', lat: '', lon: '', name: { en: '', ar: '', fr: '' } });

export const emptyPractice = (): PracticeAnswers => ({
  slug: '',
  lang: '',
  countries: [],
  cities: [],
  newCity: emptyCity(),
  scope: '',
  levels: [],
  themes: [],
  targetGroups: [],
  status: '',
  asOf: '',
  start: '',
  evidence: '',
  resources: [],
  documents: [],
  related: [],
  lead: { name: '', type: '' },
  partners: [],
  title: '',
  summary: '',
  goal: '',
  approach: '',
  impact: '',
  context: '',
  cooperation: '',
  lessons: '',
  replicate: '',
});

const filled = (...values: string[]) => values.some((v) => v.trim() !== '');
const yearValue = (y: string): string | number => (/^\d{1,4}$/.test(y.trim()) ? Number(y.trim()) : y.trim());
const uniq = (values: readonly string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/** The taxonomy file a new city is added to. */
export const citiesFile = 'taxonomy/cities.yaml';

/** A new city is proposed as soon as any of its own answers is given (the country alone may be preset). */
export const newCityUsed = (c: NewCityAnswer | undefined): c is NewCityAnswer =>
  c !== undefined && filled(c.slug, c.lat, c.lon, ...localeCodes.map((l) => c.name[l] ?? ''));

/** The new city, if any, its country defaulting to the practice's when the practice names just one. */
function proposedCity(a: PracticeAnswers): NewCityAnswer | undefined {
  if (!newCityUsed(a.newCity)) return undefined;
  const only = uniq(a.countries);
  return a.newCity.country.trim() || only.length !== 1 ? a.newCity : { ...a.newCity, country: only[0]! };
}

/** Degrees as a number when they read as one (a decimal comma accepted), else the text, for the schema to name. */
const degrees = (value: string): number | string | undefined => {
  const v = value.trim().replace(/^([-+]?\d+),(\d+)$/, '$1.$2');
  if (!v) return undefined;
  return /^[-+]?\d+(?:\.\d+)?$/.test(v) ? Number(v) : v;
};

/** The cities.yaml entry the answers stand for. */
function cityFrom(c: NewCityAnswer) {
  return {
    name: Object.fromEntries(localeCodes.filter((l) => (c.name[l] ?? '').trim()).map((l) => [l, oneLine(c.name[l])])),
    country: c.country.trim() || undefined,
    lat: degrees(c.lat),
    lon: degrees(c.lon),
  };
}

/** What stops the new city: its short name, then its entry, checked by the taxonomy's own schema. */
function cityIssues(c: NewCityAnswer, ctx: ScaffoldContext, lang: Locale): ScaffoldIssue[] {
  const slug = c.slug.trim();
  const where = (field: string) => (field ? `${slug || '<slug>'}.${field}` : slug || '<slug>');
  const slugProblems = !slug
    ? [issue(citiesFile, where(''), 'newCity.slug', 'required', msg('check.expected.newCitySlug'), msg('check.value.nothing'))]
    : Object.hasOwn(ctx.cities, slug)
      ? [
          issue(
            citiesFile,
            where(''),
            'newCity.slug',
            'slugTaken',
            msg('check.expected.freeName'),
            msg('check.value.taken', { value: verbatim(JSON.stringify(slug)) }),
            {
              value: slug,
            },
          ),
        ]
      : schemaIssues(slugSchema, slug, citiesFile, () => 'newCity.slug');
  // A name in no language belongs to the name in the text's language, the one she surely knows.
  const answerOf = (path: readonly PropertyKey[]) =>
    path[0] === 'name' ? `newCity.name.${isLocale(path[1]) ? path[1] : lang}` : `newCity.${String(path[0] ?? 'slug')}`;
  const entryProblems = schemaIssues(citySchema, cityFrom(c), citiesFile, answerOf).map((i) => ({
    ...i,
    field: where(i.field),
    // "a name in at least one language", with none given, is a missing answer.
    kind: i.field === 'name' ? ('required' as const) : i.kind,
  }));
  const problems = [...slugProblems.map((i) => ({ ...i, field: where('') })), ...entryProblems];
  if (c.country && !ctx.countries.includes(c.country))
    problems.push(
      issue(citiesFile, where('country'), 'newCity.country', 'unknown', msg('check.expected.countryCode'), verbatim(JSON.stringify(c.country)), {
        value: c.country,
      }),
    );
  return problems;
}

/** The lines that add the city at the end of taxonomy/cities.yaml (a blank line first, to set it apart). */
function cityYaml(c: NewCityAnswer, note: (key: string, values?: Record<string, string | number>) => string, practice: string): string {
  const data = cityFrom(c);
  const names = Object.entries(data.name).map(([l, n]) => `${l}: ${quoted(n)}`);
  return [
    '',
    note('newCity', { practice }),
    `${plain(c.slug.trim())}:`,
    `  name: { ${names.join(', ')} }`,
    `  country: ${plain(data.country ?? '')}`,
    `  lat: ${plain(data.lat ?? '')}`,
    `  lon: ${plain(data.lon ?? '')}`,
    '',
  ].join('\n');
}

/** The practice.yaml data the answers stand for, as the checker will read it back. */
function factsFrom(a: PracticeAnswers, today: string) {
  const lang = a.lang || defaultLocale;
  const documents = a.documents.map((d, row) => ({ d, row })).filter(({ d }) => filled(d.title, d.publisher, d.year, d.url));
  const partners = a.partners.map((p, row) => ({ p, row })).filter(({ p }) => filled(p.name, p.type));
  const org = (o: { name: string; type: string }) => ({ name: { [lang]: oneLine(o.name) }, type: o.type || undefined });
  const start = a.start.trim();
  const asOf = a.asOf.trim();
  const city = proposedCity(a);
  const notReported = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 'not-reported'])) as Record<K, 'not-reported'>;
  const data = {
    countries: uniq([...a.countries, ...(city?.country ? [city.country] : [])]),
    cities: uniq([...a.cities, ...(city ? [city.slug] : [])]),
    scope: a.scope || undefined,
    governance_levels: uniq(a.levels),
    themes: uniq(a.themes),
    target_groups: uniq(a.targetGroups),
    status: { value: a.status || undefined, as_of: asOf ? (/^\d{4}$/.test(asOf) ? Number(asOf) : asOf) : undefined },
    ...(start ? { start: /^\d{4}$/.test(start) ? Number(start) : start } : {}),
    // What the sources say about each card, transferability and risk item is the editors' work from the
    // sources: a proposal starts with "not reported" everywhere, written out so the contributor sees it.
    evidence: { level: a.evidence || undefined, no_effect_found: false, card: notReported(cardItems) },
    transferability: notReported(transferItems),
    risks: notReported(riskItems),
    review: { level: 'compiled', date: today },
    sources: [
      ...uniq(a.resources).map((resource) => ({ resource })),
      ...documents.map(({ d }) => ({
        title: oneLine(d.title),
        publisher: oneLine(d.publisher),
        year: yearValue(d.year),
        // Most documents a contributor cites are in the language she writes in; the file says so and can be changed.
        language: lang,
        ...(d.url.trim() ? { url: d.url.trim(), consulted: today } : {}),
      })),
    ],
    original_language: a.lang || undefined,
    licence: 'CC-BY-4.0',
    related: uniq(a.related),
    ...(filled(a.lead.name, a.lead.type) ? { lead_organisation: org(a.lead) } : {}),
    partners: partners.map(({ p }) => org(p)),
  };
  const resourceCount = uniq(a.resources).length;
  /** practice.yaml path → the answer (form field, prompt, flag) it comes from. */
  const answerOf = (path: readonly PropertyKey[]): string => {
    const [head, index, key] = path;
    switch (head) {
      case 'governance_levels':
        return 'levels';
      case 'target_groups':
        return 'targetGroups';
      case 'original_language':
        return 'lang';
      case 'status':
        return index === 'as_of' ? 'asOf' : 'status';
      case 'evidence':
        return 'evidence';
      case 'lead_organisation':
        return `lead.${index === 'type' ? 'type' : 'name'}`;
      case 'partners':
        return typeof index === 'number' ? `partners.${partners[index]?.row ?? index}.${key === 'type' ? 'type' : 'name'}` : 'partners';
      case 'sources': {
        if (typeof index !== 'number' || index < resourceCount) return 'resources';
        const row = documents[index - resourceCount]?.row ?? 0;
        return `documents.${row}.${typeof key === 'string' && ['title', 'publisher', 'year', 'url'].includes(key) ? key : 'title'}`;
      }
      default:
        return typeof head === 'string' ? head : '';
    }
  };
  return { data, answerOf };
}

function textFrom(a: PracticeAnswers) {
  return { title: oneLine(a.title), summary: oneLine(a.summary), goal: oneLine(a.goal), approach: oneLine(a.approach), impact: oneLine(a.impact) };
}

/** A new folder name: well formed (the same rule as the file check) and not taken. */
export function slugIssues(slug: string, path: string, taken: boolean, answer = 'slug'): ScaffoldIssue[] {
  if (!slug.trim()) return [issue(path, '', answer, 'required', msg('check.expected.newSlug'), msg('check.value.nothing'))];
  const c = classify(path);
  if (!c.ok) {
    // The words `npm run check` uses for a file it cannot place.
    return [issue(path, '', answer, 'slug', c.expected, msg('check.value.unknownFile'), { value: slug })];
  }
  if (taken)
    return [
      issue(path, '', answer, 'slugTaken', msg('check.expected.freeName'), msg('check.value.taken', { value: verbatim(JSON.stringify(slug)) }), {
        value: slug,
      }),
    ];
  return [];
}

/**
 * Links in contributor Markdown must go to web addresses or pages of the site (the MDX safety rule of
 * the build and `npm run check`, src/lib/mdx-safety.ts, said here before the file exists).
 */
export function unsafeLinkIssues(markdown: string, file: string, answer: string): ScaffoldIssue[] {
  return linkTargets(markdown)
    .filter((target) => !isAllowedUrl(target))
    .map((target) => ({
      ...contentIssue({
        severity: 'error',
        file,
        field: '',
        expected: msg('check.mdx.expected.url'),
        found: msg('check.mdx.found.url', { url: verbatim(JSON.stringify(target)) }),
      }),
      answer,
      kind: 'unsafe' as const,
      params: { value: target },
    }));
}

/** A generic "invalid" issue adds nothing when the same answer already has a precise one. */
export function withoutEchoes(issues: ScaffoldIssue[]): ScaffoldIssue[] {
  return issues.filter((i) => i.kind !== 'invalid' || !issues.some((j) => j !== i && j.answer === i.answer && j.kind !== 'invalid'));
}

export function checkPractice(a: PracticeAnswers, ctx: ScaffoldContext, env: Pick<ScaffoldEnv, 'today'>): ScaffoldIssue[] {
  const slug = a.slug.trim();
  // Before the answers are given, the paths say what goes there (`practices/<slug>/<lang>.mdx`).
  const folder = `practices/${slug || '<slug>'}`;
  const factsFile = `${folder}/practice.yaml`;
  const textFile = `${folder}/${a.lang || '<lang>'}.mdx`;
  const issues: ScaffoldIssue[] = [...slugIssues(slug, factsFile, Object.hasOwn(ctx.practices, slug))];
  const newCity = proposedCity(a);
  if (newCity) issues.push(...cityIssues(newCity, ctx, isLocale(a.lang) ? a.lang : defaultLocale));
  const { data, answerOf } = factsFrom(a, env.today);
  // An empty source list belongs to the sources as a whole (resources ticked or documents described).
  // The new city's name is checked once, on its own answer (cityIssues), not again in the practice's list.
  const cityField = newCity ? fieldName(['cities', data.cities.indexOf(newCity.slug.trim())]) : undefined;
  issues.push(
    ...schemaIssues(practiceSchema, data, factsFile, answerOf)
      .filter((i) => i.field !== cityField)
      .map((i) => (i.field === 'sources' ? { ...i, kind: 'source' as const } : i)),
  );
  issues.push(...schemaIssues(practiceTextSchema, textFrom(a), textFile, (p) => String(p[0] ?? '')));

  // References: the same cross-check as the build and `npm run check`, on this one practice. It reads
  // only the lists and the language, so it runs even when other answers are still missing.
  const cross = crossCheck({
    countries: new Set(ctx.countries),
    cities: new Map([
      ...Object.entries(ctx.cities).map(([city, country]) => [city, { country, file: citiesFile }] as const),
      ...(newCity ? [[newCity.slug.trim(), { country: newCity.country, file: citiesFile }] as const] : []),
    ]),
    themes: new Set(ctx.themes),
    targetGroups: new Set(ctx.targetGroups),
    resources: new Set(ctx.resources),
    // Related practices are checked below against the folder list (the cross-check wants their data).
    practices: [
      {
        slug,
        file: factsFile,
        data: { ...data, related: [], original_language: isLocale(a.lang) ? a.lang : defaultLocale } as unknown as Practice,
        locales: [isLocale(a.lang) ? a.lang : defaultLocale],
      },
    ],
    guides: [],
    activities: [],
  });
  const seen = new Set(issues.map((i) => i.field));
  for (const c of cross) {
    if (c.severity !== 'error' || c.file !== factsFile || seen.has(c.field)) continue;
    // The new city's own problems are reported on its answers, not again on the practice's list.
    if (newCity && c.path[0] === 'cities' && valueAt(data, c.path) === newCity.slug.trim()) continue;
    const value = String(valueAt(data, c.path) ?? '');
    const city = c.path[0] === 'cities' ? ctx.cities[value] : undefined;
    const { path: _path, ...rest } = c;
    issues.push({ ...rest, answer: answerOf(c.path), kind: city ? 'cityCountry' : 'unknown', params: { value, country: city ?? '' } });
  }
  data.related.forEach((rel, i) => {
    // The cross-check's own words (check.expected.*), so every tool says the same in every language.
    const expected = rel === slug ? 'check.expected.otherPractice' : !Object.hasOwn(ctx.practices, rel) ? 'check.expected.practiceFolder' : undefined;
    if (!expected) return;
    const ci = contentIssue({
      severity: 'error',
      file: factsFile,
      field: fieldName(['related', i]),
      expected: msg(expected),
      found: verbatim(JSON.stringify(rel)),
    });
    issues.push({ ...ci, answer: 'related', kind: 'unknown', params: { value: rel } });
  });
  for (const key of narrativeKeys) issues.push(...unsafeLinkIssues(cleanText(a[key]), textFile, key));
  return withoutEchoes(issues);
}

/** The two files of a new practice, or what stops them. */
export function scaffoldPractice(a: PracticeAnswers, ctx: ScaffoldContext, env: ScaffoldEnv): ScaffoldResult {
  const issues = checkPractice(a, ctx, env);
  if (issues.length > 0) return { ok: false, issues };
  const lang = a.lang as Locale;
  const slug = a.slug.trim();
  const { data } = factsFrom(a, env.today);
  const newCity = proposedCity(a);
  const c = env.text.comment;
  const note = (key: string, values?: Record<string, string | number>) => comment(c[key] ?? key, values);
  const org = (o: { name: Record<string, string | undefined>; type?: string | undefined }) =>
    `{ name: { ${lang}: ${quoted(o.name[lang] ?? '')} }, type: ${plain(o.type ?? '')} }`;
  const field = (key: string, line: string) => ['', note(key), line];

  const yaml = [
    note('practiceHeader', { slug, textFile: `${lang}.mdx` }),
    ...field('countries', `countries: ${flowList(data.countries)}`),
    ...field('cities', `cities: ${flowList(data.cities)}`),
    ...field('scope', `scope: ${plain(data.scope!)}`),
    ...field('levels', `governance_levels: ${flowList(data.governance_levels)}`),
    ...field('themes', `themes: ${flowList(data.themes)}`),
    ...field('targetGroups', `target_groups: ${flowList(data.target_groups)}`),
    ...field('status', `status: { value: ${plain(data.status.value!)}, as_of: ${plain(data.status.as_of!)} }`),
    ...('start' in data && data.start !== undefined ? field('start', `start: ${plain(data.start)}`) : ['', note('startMissing')]),
    ...field('evidence', 'evidence:'),
    `  level: ${plain(data.evidence.level!)}`,
    `  card: ${flowMap(data.evidence.card)}`,
    ...field('reportItems', `transferability: ${flowMap(data.transferability)}`),
    `risks: ${flowMap(data.risks)}`,
    ...field('review', `review: { level: compiled, date: ${plain(env.today)} }`),
    '',
    note('sources'),
    'sources:',
    ...data.sources.map((s) =>
      'resource' in s
        ? `  - resource: ${plain(s.resource)}`
        : `  - { title: ${quoted(s.title)}, publisher: ${quoted(s.publisher)}, year: ${plain(s.year)}, language: ${plain(s.language)}${s.url ? `, url: ${quoted(s.url)}, consulted: ${plain(s.consulted ?? env.today)}` : ''} }`,
    ),
    ...field('original', `original_language: ${plain(lang)}`),
    ...field('licence', `licence: ${plain(data.licence)}`),
    ...field('related', `related: ${flowList(data.related)}`),
    ...('lead_organisation' in data && data.lead_organisation ? field('lead', `lead_organisation: ${org(data.lead_organisation)}`) : ['', note('leadMissing')]),
    '',
    note('partners'),
    ...(data.partners.length === 0 ? ['partners: []'] : ['partners:', ...data.partners.map((p) => `  - ${org(p)}`)]),
  ].join('\n');

  const text = textFrom(a);
  const headings = env.text.headings[lang];
  const body = narrativeKeys.map((key) => [`## ${headings[key]}`, mdxText(a[key])].filter(Boolean).join('\n\n')).join('\n\n');
  const mdx = mdxFile(
    [
      note('textHeader', { language: env.text.languageNames[lang], slug }),
      `title: ${quoted(text.title)}`,
      `summary: ${quoted(text.summary)}`,
      `goal: ${quoted(text.goal)}`,
      `approach: ${quoted(text.approach)}`,
      `impact: ${quoted(text.impact)}`,
    ],
    body,
  );
  return {
    ok: true,
    files: [
      { path: `practices/${slug}/practice.yaml`, content: `${yaml}\n` },
      { path: `practices/${slug}/${lang}.mdx`, content: mdx },
      ...(newCity ? [{ path: citiesFile, content: cityYaml(newCity, note, slug), append: true }] : []),
    ],
  };
}
