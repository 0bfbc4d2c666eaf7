import { z } from 'zod';
import { isoDate, slug } from './common.ts';

export const audiences = ['mayors', 'practitioners', 'all'] as const;

/** content/guides/<guide>/guide.yaml */
export const guideSchema = z.strictObject({
  audience: z.enum(audiences),
  order: z.number().int().min(0),
  themes: z.array(slug).default([]),
  updated: isoDate,
});

/** content/guides/<guide>/<locale>/index.mdx: the guide's title, summary and (as body) its introduction. */
export const guideIntroSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).max(300),
});

/** content/guides/<guide>/<locale>/<chapter>.mdx */
export const chapterSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).max(300),
  order: z.number().int().min(0),
});

/**
 * The rules for a guide text, by its file name: `index.mdx` is the introduction, any other file a chapter.
 * The build's loader and `npm run check` both pick the schema here.
 */
export function guideTextSchema(chapter: string): typeof guideIntroSchema | typeof chapterSchema {
  return chapter === 'index' ? guideIntroSchema : chapterSchema;
}

export type Guide = z.infer<typeof guideSchema>;
export type GuideIntro = z.infer<typeof guideIntroSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
