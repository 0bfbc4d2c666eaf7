import { z } from 'zod';
import { isoDate, localeCode, slug } from './common.ts';

export const activityTypes = ['workshop', 'roundtable', 'dialogue', 'training', 'other'] as const;

/** content/activities/<slug>/activity.yaml: one of the hub's own activities. */
export const activitySchema = z.strictObject({
  type: z.enum(activityTypes),
  start: isoDate,
  end: isoDate.optional(),
  countries: z.array(z.string().regex(/^[a-z]{2}$/)).default([]),
  cities: z.array(slug).default([]),
  themes: z.array(slug).default([]),
  sources: z.array(z.strictObject({ resource: slug })).default([]),
  original_language: localeCode,
});

/** content/activities/<slug>/<locale>.mdx frontmatter. */
export const activityTextSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).max(300),
});

/** content/pages/<page>/<locale>.mdx: standing pages such as "about". */
export const pageTextSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).max(300),
});

export type Activity = z.infer<typeof activitySchema>;
export type ActivityText = z.infer<typeof activityTextSchema>;
