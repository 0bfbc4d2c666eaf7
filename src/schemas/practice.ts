import * as z from 'zod/mini';
import { countryCode, httpsUrl, isoDate, localeCode, localizedPartial, shortText, slug, trimmedText, year, yearOrMonth } from './common.ts';
import { schemaMessages as says } from './messages.ts';

export const scopes = ['municipal', 'governorate', 'national', 'multi-country'] as const;
export const governanceLevels = ['local', 'regional', 'national', 'international'] as const;
export const statuses = ['planned', 'ongoing', 'completed', 'suspended', 'discontinued', 'unknown'] as const;
/** The hub's evidence scale (documented on /{locale}/about/evidence/): 0 described … 4 robust and replicated. */
export const evidenceLevels = ['0', '1', '2', '3', '4'] as const;
/** compiled: assembled by the hub from public sources; confirmed: by the implementer; peer-reviewed: by an independent reviewer. */
export const reviewLevels = ['compiled', 'confirmed', 'peer-reviewed'] as const;
/** How much the sources say about one item of the evidence card, transferability or risks. */
export const reportStates = ['reported', 'partly-reported', 'not-reported'] as const;
/** The evidence card, after EMMIE: effect, mechanism, context, implementation, cost. */
export const cardItems = ['effect', 'mechanism', 'context', 'implementation', 'cost'] as const;
export const transferItems = ['mandate', 'partners', 'staff', 'budget', 'time', 'adaptation'] as const;
export const riskItems = ['stigmatisation', 'securitisation', 'data_protection', 'safety'] as const;
/** Every item a text may explain in its `notes`, in the order pages show them. */
export const noteItems = [...cardItems, ...transferItems, ...riskItems] as const;
/** What a source may be cited for. */
export const sourceSupports = ['facts', 'status', 'start', 'organisations', 'figures', 'outcomes', 'evidence', 'transferability', 'risks'] as const;
export const organisationTypes = [
  'local-government',
  'national-government',
  'civil-society',
  'international-organisation',
  'network',
  'academic',
  'private-sector',
  'other',
] as const;

export const organisation = z.strictObject({
  name: localizedPartial,
  type: z.enum(organisationTypes),
});

const nonEmpty = () => z.string().check(z.minLength(1));

const supports = z.optional(z.array(z.enum(sourceSupports)));

/**
 * A source is either a reference to a resource entry or a described document (title, publisher, year and
 * language; a web page also its address and the day it was consulted).
 */
export const source = z.union([
  z.strictObject({ resource: slug, consulted: z.optional(isoDate), supports }),
  z
    .strictObject({
      title: nonEmpty(),
      publisher: nonEmpty(),
      year,
      language: localeCode,
      url: z.optional(httpsUrl),
      consulted: z.optional(isoDate),
      supports,
    })
    .check(
      z.refine((s) => !s.url || Boolean(s.consulted), { message: says.consulted, path: ['consulted'] }),
      z.refine((s) => !s.consulted || Boolean(s.url), { message: says.webUrl, path: ['url'] }),
    ),
]);

const reportState = z.enum(reportStates);
const reportItems = <const K extends readonly string[]>(keys: K) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, reportState])) as { [P in K[number]]: typeof reportState });

/** content/practices/<slug>/practice.yaml: the language-neutral facts, entered once. */
export const practiceSchema = z.strictObject({
  countries: z.array(countryCode(says.isoCode)).check(z.minLength(1)),
  cities: z._default(z.array(slug), []),
  scope: z.enum(scopes),
  governance_levels: z.array(z.enum(governanceLevels)).check(z.minLength(1)),
  themes: z.array(slug).check(z.minLength(1), z.maxLength(5)),
  target_groups: z._default(z.array(slug), []),
  /** The status as the latest source reports it, and that source's date (never today's). */
  status: z.strictObject({ value: z.enum(statuses), as_of: yearOrMonth }),
  start: z.optional(yearOrMonth),
  evidence: z.strictObject({
    /** Written as a number in YAML (0–4); kept as its code. */
    level: z.pipe(
      z.pipe(
        z.union([z.int(), z.string()]),
        z.transform((v) => String(v)),
      ),
      z.enum(evidenceLevels),
    ),
    /** An evaluation found no effect, or harm. */
    no_effect_found: z._default(z.boolean(), false),
    card: reportItems(cardItems),
  }),
  transferability: reportItems(transferItems),
  risks: reportItems(riskItems),
  review: z.strictObject({ level: z.enum(reviewLevels), date: isoDate }),
  sources: z.array(source).check(z.minLength(1)),
  original_language: localeCode,
  licence: z._default(nonEmpty(), 'CC-BY-4.0'),
  related: z._default(z.array(slug), []),
  lead_organisation: z.optional(organisation),
  partners: z._default(z.array(organisation), []),
});

/** content/practices/<slug>/<locale>.mdx frontmatter: the text in one language. */
export const practiceTextSchema = z.strictObject({
  title: trimmedText(),
  summary: shortText(300),
  goal: trimmedText(),
  approach: trimmedText(),
  impact: trimmedText(),
  /** A sentence or two per evidence-card, transferability or risk item the sources report (practice.yaml says which). */
  notes: z._default(
    z.strictObject(
      Object.fromEntries(noteItems.map((k) => [k, z.optional(trimmedText())])) as { [K in NoteItem]: z.ZodMiniOptional<ReturnType<typeof trimmedText>> },
    ),
    {},
  ),
});

export type Practice = z.infer<typeof practiceSchema>;
export type PracticeText = z.infer<typeof practiceTextSchema>;
export type Source = z.infer<typeof source>;
export type Organisation = z.infer<typeof organisation>;
export type NoteItem = (typeof noteItems)[number];
export type ReportState = (typeof reportStates)[number];
