import { contentIssue, msg, verbatim, type ContentIssue } from './issues.ts';

/**
 * Rules on a content file as text, before it is parsed, shared by `npm run check` and the build's
 * loaders so both refuse the same files (SECURITY.md lists them for contributors):
 * - at most `maxContentFileKB` kB: the longest real text is under 20 kB; a huge file would become a
 *   huge page and slow every build;
 * - no invisible control character (other than tab and line breaks) and no bidirectional embedding,
 *   override or isolate character (U+202A–U+202E, U+2066–U+2069): control characters make the feeds
 *   ill-formed XML and reach the CSV; direction overrides make a title display as reversed or
 *   disguised text. `<bdi>` is the way to isolate a name written in another direction.
 */
export const maxContentFileKB = 200;

/** C0 controls but tab/LF/CR, DEL, C1 controls, bidi embeddings/overrides/isolates, noncharacters, a BOM inside the text. */
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's job
export const unsafeCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufeff\ufffe\uffff]/gu;

/** The character as contributors can search for it in an editor: `U+202E`. */
const codePoint = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** One issue per line that holds a character no page may carry, naming the character(s). */
export function unsafeCharacterIssues(text: string, file: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  // A byte-order mark at the very start is how some editors save UTF-8; anywhere else it is hidden text.
  const lines = text.replace(/^\ufeff/, '').split('\n');
  lines.forEach((line, i) => {
    const found = [...new Set(line.match(unsafeCharacter) ?? [])];
    if (found.length === 0) return;
    issues.push(
      contentIssue({
        severity: 'error',
        file,
        line: i + 1,
        field: '',
        expected: msg('check.expected.plainCharacters'),
        found: msg('check.value.invisibleCharacters', { codes: found.map((ch) => verbatim(codePoint(ch))) }),
      }),
    );
  });
  return issues;
}

/** The size rule, on the file's length in UTF-8 bytes. */
export function fileSizeIssue(bytes: number, file: string): ContentIssue | undefined {
  if (bytes <= maxContentFileKB * 1024) return undefined;
  return contentIssue({
    severity: 'error',
    file,
    field: '',
    expected: msg('check.expected.smallFile', { max: maxContentFileKB }),
    found: msg('check.value.fileSize', { size: Math.ceil(bytes / 1024) }),
  });
}

/** Everything wrong with a file's text as text: size first (a huge file is not scanned further). */
export function fileTextIssues(text: string, file: string): ContentIssue[] {
  const size = fileSizeIssue(new TextEncoder().encode(text).length, file);
  return size ? [size] : unsafeCharacterIssues(text, file);
}
