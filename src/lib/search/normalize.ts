/**
 * Folding for search, applied to the text Pagefind indexes AND to the reader's query, so both meet in
 * the same form. Readers never see folded text: excerpts are cut from the original (see excerpt.ts).
 *
 * Each rule below closes a gap measured against Pagefind alone (docs/search.md has the table).
 * Runs in Node (indexing) and in the browser (queries): no dependencies, no Node APIs.
 */

const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g; // harakat, shadda, sukun, superscript alef, Quranic marks
const TATWEEL = /\u0640/g;
const DIGITS: Record<string, string> = {};
for (let i = 0; i < 10; i++) {
  DIGITS[String.fromCharCode(0x0660 + i)] = String(i); // Arabic-Indic
  DIGITS[String.fromCharCode(0x06f0 + i)] = String(i); // Eastern Arabic-Indic (Persian, Urdu)
}
const DIGIT_RE = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Letters only: Arabic, Latin (with accents before folding), digits. Everything else separates words. */
// eslint-disable-next-line no-misleading-character-class -- Arabic marks (tanwin, harakat) are listed to count as word characters one by one
const WORD_RE = /[\p{L}\p{N}\u0640\u064B-\u065F\u0670]+(?:['’][\p{L}\p{N}]+)*/gu;

/** French elided articles and pronouns before an apostrophe: l’intégration → intégration. */
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/;

function foldArabicLetters(word: string): string {
  return word
    .replace(ARABIC_DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي');
}

const ARABIC = /[\u0600-\u06FF]/;

/**
 * The Arabic forms a word is indexed and searched under. The conjunctions و/ف and the article are
 * attached to the word in writing; sound plurals and the feminine ending vary with the sentence. All
 * forms reduce to one stem so that والشباب, فالشباب, الشباب and شباب meet, and so do بلدية, بلديات,
 * البلديات. A stem keeps at least three letters, so short roots are never cut down to nothing.
 */
function arabicStem(word: string): string {
  let w = word;
  // Conjunction + article (وال، فال), article with a preposition (بال، كال), and لل (لـ + ال).
  if (/^[وف][بك]?ال/.test(w) && w.length > 5) w = w.replace(/^[وف][بك]?ال/, '');
  else if (/^[بك]ال/.test(w) && w.length > 5) w = w.slice(3);
  else if (/^لل/.test(w) && w.length > 4) w = w.slice(2);
  else if (/^ال/.test(w) && w.length > 4) w = w.slice(2);
  // Sound plurals and dual, then the feminine ending (ة already folded to ه).
  for (const suffix of ['ات', 'ون', 'ين', 'ان']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('ه') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function foldLatin(word: string): string {
  return word
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(ELISION, '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s$/, '') // English possessive
    .replace(/['’]/g, '');
}

/** One word in its searchable form. */
export function foldWord(raw: string): string {
  const word = raw.replace(DIGIT_RE, (d) => DIGITS[d] ?? d);
  if (ARABIC.test(word)) return arabicStem(foldArabicLetters(word));
  return foldLatin(word);
}

/**
 * The forms a word is indexed under: its folded stem, and for a word that starts with one of the
 * one-letter particles و ف ل ب ك without the article (وشباب، لإعادة) also the form without it, since
 * the letter may be a particle or part of the root (وزارة، لجنة): indexing both keeps both findable.
 */
export function indexForms(raw: string): string[] {
  const folded = foldWord(raw);
  const forms = [folded];
  const letters = foldArabicLetters(raw.replace(DIGIT_RE, (d) => DIGITS[d] ?? d));
  if (/^[وفلبك]/.test(letters) && !/^([وف][بك]?|[بك])ال/.test(letters) && !/^لل/.test(letters) && letters.length >= 5) {
    const bare = arabicStem(letters.slice(1));
    if (bare !== folded) forms.push(bare);
  }
  return forms;
}

/** The words of a text, as written (for excerpts) — the same segmentation as the folding uses. */
export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/**
 * Indexed forms per word, remembered: a text repeats most of its words, and folding each occurrence
 * again was most of the indexer's own time (docs/performance.md). Bounded, so a huge site cannot grow it
 * without end.
 */
const formsCache = new Map<string, string>();
const FORMS_CACHE_MAX = 200_000;

function cachedForms(word: string): string {
  let forms = formsCache.get(word);
  if (forms === undefined) {
    if (formsCache.size >= FORMS_CACHE_MAX) formsCache.clear();
    forms = indexForms(word).join(' ');
    formsCache.set(word, forms);
  }
  return forms;
}

/** A word's indexed forms (indexForms), from the same memory as foldForIndex. */
export function cachedIndexForms(word: string): string[] {
  return cachedForms(word).split(' ');
}

/** A text in its indexed form: every word's forms, space-separated. */
export function foldForIndex(text: string): string {
  return words(text).map(cachedForms).join(' ');
}

/** A query in the same form; an empty or punctuation-only query stays empty. */
export function foldQuery(query: string): string {
  return words(query).map(foldWord).filter(Boolean).join(' ');
}
