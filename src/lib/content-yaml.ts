import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { contentIssue, msg, verbatim, type ContentIssue, type Locator } from './issues.ts';

/**
 * The one YAML reader of content files, for `npm run check` and for the build's loaders alike, so a
 * file one accepts the other accepts too. Plain YAML data only:
 * - a key written twice is an error (YAML allows the second to win silently);
 * - no tags (`!!js/function`, `!custom`, `!!str`): content is text, numbers, lists and maps;
 * - anchors and aliases (`&a`, `*a`) at most `maxAliases` uses: a file of nested aliases (a "billion
 *   laughs") would otherwise grow without limit when read.
 */
export const maxAliases = 100;

export interface ParsedYaml {
  data: unknown;
  /** The line (offset by `lineOffset`) where a field path is written, or its nearest parent. */
  locate: Locator;
}

function locatorFor(doc: Document, counter: LineCounter, lineOffset: number): Locator {
  return (path) => {
    // Walk up to the nearest part of the path that exists (a missing field points at its parent).
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + lineOffset;
    }
    return undefined;
  };
}

type Mistake = 'tab' | 'colon' | 'indent' | 'bracket' | 'brace' | 'quote' | 'afterQuote' | 'other';

/**
 * What a contributor most likely did, from the parser's error (its code and wording, yaml 2.x) and the
 * text, and the line where she wrote it (1-based): an unclosed quote or bracket is reported where it was
 * opened, not where the parser gave up.
 */
export function yamlMistake(code: string, message: string, text: string, errorLine: number): { kind: Mistake; line: number } {
  const lines = text.split('\n');
  const before = (test: (l: string) => boolean) => {
    for (let n = Math.min(errorLine, lines.length); n >= 1; n--) if (test(lines[n - 1]!)) return n;
    return errorLine;
  };
  const count = (l: string, ch: string) => l.split(ch).length - 1;
  if (code === 'TAB_AS_INDENT') return { kind: 'tab', line: errorLine };
  if (code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const mark = message.includes("'") && !message.includes('"') ? "'" : '"';
    return { kind: 'quote', line: before((l) => count(l, mark) % 2 === 1) };
  }
  if (/Flow sequence/.test(message)) return { kind: 'bracket', line: before((l) => count(l, '[') > count(l, ']')) };
  if (/Flow map/.test(message)) return { kind: 'brace', line: before((l) => count(l, '{') > count(l, '}')) };
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    // `key: text: more` (a colon in the value) or a line indented under a value.
    const value = /^\s*(?:-\s+)?[^:#]+:\s+(.*)$/.exec(lines[errorLine - 1] ?? '')?.[1] ?? '';
    if (/:\s/.test(value) && !/^["'[{]/.test(value)) return { kind: 'colon', line: errorLine };
    return { kind: 'indent', line: Math.min(errorLine + 1, lines.length) };
  }
  if (code === 'BAD_INDENT') return { kind: 'indent', line: errorLine };
  if (code === 'UNEXPECTED_TOKEN' && /scalar at node end/.test(message)) return { kind: 'afterQuote', line: errorLine };
  return { kind: 'other', line: errorLine };
}

/** YAML text parsed, or the issues that stop it being read, each with its line. */
export function parseContentYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; issues: ContentIssue[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  const at = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line + lineOffset);
  const duplicates = doc.errors.filter((err) => err.code === 'DUPLICATE_KEY');
  const issues: ContentIssue[] = duplicates.map((err) =>
    contentIssue({
      severity: 'error',
      file,
      line: at(err.pos[0]),
      field: '',
      expected: msg('check.expected.keyOnce'),
      found: msg('check.value.sameKeyEarlier'),
    }),
  );
  // A syntax error: the first one only (the parser's later errors follow from it), in the contributor's
  // words and language, on the line where the mistake is written.
  const syntax = doc.errors.find((err) => err.code !== 'DUPLICATE_KEY');
  if (syntax) {
    const { kind, line } = yamlMistake(syntax.code, syntax.message, text, syntax.linePos?.[0]?.line ?? 1);
    issues.push(
      contentIssue({
        severity: 'error',
        file,
        line: line + lineOffset,
        field: '',
        expected: msg(`check.yaml.${kind}.expected`),
        found: msg(`check.yaml.${kind}.found`),
      }),
    );
  }
  if (issues.length > 0) return { issues };
  visit(doc, {
    Node(_key, node) {
      if (!node.tag) return;
      issues.push(
        contentIssue({
          severity: 'error',
          file,
          line: at(node.range?.[0]),
          field: '',
          expected: msg('check.expected.noYamlTag'),
          found: msg('check.value.yamlTag', { tag: verbatim(node.tag.replace(/^tag:yaml\.org,2002:/, '!!')) }),
        }),
      );
    },
  });
  if (issues.length > 0) return { issues };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: maxAliases });
  } catch {
    return {
      issues: [
        contentIssue({
          severity: 'error',
          file,
          line: lineOffset + 1,
          field: '',
          expected: msg('check.expected.fewAliases', { max: maxAliases }),
          found: msg('check.value.manyAliases'),
        }),
      ],
    };
  }
  return { parsed: { data: data ?? {}, locate: locatorFor(doc, counter, lineOffset) }, issues };
}
