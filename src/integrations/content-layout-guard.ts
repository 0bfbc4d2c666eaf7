import type { AstroIntegration } from 'astro';
import { readdirSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { layoutIssues } from '../lib/content-layout.ts';
import { refuse } from '../build/loader-guards.ts';

/**
 * Stops `astro build` on a file the collections would skip without a word (a `de.mdx`, a text whose
 * `practice.yaml` is missing), with the message `npm run check` gives (src/lib/content-layout.ts).
 */
export function contentLayoutGuard(): AstroIntegration {
  return {
    name: 'mena-hub:content-layout',
    hooks: {
      'astro:build:start': () => {
        const root = resolve(contentDir());
        const paths = readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((d) => !d.isDirectory() && !relative(root, resolve(d.parentPath, d.name)).split(sep).some((part) => part.startsWith('.')))
          .map((d) => relative(root, resolve(d.parentPath, d.name)).split(sep).join('/'))
          .sort();
        const issues = layoutIssues(paths);
        if (issues.length > 0) refuse(contentDir(), issues);
      },
    },
  };
}
