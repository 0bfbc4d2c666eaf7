import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes as MdastNodes } from 'mdast';
import { mdxToMdast } from 'satteri';
import { fileTextIssues } from '../lib/file-rules.ts';
import { contentIssue, msg, verbatim, type ContentIssue } from '../lib/issues.ts';
import { isEntryImagePath, mdxSafetyIssues, type MdxNode } from '../lib/mdx-safety.ts';
import { renderTextTree, type RenderedText } from '../lib/text-render.ts';

/**
 * The MDX safety rules (src/lib/mdx-safety.ts) on Sätteri, the parser Astro's MDX integration uses, as a
 * parse-and-check for `npm run check` and the practice-text loader; src/integrations/mdx-safety.ts runs the
 * same rules inside the build's MDX pipeline, so both see the same tree and report the same lines.
 */

/** Parser features of the build's .mdx pipeline (Astro's Sätteri processor turns GFM and smart quotes on). */
const features = { gfm: true, smartPunctuation: true } as const;

/**
 * The build hands the parser the body with the frontmatter replaced by spaces (line numbers unchanged,
 * @astrojs/mdx `empty-with-spaces`); the check does the same.
 */
function blankFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---(?=\r?\n|$)/.exec(source);
  return match ? match[0].replace(/[^\r\n]/g, ' ') + source.slice(match[0].length) : source;
}

/** The parser's own message for MDX it cannot read (`3:1: Unexpected character ...`), as an issue. */
function syntaxIssue(error: unknown, file: string): ContentIssue {
  const text = error instanceof Error ? error.message : String(error);
  const place = /^(\d+):(\d+):\s*/.exec(text);
  return contentIssue({
    severity: 'error',
    file,
    line: place ? Number(place[1]) : undefined,
    field: '',
    expected: msg('check.mdx.expected.validMdx'),
    found: msg('check.mdx.found.syntax', { message: place ? text.slice(place[0].length) : text }),
  });
}

/** Images of a checked tree that are not in the text's folder (`dir`), as issues. */
function missingImageIssues(tree: MdxNode, file: string, dir: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const visit = (node: MdxNode) => {
    if (node.type === 'image' && typeof node.url === 'string' && isEntryImagePath(node.url) && !existsSync(join(dir, decodeURI(node.url.split(/[?#]/)[0]!))))
      issues.push(
        contentIssue({
          severity: 'error',
          file,
          line: node.position?.start.line,
          field: '![…](…)',
          expected: msg('check.mdx.expected.imageFile'),
          found: msg('check.mdx.found.noImage', { url: verbatim(node.url) }),
        }),
      );
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return issues;
}

/** One parse of a text file: the tree that is checked is the tree that is rendered. */
function parseAndCheck(source: string, file: string, dir: string | undefined): { issues: ContentIssue[]; tree?: MdxNode } {
  const textIssues = fileTextIssues(source, file);
  if (textIssues.length > 0) return { issues: textIssues };
  let tree: MdxNode;
  try {
    tree = mdxToMdast(blankFrontmatter(source), { features }) as unknown as MdxNode;
  } catch (error) {
    return { issues: [syntaxIssue(error, file)] };
  }
  const issues = mdxSafetyIssues(tree).map((i) => contentIssue({ severity: 'error', file, ...i }));
  if (dir !== undefined) issues.push(...missingImageIssues(tree, file, dir));
  return { issues, tree };
}

/**
 * Everything not allowed in one .mdx file (its whole text, frontmatter included), for `npm run check`.
 * `dir` is the folder of the file, where its images must be.
 */
export function checkMdxSource(source: string, file: string, dir?: string): ContentIssue[] {
  return parseAndCheck(source, file, dir).issues;
}

/**
 * A practice text checked and, when nothing in it is refused, rendered from the same tree
 * (src/lib/text-render.ts): there is no second parser whose reading could differ from the check's.
 */
export function checkAndRenderText(source: string, file: string, dir: string, options = { render: true }): { issues: ContentIssue[]; rendered?: RenderedText } {
  const { issues, tree } = parseAndCheck(source, file, dir);
  if (issues.length > 0 || !tree || !options.render) return { issues };
  return { issues, rendered: renderTextTree(tree as unknown as MdastNodes) };
}

/**
 * A text's Markdown without its `{/* comments *\/}`, for the open data and translation templates. The
 * comments are found in the MDX tree (by their place in the text), so a `{/*` inside a code span is
 * left as the code it is. A text the parser cannot read is returned unchanged (the check reports it).
 */
export function withoutMdxComments(body: string): string {
  // No brace, no expression: most texts, returned without parsing them.
  if (!body.includes('{')) return body;
  let tree: MdxNode;
  try {
    tree = mdxToMdast(body, { features }) as unknown as MdxNode;
  } catch {
    return body;
  }
  const cuts: [number, number][] = [];
  const visit = (node: MdxNode) => {
    const at = node.position as { start: { offset?: number }; end?: { offset?: number } } | undefined;
    if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && at?.start.offset !== undefined && at.end?.offset !== undefined)
      cuts.push([at.start.offset, at.end.offset]);
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  let out = body;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + out.slice(end);
  return out;
}
