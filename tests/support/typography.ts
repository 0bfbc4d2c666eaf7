/**
 * Punctuation rules for French and Arabic text, shared by the interface-string and content tests
 * (tests/unit/i18n-typography.test.ts, tests/unit/content-typography.test.ts). Each function returns one
 * line per problem, quoting the text around it, so a failure says what to fix.
 *
 * French: a no-break space U+00A0 before `:` and inside « guillemets », a narrow no-break space U+202F (or
 * U+00A0) before `;` `?` `!`; never an ordinary space, which lets the line break before the sign, and never
 * nothing. Typographic apostrophe ’ between letters.
 * Arabic: the Arabic comma, semicolon and question mark (، ؛ ؟) after an Arabic word, never the Latin , ; ?.
 */

/**
 * Code where the rules do not apply, masked before checking — the whole exemption list: inline code,
 * web addresses and mail/phone links, and a YAML field name before its colon (`start: 2023-03`, `title:`).
 * `{{placeholders}}` become a letter, so a space written between a placeholder and a sign is still caught.
 */
const exemptions: ReadonlyArray<[RegExp, string]> = [
  [/`[^`\n]*`/g, 'code'],
  [/\b(?:https?|mailto|tel):(?:\/\/)?[^\s)»"]*/g, 'url'],
  [/\{\{\w+\}\}/g, 'X'],
  // A lower-case ASCII name glued to its colon; U+0000 after it stops the “no space before :” rule.
  [/(?<![\p{L}\p{N}])[a-z_][a-z0-9_]*(?=:(?:\s|$))/gu, 'field\u0000'],
];

/** The text with the exempt code replaced. */
export function mask(text: string): string {
  return exemptions.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

const around = (text: string, index: number) => JSON.stringify(text.slice(Math.max(0, index - 24), index + 12).replaceAll('\u0000', ''));
const spaceName = (sign: string) => (sign === ':' || sign === '»' ? 'U+00A0' : 'U+202F');

/** French spacing and apostrophe problems in one string. */
export function frenchProblems(original: string): string[] {
  const text = mask(original);
  const problems: string[] = [];
  for (const m of text.matchAll(/ ([:;?!»])/g)) problems.push(`ordinary space before “${m[1]}” (use ${spaceName(m[1]!)}): ${around(text, m.index)}`);
  for (const m of text.matchAll(/« /g)) problems.push(`ordinary space after “«” (use U+00A0): ${around(text, m.index)}`);
  for (const m of text.matchAll(/«(?![\u00a0\u202f ])/g)) problems.push(`no space after “«” (use U+00A0): ${around(text, m.index)}`);
  for (const m of text.matchAll(/(?<![\u00a0\u202f ])»/g)) problems.push(`no space before “»” (use U+00A0): ${around(text, m.index)}`);
  // A sign glued to the word before it; a masked field name (`start:`) ends with U+0000 and is left alone.
  for (const m of text.matchAll(/(?<=[\p{L}\p{N})»])([:;?!])(?=\s|$)/gu))
    problems.push(`no space before “${m[1]}” (use ${spaceName(m[1]!)}): ${around(text, m.index)}`);
  for (const m of text.matchAll(/(?<=\p{L})'(?=\p{L})/gu)) problems.push(`straight apostrophe (use ’): ${around(text, m.index)}`);
  return problems;
}

/** Arabic letters (not digits or punctuation), with the diacritics and tatweel that may follow one. */
const latinAfterArabic = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff][\u064b-\u065f\u0670\u0640]*([,;?])/gu;
const arabicSign: Record<string, string> = { ',': '،', ';': '؛', '?': '؟' };

/** Latin , ; ? directly after an Arabic letter. */
export function arabicProblems(original: string): string[] {
  const text = mask(original);
  return [...text.matchAll(latinAfterArabic)].map((m) => `Latin “${m[1]}” after an Arabic letter (use ${arabicSign[m[1]!]}): ${around(text, m.index)}`);
}

const openers = new Set(['\u2066', '\u2067', '\u2068']); // LRI, RLI, FSI
const PDI = '\u2069';

/** The `{{name}}` placeholders, among `names`, that stand outside a directional isolate (FSI/LRI/RLI … PDI). */
export function unisolated(text: string, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (openers.has(ch)) depth++;
    else if (ch === PDI) depth = Math.max(0, depth - 1);
    else if (text.startsWith('{{', i)) {
      const m = /^\{\{(\w+)\}\}/.exec(text.slice(i));
      if (!m) continue;
      if (names.has(m[1]!) && depth === 0) out.push(m[1]!);
      i += m[0].length - 1;
    }
  }
  return out;
}
