import * as z from 'zod/mini';
import { isoDate, shortText, slug, trimmedText, wholeNumber } from './common.ts';

export const audiences = ['mayors', 'practitioners', 'all'] as const;

/** content/guides/<guide>/guide.yaml */
export const guideSchema = z.strictObject({
  audience: z.enum(audiences),
  order: wholeNumber(0),
  themes: z._default(z.array(slug), []),
  updated: isoDate,
});

/** content/guides/<guide>/<locale>/index.mdx: the guide's title, summary and (as body) its introduction. */
export const guideIntroSchema = z.strictObject({
  title: trimmedText(),
  summary: shortText(300),
});

/** content/guides/<guide>/<locale>/<chapter>.mdx */
export const chapterSchema = z.strictObject({
  title: trimmedText(),
  summary: shortText(300),
  order: wholeNumber(0),
});

/**
 * Both kinds of text in a guide's language folder, as the build reads them: `order` is required of
 * chapters by the file check and by src/lib/guides.ts, which tells introductions and chapters apart by id.
 */
export const guideTextSchema = z.partial(chapterSchema, { order: true });

/**
 * The rules for one guide text, by its file name: `index.mdx` is the introduction, any other file a
 * chapter. The build's loader and `npm run check` both pick the schema here.
 */
export function guideTextRules(chapter: string): typeof guideIntroSchema | typeof chapterSchema {
  return chapter === 'index' ? guideIntroSchema : chapterSchema;
}

export type Guide = z.infer<typeof guideSchema>;
export type GuideIntro = z.infer<typeof guideIntroSchema>;
export type Chapter = z.infer<typeof chapterSchema>;
