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

/** YAML text parsed, or the issues that stop it being read, each with its line. */
export function parseContentYaml(text: string, file: string, lineOffset = 0): { parsed?: ParsedYaml; issues: ContentIssue[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true, prettyErrors: true });
  const at = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line + lineOffset);
  const issues: ContentIssue[] = doc.errors.map((err) => {
    const line = err.linePos?.[0]?.line;
    const duplicate = err.code === 'DUPLICATE_KEY';
    return contentIssue({
      severity: 'error',
      file,
      line: line === undefined ? undefined : line + lineOffset,
      field: '',
      expected: msg(duplicate ? 'check.expected.keyOnce' : 'check.expected.validYaml'),
      // The YAML parser's own description of a syntax error is shown as it words it.
      found: duplicate ? msg('check.value.sameKeyEarlier') : verbatim(err.message.split(/ at line \d+/)[0] ?? err.code),
    });
  });
  if (issues.length > 0) return { issues };
  visit(doc, {
    Node(_key, node) {
      if (!node.tag) return;
      issues.push(contentIssue({ severity: 'error', file, line: at(node.range?.[0]), field: '', expected: msg('check.expected.noYamlTag'), found: msg('check.value.yamlTag', { tag: verbatim(node.tag.replace(/^tag:yaml\.org,2002:/, '!!')) }) }));
    },
  });
  if (issues.length > 0) return { issues };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: maxAliases });
  } catch {
    return { issues: [contentIssue({ severity: 'error', file, line: lineOffset + 1, field: '', expected: msg('check.expected.fewAliases', { max: maxAliases }), found: msg('check.value.manyAliases') })] };
  }
  return { parsed: { data: data ?? {}, locate: locatorFor(doc, counter, lineOffset) }, issues };
}
