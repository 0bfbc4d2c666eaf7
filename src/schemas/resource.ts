import { z } from 'zod';
import { httpsUrl, localizedPartial, localized } from './common.ts';

export const resourceTypes = ['memorandum', 'toolkit', 'report', 'policy-paper', 'programme', 'organisation', 'other'] as const;

/** content/resources/<slug>.yaml: an external document, programme or partner. */
export const resourceSchema = z.strictObject({
  type: z.enum(resourceTypes),
  publisher: z.string().min(1),
  year: z.number().int().min(1900).max(2100).optional(),
  title: localizedPartial,
  description: localized,
  /** Only addresses found on the publisher's own site; one per language where a version exists. */
  link: z.strictObject({ en: httpsUrl.optional(), ar: httpsUrl.optional(), fr: httpsUrl.optional() }).default({}),
});

export type Resource = z.infer<typeof resourceSchema>;
