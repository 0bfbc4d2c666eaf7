import type { Root } from 'hast';
import type { HastPluginDefinition } from 'satteri';
import { sanitizeTree } from '../lib/sanitize.ts';

/**
 * The sanitiser of src/lib/sanitize.ts in the MDX pipeline of guides, activities and pages, as a
 * Sätteri hast plugin: the tree that is compiled into the page is replaced, before Astro's own hast
 * steps (image components, heading ids), by the sanitised copy. The allow-list check has already
 * stopped the build for anything it refuses; this is the second, independent gate.
 */
export function mdxSanitizePlugin(): HastPluginDefinition {
  return {
    name: 'mena-hub:sanitize',
    before(root, ctx) {
      ctx.replaceNode(root, sanitizeTree(root as Root));
    },
  };
}
