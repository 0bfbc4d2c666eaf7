import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { headersFile } from '../lib/csp.ts';

/**
 * Writes `_headers` into the build output (Netlify and Cloudflare Pages send these headers with every
 * file) from src/lib/csp.ts, the same policy the pages carry in their `<meta>` tag. A `public/_headers`
 * written by hand is kept, after the generated block.
 */
export function securityHeaders(): AstroIntegration {
  return {
    name: 'mena-hub:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const target = new URL('_headers', dir);
        const handWritten = existsSync(target) ? await readFile(target, 'utf8') : '';
        await writeFile(target, handWritten ? `${headersFile()}\n${handWritten}` : headersFile());
        logger.info('wrote _headers (Content-Security-Policy from src/lib/csp.ts)');
      },
    },
  };
}
