import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { buildSearchIndex } from '../lib/search/build-index.ts';
import { contentDir } from '../lib/content-dir.ts';

/** After the pages are written, builds one Pagefind index per language into dist/pagefind/. */
export function searchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'mena-hub:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const report = await buildSearchIndex(fileURLToPath(dir), base, resolve(contentDir()));
        const per = Object.entries(report.records).map(([l, n]) => `${l}: ${n}`).join(', ');
        logger.info(`indexed ${report.pages} pages (${per}) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
