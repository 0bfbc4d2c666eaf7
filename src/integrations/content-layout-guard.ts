import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { layoutIssues } from '../lib/content-layout.ts';
import { refuse } from '../build/loader-guards.ts';
import { listFiles } from '../build/list-files.ts';

/**
 * Stops `astro build` on a file the collections would skip without a word (a `de.mdx`, a text whose
 * `practice.yaml` is missing), with the message `npm run check` gives (src/lib/content-layout.ts).
 */
export function contentLayoutGuard(): AstroIntegration {
  return {
    name: 'mena-hub:content-layout',
    hooks: {
      'astro:build:start': () => {
        // Links are left to the loaders, which refuse them with the checker's message (src/build/loader-guards.ts).
        const issues = layoutIssues(listFiles(resolve(contentDir())).files);
        if (issues.length > 0) refuse(contentDir(), issues);
      },
    },
  };
}
