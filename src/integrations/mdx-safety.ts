import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mdxToMdast, type MdastPluginDefinition } from 'satteri';
import { contentIssue, formatIssue, msg, type ContentIssue } from '../lib/issues.ts';
import { t } from '../lib/i18n.ts';
import { mdxSafetyIssues, type MdxNode } from '../lib/mdx-safety.ts';

/**
 * The MDX safety rules (src/lib/mdx-safety.ts) on Sätteri, the parser Astro's MDX integration uses:
 * as an mdast plugin that fails the build, and as a parse-and-check for `npm run check`, so both see
 * the same tree and report the same lines.
 */

/** Parser features of the build's .mdx pipeline (Astro's Sätteri processor turns GFM on). */
const features = { gfm: true } as const;

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

/** Everything not allowed in one .mdx file (its whole text, frontmatter included), for `npm run check`. */
export function checkMdxSource(source: string, file: string): ContentIssue[] {
  let tree: unknown;
  try {
    tree = mdxToMdast(blankFrontmatter(source), { features });
  } catch (error) {
    return [syntaxIssue(error, file)];
  }
  return mdxSafetyIssues(tree as MdxNode).map((i) => contentIssue({ severity: 'error', file, ...i }));
}

/** A file as the person running the build finds it: relative to the working folder when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split('\\').join('/') : path;
}

/**
 * The build's guard: an mdast plugin for `mdx({ processor: satteri({ mdastPlugins: [...] }) })`. A text
 * with anything not allowed stops the build with `file:line  what: expected ..., found ...` per problem.
 */
export function mdxSafetyPlugin(): MdastPluginDefinition {
  return {
    name: 'mena-hub:mdx-safety',
    options: { position: true },
    before(root, ctx) {
      const found = mdxSafetyIssues(root as unknown as MdxNode);
      if (found.length === 0) return;
      const file = ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : 'MDX';
      const lines = found.map((i) => formatIssue(contentIssue({ severity: 'error', file, ...i })));
      const error = new Error([t('en')('check.mdx.buildHeader', { file }), ...lines].join('\n'));
      // @astrojs/mdx reads the location of the first problem from these.
      Object.assign(error, { line: found[0]?.line, column: 1 });
      throw error;
    },
  };
}
