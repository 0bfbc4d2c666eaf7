import { createRequire } from 'node:module';

/** Astro's command-line entry, for the scripts that run `astro build`, `check` or `preview` as a step of their own. */
export const astroCli = createRequire(import.meta.url).resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs');
