import { fileURLToPath } from 'node:url';
import type { MdastPluginDefinition } from 'satteri';
import { fileTextIssues } from '../lib/file-rules.ts';
import { displayPath } from '../build/display-path.ts';
import { contentIssue } from '../lib/issues.ts';
import { formatIssue } from '../lib/issue-format.ts';
import { t } from '../lib/i18n.ts';
import { terminalLocale } from '../config/locales.ts';
import { mdxSafetyIssues, type MdxNode } from '../lib/mdx-safety.ts';

/**
 * Wires the MDX safety rules (src/lib/mdx-safety.ts) into Astro's MDX pipeline as a Sätteri mdast plugin;
 * `npm run check` and the practice-text loader run the same rules through src/build/mdx-check.ts.
 */

/**
 * The build's guard: an mdast plugin for `mdx({ processor: satteri({ mdastPlugins: [...] }) })`. A text
 * with anything not allowed stops the build with `file:line  what: expected ..., found ...` per problem.
 */
export function mdxSafetyPlugin(): MdastPluginDefinition {
  return {
    name: 'mena-hub:mdx-safety',
    options: { position: true },
    before(root, ctx) {
      const file = ctx.fileURL ? displayPath(fileURLToPath(ctx.fileURL)) : 'MDX';
      const found = [
        ...fileTextIssues(ctx.source, file),
        ...mdxSafetyIssues(root as unknown as MdxNode).map((i) => contentIssue({ severity: 'error', file, ...i })),
      ];
      if (found.length === 0) return;
      const lines = found.map(formatIssue);
      const error = new Error([t(terminalLocale)('check.mdx.buildHeader', { file }), ...lines].join('\n'));
      // @astrojs/mdx reads the location of the first problem from these.
      Object.assign(error, { line: found[0]?.line, column: 1 });
      throw error;
    },
  };
}
