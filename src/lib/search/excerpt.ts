import { foldWord, indexForms } from './normalize.ts';

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

// eslint-disable-next-line no-misleading-character-class -- Arabic marks (tanwin, harakat) are listed to count as word characters one by one
const WORD = /[\p{L}\p{N}\u0640\u064B-\u065F\u0670]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * A short passage of the original text around the best cluster of matches, with the matching words
 * marked. Matching compares folded forms (so والشباب is marked for الشباب) but the words shown are the
 * ones written. `terms` are folded query words; a word matches when one of its forms starts with one.
 */
export function excerpt(text: string, terms: readonly string[], size = 28): ExcerptPart[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: m[0] }));
  if (words.length === 0) return [{ text, mark: false }];
  const hits = words.map((w) => terms.length > 0 && [foldWord(w.word), ...indexForms(w.word)].some((f) => terms.some((t) => t && f.startsWith(t))));
  // The window of `size` words holding the most matches (the earliest such window on ties).
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    if (hits[i]) count++;
    if (i >= size && hits[i - size]) count--;
    const start = Math.max(0, i - size + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a little before the first match so it has some context.
  const firstHit = hits.indexOf(true, best);
  const from = firstHit > best + 4 ? Math.max(best, firstHit - 4) : best;
  const to = Math.min(words.length, from + size);
  const parts: ExcerptPart[] = [];
  const push = (t: string, mark: boolean) => {
    if (!t) return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += t;
    else parts.push({ text: t, mark });
  };
  if (from > 0) push('… ', false);
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    push(w.word, hits[i]!);
    const next = words[i + 1];
    if (i + 1 < to && next) push(text.slice(w.end, next.start), false);
    else push(text.slice(w.end, w.end + (/^[.,;:!?،؛؟»”)]/.test(text.slice(w.end)) ? 1 : 0)), false);
  }
  if (to < words.length) push(' …', false);
  return parts;
}
