import { describe, expect, it } from 'vitest';
import { otherLocales, pageKey } from '../../src/lib/search/cross-language.ts';
import { equivalentSynonyms } from '../../src/lib/search/synonyms.ts';

describe('search across languages: which other index to ask', () => {
  it('a Latin query on the French page asks English; on the English page, French', () => {
    expect(otherLocales('fr', 'gender equality')).toEqual(['en']);
    expect(otherLocales('en', 'égalité femmes-hommes')).toEqual(['fr']);
  });
  it('on the Arabic page a Latin query asks French first when it looks French, else English first', () => {
    expect(otherLocales('ar', 'égalité femmes-hommes')).toEqual(['fr', 'en']);
    expect(otherLocales('ar', 'rapports de la commune')).toEqual(['fr', 'en']);
    expect(otherLocales('ar', 'gender equality')).toEqual(['en', 'fr']);
  });
  it('an Arabic query asks Arabic, and nothing on the Arabic page', () => {
    expect(otherLocales('fr', 'لجان فرعية')).toEqual(['ar']);
    expect(otherLocales('ar', 'لجان فرعية')).toEqual([]);
  });
  it('one page in two languages has one key', () => {
    expect(pageKey('/hub/fr/practices/x/', 'fr')).toBe(pageKey('/hub/en/practices/x/', 'en'));
    expect(pageKey('/en/glossary/#gender-equality', 'en')).toBe('/glossary/#gender-equality');
  });
});

describe('equivalent expressions (src/config/search-equivalents.ts)', () => {
  it('a French text about each quarter is also found by the adjective, in its inflected forms', () => {
    const words = equivalentSynonyms('fr', 'Les sous-comités rendent compte chaque trimestre au Comité national.');
    expect(words).toEqual(expect.arrayContaining(['trimestriel', 'trimestriels', 'trimestrielles']));
    expect(words).not.toContain('trimestre'); // already in the text
  });
  it('Arabic: كل ثلاثة أشهر and فصلية find each other and ربع سنوية, through the folding (hamza, ة, article)', () => {
    expect(equivalentSynonyms('ar', 'وترفع تقاريرها إلى اللجنة الوطنية كل ثلاثة أشهر.')).toEqual(expect.arrayContaining(['فصلية', 'ربع سنوية']));
    expect(equivalentSynonyms('ar', 'رفع تقارير فصليه')).toEqual(expect.arrayContaining(['كل ثلاثة أشهر', 'ربع سنوية']));
  });
  it('an expression counts only as whole words in order, and in its own language', () => {
    expect(equivalentSynonyms('en', 'three months every year')).toEqual([]);
    expect(equivalentSynonyms('en', 'reports quarterly')).toEqual(expect.arrayContaining(['every three months']));
    expect(equivalentSynonyms('en', 'rapport trimestriel')).toEqual([]);
    expect(equivalentSynonyms('fr', 'nothing of the kind')).toEqual([]);
  });
});
