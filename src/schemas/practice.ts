import { z } from 'zod';
import { httpsUrl, isoDate, localeCode, localizedPartial, slug, year, yearOrMonth } from './common.ts';

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

/** A source is either a reference to a resource entry or a described document. */
export const source = z.union([
  z.strictObject({ resource: slug }),
  z.strictObject({
    title: z.string().min(1),
    publisher: z.string().min(1),
    year,
    url: httpsUrl.optional(),
  }),
]);

/** content/practices/<slug>/practice.yaml: the language-neutral facts, entered once. */
export const practiceSchema = z.strictObject({
  countries: z.array(z.string().regex(/^[a-z]{2}$/, { message: 'a lower-case ISO 3166-1 code such as "ma"' })).min(1),
  cities: z.array(slug).default([]),
  scope: z.enum(scopes),
  governance_levels: z.array(z.enum(governanceLevels)).min(1),
  themes: z.array(slug).min(1).max(5),
  target_groups: z.array(slug).default([]),
  status: z.enum(statuses),
  start: yearOrMonth.optional(),
  evidence: z.enum(evidenceLevels),
  review: z.strictObject({ status: z.enum(reviewStatuses), last_reviewed: isoDate }),
  sources: z.array(source).min(1),
  original_language: localeCode,
  licence: z.string().min(1).default('CC-BY-4.0'),
  related: z.array(slug).default([]),
  lead_organisation: organisation.optional(),
  partners: z.array(organisation).default([]),
});

/** content/practices/<slug>/<locale>.mdx frontmatter: the text in one language. */
export const practiceTextSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).max(300),
  goal: z.string().trim().min(1),
  approach: z.string().trim().min(1),
  impact: z.string().trim().min(1),
});

export type Practice = z.infer<typeof practiceSchema>;
export type PracticeText = z.infer<typeof practiceTextSchema>;
export type Source = z.infer<typeof source>;
export type Organisation = z.infer<typeof organisation>;
