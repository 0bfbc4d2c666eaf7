import * as z from 'zod/mini';
import { localized } from './common.ts';

const aliasList = () => z._default(z.array(z.string().check(z.minLength(1))), []);

/** content/glossary/<term>.yaml: one term, its accepted wording and a short definition in each language. */
export const glossarySchema = z.strictObject({
  term: localized,
  definition: localized,
  /** Abbreviations, synonyms and plural forms readers may type; used by search. */
  aliases: z._default(z.strictObject({ en: aliasList(), ar: aliasList(), fr: aliasList() }), { en: [], ar: [], fr: [] }),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
