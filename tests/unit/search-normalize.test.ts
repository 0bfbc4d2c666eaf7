import { describe, expect, it } from 'vitest';
import { foldForIndex, foldQuery, foldWord, indexForms } from '../../src/lib/search/normalize.ts';

const same = (a: string, b: string) => expect(foldWord(a), `${a} ~ ${b}`).toBe(foldWord(b));

describe('search folding', () => {
  it('drops Arabic diacritics and tatweel', () => {
    same('الشَّبَاب', 'الشباب');
    same('الشـــباب', 'الشباب');
  });
  it('folds hamza forms of alef', () => {
    same('إعادة', 'اعادة');
    same('أطفال', 'اطفال');
    same('آمنة', 'امنة');
  });
  it('treats ة and ه, ى and ي as the same letter', () => {
    same('بلدية', 'بلديه');
    same('مستوى', 'مستوي');
  });
  it('removes the attached conjunction with the article', () => {
    same('والشباب', 'الشباب');
    same('فالشباب', 'الشباب');
    same('وبالشباب', 'شباب');
  });
  it('reduces sound plurals with and without the article to one stem', () => {
    same('بلديات', 'بلدية');
    same('البلديات', 'بلدية');
    same('المشاركين', 'مشارك');
    same('المشاركون', 'المشارك');
  });
  it('keeps short roots whole', () => {
    expect(foldWord('الدين')).toBe('دين');
    expect(foldWord('سنة')).toBe('سنه');
  });
  it('indexes a و-initial word under both readings', () => {
    expect(indexForms('وشباب')).toEqual(['وشباب', 'شباب']);
    expect(indexForms('وزارة')).toEqual(['وزار', 'زار']);
    expect(indexForms('لإعادة')).toEqual(['لاعاد', 'اعاد']);
    expect(indexForms('للشباب')).toEqual(['شباب']);
  });
  it('maps Arabic-Indic digits to Latin digits', () => {
    expect(foldWord('٢٠٢٣')).toBe('2023');
    expect(foldWord('۸۰')).toBe('80');
  });
  it('folds French accents, ligatures, elisions and both apostrophes', () => {
    same('œuvre', 'oeuvre');
    same('l’intégration', 'integration');
    same("l'intégration", 'Intégration');
    same('d’État', 'etat');
    same('jusqu’à', 'a');
  });
  it('lower-cases and drops the English possessive', () => {
    same('Rabat’s', 'rabat');
    same('NATIONAL', 'national');
  });
  it('folds whole texts and queries with the same segmentation', () => {
    expect(foldQuery('  ؟!  ')).toBe('');
    expect(foldQuery('L’intégration des jeunes')).toBe('integration des jeunes');
    expect(foldForIndex('national-local cooperation')).toBe('national local cooperation');
    expect(foldForIndex('والشباب، والنساء.')).toBe(`${foldWord('الشباب')} ${foldWord('النساء')}`);
  });
});

import { excerpt } from '../../src/lib/search/excerpt.ts';
import { foldQuery as fq } from '../../src/lib/search/normalize.ts';

describe('excerpts', () => {
  const terms = (q: string) => fq(q).split(' ');
  it('marks the words as written, matched through their folded forms', () => {
    const parts = excerpt('تعمل البلدية مع والشباب في الأحياء.', terms('الشباب'));
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['والشباب']);
    expect(parts.map((p) => p.text).join('')).toBe('تعمل البلدية مع والشباب في الأحياء.');
  });
  it('cuts a long text around the matches and says so', () => {
    const long = `${'mot '.repeat(60)}l’intégration des jeunes ${'fin '.repeat(60)}`;
    const text = excerpt(long, terms("l'integration"), 10)
      .map((p) => (p.mark ? `[${p.text}]` : p.text))
      .join('');
    expect(text).toMatch(/^… (mot )+\[l’intégration\] des jeunes/);
    expect(text.endsWith(' …')).toBe(true);
  });
  it('shows the start of the text when nothing matches', () => {
    expect(
      excerpt('One two three.', terms('zzz'), 2)
        .map((p) => p.text)
        .join(''),
    ).toBe('One two …');
  });
});
