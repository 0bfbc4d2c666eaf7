import * as z from 'zod/mini';
import { countryCode, isoDate, localeCode, shortText, slug, trimmedText } from './common.ts';
import { schemaMessages as says } from './messages.ts';
import { source } from './practice.ts';

export const activityTypes = ['workshop', 'roundtable', 'dialogue', 'training', 'other'] as const;

/** content/activities/<slug>/activity.yaml: one of the hub's own activities. */
export const activitySchema = z.strictObject({
  type: z.enum(activityTypes),
  start: isoDate,
  end: z.optional(isoDate),
  countries: z._default(z.array(countryCode(says.isoCode)), []),
  cities: z._default(z.array(slug), []),
  themes: z._default(z.array(slug), []),
  sources: z._default(z.array(source), []),
  original_language: localeCode,
});

/** content/activities/<slug>/<locale>.mdx frontmatter. */
export const activityTextSchema = z.strictObject({
  title: trimmedText(),
  summary: shortText(300),
});

/** content/pages/<page>/<locale>.mdx: standing pages such as "about". */
export const pageTextSchema = z.strictObject({
  title: trimmedText(),
  summary: shortText(300),
});

export type Activity = z.infer<typeof activitySchema>;
export type ActivityText = z.infer<typeof activityTextSchema>;
