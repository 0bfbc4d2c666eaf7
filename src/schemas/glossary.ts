import { z } from 'zod';
import { localized } from './common.ts';

/** content/glossary/<term>.yaml: one term, its accepted wording and a short definition in each language. */
export const glossarySchema = z.strictObject({
  term: localized,
  definition: localized,
  /** Abbreviations, synonyms and plural forms readers may type; used by search. */
  aliases: z
    .strictObject({
      en: z.array(z.string().min(1)).default([]),
      ar: z.array(z.string().min(1)).default([]),
      fr: z.array(z.string().min(1)).default([]),
    })
    .default({ en: [], ar: [], fr: [] }),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
