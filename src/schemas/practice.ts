import * as z from 'zod/mini';
import { countryCode, httpsUrl, isoDate, localeCode, localizedPartial, shortText, slug, trimmedText, year, yearOrMonth } from './common.ts';
import { schemaMessages as says } from './messages.ts';

export const scopes = ['municipal', 'governorate', 'national', 'multi-country'] as const;
export const governanceLevels = ['local', 'regional', 'national', 'international'] as const;
export const statuses = ['planned', 'ongoing', 'completed', 'suspended', 'discontinued'] as const;
export const evidenceLevels = ['self-reported', 'monitoring-data', 'internal-evaluation', 'independent-evaluation'] as const;
export const reviewStatuses = ['draft', 'reviewed', 'archived'] as const;
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

/** A source is either a reference to a resource entry or a described document. */
export const source = z.union([
  z.strictObject({ resource: slug }),
  z.strictObject({
    title: nonEmpty(),
    publisher: nonEmpty(),
    year,
    url: z.optional(httpsUrl),
  }),
]);

/** content/practices/<slug>/practice.yaml: the language-neutral facts, entered once. */
export const practiceSchema = z.strictObject({
  countries: z.array(countryCode(says.isoCode)).check(z.minLength(1)),
  cities: z._default(z.array(slug), []),
  scope: z.enum(scopes),
  governance_levels: z.array(z.enum(governanceLevels)).check(z.minLength(1)),
  themes: z.array(slug).check(z.minLength(1), z.maxLength(5)),
  target_groups: z._default(z.array(slug), []),
  status: z.enum(statuses),
  start: z.optional(yearOrMonth),
  evidence: z.enum(evidenceLevels),
  review: z.strictObject({ status: z.enum(reviewStatuses), last_reviewed: isoDate }),
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
});

export type Practice = z.infer<typeof practiceSchema>;
export type PracticeText = z.infer<typeof practiceTextSchema>;
export type Source = z.infer<typeof source>;
export type Organisation = z.infer<typeof organisation>;
