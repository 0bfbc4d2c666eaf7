import * as z from 'zod/mini';
import { httpsUrl, localizedPartial, localized, year } from './common.ts';

export const resourceTypes = ['memorandum', 'toolkit', 'report', 'policy-paper', 'programme', 'organisation', 'other'] as const;

/** content/resources/<slug>.yaml: an external document, programme or partner. */
export const resourceSchema = z.strictObject({
  type: z.enum(resourceTypes),
  publisher: z.string().check(z.minLength(1)),
  year: z.optional(year),
  title: localizedPartial,
  description: localized,
  /** Only addresses found on the publisher's own site; one per language where a version exists. */
  link: z._default(z.strictObject({ en: z.optional(httpsUrl), ar: z.optional(httpsUrl), fr: z.optional(httpsUrl) }), {}),
});

export type Resource = z.infer<typeof resourceSchema>;
