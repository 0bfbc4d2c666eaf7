import { describe, expect, it } from 'vitest';
import { maxCompared, parseSelection } from '../../src/lib/compare-url.ts';
import { toggled } from '../../src/client/compare-selection.ts';
import { shortForm } from '../../src/lib/brief-view.ts';

describe('compare selection', () => {
  it('takes slugs from the address: no repeats, nothing that is not a slug, at most three', () => {
    expect(parseSelection('a-b,c,a-b')).toEqual(['a-b', 'c']);
    expect(parseSelection(' a , ../x,<b>,,C ')).toEqual(['a']);
    expect(parseSelection('a,b,c,d')).toEqual(['a', 'b', 'c']);
    expect(parseSelection(null)).toEqual([]);
    expect(maxCompared).toBe(3);
  });

  it('adds and removes one practice; a fourth makes the oldest give way', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['a', 'b', 'c'], 'd')).toEqual(['b', 'c', 'd']);
  });
});

describe('brief: a text too long for the page keeps whole sentences', () => {
  it('leaves a short text as written', () => {
    expect(shortForm('One. Two.', 100, 'en')).toEqual({ text: 'One. Two.', shortened: false });
  });

  it('keeps the sentences that fit and marks the omission, never cutting one', () => {
    const text = 'The first sentence. The second one is longer than the room left. Third.';
    expect(shortForm(text, 40, 'en')).toEqual({ text: 'The first sentence. […]', shortened: true });
    // A first sentence longer than the room is kept whole.
    expect(shortForm(text, 5, 'en').text).toBe('The first sentence. […]');
    expect(shortForm('Premier point. Deuxième point, plus long. Fin.', 30, 'fr').text).toBe('Premier point. […]');
    expect(shortForm('الجملة الأولى. الجملة الثانية أطول من المساحة المتبقية. الثالثة.', 20, 'ar')).toEqual({ text: 'الجملة الأولى. […]', shortened: true });
  });
});
