import type { Locale } from './locales.ts';

/**
 * Expressions that say the same thing in one language although no stemmer brings them together: a noun
 * and the adjective derived from it (trimestre → trimestriel), a one-word and a several-word way of
 * saying it (فصلية، ربع سنوية، كل ثلاثة أشهر). A record whose text holds one expression of a group is also
 * found by the others (added to its synonyms at half weight, src/lib/search/synonyms.ts). Expressions are
 * matched whole, word by word, after the search folding (src/lib/search/normalize.ts), so accents,
 * hamza, the feminine ending and sound plurals need no listing; inflected forms a folding does not reach
 * (French plural and feminine adjectives) are listed. docs/search.md measures each gap these close.
 *
 * Add a group when a reader's wording misses a page that says the same thing; keep each group to one
 * meaning, since every expression in it finds every record that uses any of them.
 */
export const searchEquivalents: Record<Locale, readonly (readonly string[])[]> = {
  en: [
    ['quarterly', 'every quarter', 'each quarter', 'every three months'],
    ['half-yearly', 'six-monthly', 'half-year', 'every six months'],
  ],
  fr: [
    ['trimestre', 'trimestres', 'trimestriel', 'trimestriels', 'trimestrielle', 'trimestrielles', 'trimestriellement', 'tous les trois mois'],
    ['semestre', 'semestres', 'semestriel', 'semestriels', 'semestrielle', 'semestrielles', 'semestriellement', 'tous les six mois'],
  ],
  ar: [
    ['فصلية', 'فصليًا', 'ربع سنوية', 'كل ثلاثة أشهر', 'كل ربع سنة'],
    ['نصف سنوية', 'كل ستة أشهر'],
  ],
};
