import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { writeFileSync } from 'node:fs';
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
        const memory = process.memoryUsage();
        const report = await buildSearchIndex(fileURLToPath(dir), base, resolve(contentDir()));
        const per = Object.entries(report.records).map(([l, n]) => `${l}: ${n}`).join(', ');
        const ms = Math.round(performance.now() - started);
        logger.info(`indexed ${report.pages} pages (${per}) in ${ms} ms`);
        // `npm run bench` times this step on its own.
        if (process.env.SEARCH_INDEX_TIMING_FILE) writeFileSync(process.env.SEARCH_INDEX_TIMING_FILE, JSON.stringify({ ms, ...report, memory }));
      },
    },
  };
}
