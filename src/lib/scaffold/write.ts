import { decodeCharacterReferences } from '../mdx-safety.ts';
import { unsafeCharacter } from '../file-rules.ts';

/**
 * Writing contributor text into YAML and MDX safely. YAML values are written as JSON strings, numbers
 * and flow lists, which YAML 1.2 reads as the same values (it is a superset of JSON), so any text comes
 * back exactly as typed without a YAML library in the proposal form's bundle (tests/unit/scaffold.test.ts
 * checks the bytes against the `yaml` package the checker reads with). MDX bodies are escaped so that what
 * a contributor types is always read as text, never as JSX, an expression or an import.
 */

/** Unix line ends; no control characters (tab and newline aside), byte-order marks or lone surrogates. */
export function cleanText(value: string): string {
  return (
    value
      .replace(/\r\n?|[\u2028\u2029]/g, '\n')
      // The characters `npm run check` refuses (src/lib/file-rules.ts): invisible controls, direction overrides.
      .replace(unsafeCharacter, '')
      .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  );
}

/** A one-line value (titles, summaries, names): runs of white space, line breaks included, become one space. */
export function oneLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

/** A text value, always between double quotes so contributors see where it starts and ends. */
export function quoted(value: string): string {
  return JSON.stringify(value);
}

/**
 * Plain scalars YAML would read as something other than that text: null, booleans and numbers, in the
 * spellings of YAML 1.2 and of js-yaml (Astro's reader: `0b1`, `1_000`, legacy octal `017`).
 */
const notText = [
  /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE)$/,
  /^[-+]?(?:0b[01_]+|0o?[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*)$/,
  /^[-+]?(?=\.?[0-9])[0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/,
];

/** A slug, code, date or number: plain where YAML reads it back unchanged, quoted otherwise. */
export function plain(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) && !notText.some((r) => r.test(value)) ? value : quoted(value);
}

/** A list of slugs or codes on one line: `[lb, tripoli-lb]`. */
export function flowList(values: readonly string[]): string {
  return `[${values.map(plain).join(', ')}]`;
}

/** A YAML flow mapping of plain values: `{ effect: not-reported, cost: not-reported }`. */
export function flowMap(values: Readonly<Record<string, string>>): string {
  return `{ ${Object.entries(values)
    .map(([k, v]) => `${k}: ${plain(v)}`)
    .join(', ')} }`;
}

/** Fills `{{name}}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Guidance as YAML comments, one `# ` line per line of text. */
export function comment(template: string, values?: Readonly<Record<string, string | number>>): string {
  return fill(template, values)
    .split('\n')
    .map((line) => (line.trim() ? `# ${oneLine(line)}` : '#'))
    .join('\n');
}

/**
 * `<bdi>Latin name</bdi>` on one line with plain text inside: the one element contributors may write
 * (CONTRIBUTING, src/lib/mdx-safety.ts), kept as it is so a Latin name sits right inside Arabic text.
 */
const isolatedName = /<bdi>([^<>{}\\\n]*)<\/bdi>/g;

/**
 * Markdown typed by a contributor, made safe for MDX: `\`, `<`, `{` and `}` are escaped (so no JSX, HTML
 * or expression can start), apart from well-formed `<bdi>…</bdi>` pairs; a line that begins with `import`
 * or `export` gets its first letter as a character reference (so it is not read as an ES module
 * statement). Everything else stays Markdown: headings, lists, emphasis, links, quotes.
 */
export function mdxText(value: string): string {
  const escape = (text: string) => text.replace(/[\\<{}]/g, (c) => `\\${c}`);
  return cleanText(value)
    .split('\n')
    .map((line) =>
      line
        .split(isolatedName)
        // split() with a group: even items are the text around, odd items the names inside a pair.
        .map((part, i) => (i % 2 === 0 ? escape(part) : `<bdi>${part}</bdi>`))
        .join('')
        .replace(/^(\s*)(import|export)\b/, (_m, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`)
        .trimEnd(),
    )
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .replace(/\n{3,}/g, '\n\n');
}

/** Link targets in Markdown (`[text](target)`, `![alt](target)`, `[label]: target`). */
export function linkTargets(markdown: string): string[] {
  const inline = [...markdown.matchAll(/\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)/g)].map((m) => m[1] ?? '');
  const definitions = [...markdown.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S*?)>?(?:\s|$)/gm)].map((m) => m[1] ?? '');
  // Decoded by the checker's own decoder (src/lib/mdx-safety.ts), as the Markdown parser decodes them.
  return [...inline, ...definitions].map(decodeCharacterReferences);
}

/** `--- frontmatter --- body` with exactly one blank line between them and one newline at the end. */
export function mdxFile(frontmatter: readonly string[], body: string): string {
  const rest = body.replace(/^\n+|\n+$/g, '');
  return `---\n${frontmatter.join('\n')}\n---\n${rest ? `\n${rest}\n` : ''}`;
}

/** A slug suggested from a Latin-script title: accents dropped, words joined by hyphens, at most 60 characters. */
export function suggestSlug(title: string): string {
  const words = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let out = '';
  for (const word of words) {
    const next = out ? `${out}-${word}` : word;
    if (next.length > 60) break;
    out = next;
  }
  return out;
}

/** Today's date as YYYY-MM-DD in the local time zone (the contributor's calendar day). */
export function todayIso(date: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
