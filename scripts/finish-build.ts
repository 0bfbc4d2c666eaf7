#!/usr/bin/env node
/**
 * The last step of `npm run build`, after `astro build` has exited: the Pagefind search index of each
 * language, from the records `astro build` computed from the content (`search-records/<locale>.json`,
 * removed once indexed), then the offline lists and the service worker (which must know Pagefind's files).
 *
 * It runs in a process of its own rather than in Astro's `astro:build:done` hook because Astro keeps the
 * whole site's content and build state in memory until it exits; indexing beside it added Pagefind's
 * memory to Astro's, and at 10,000 practices the two together passed 7 GB (docs/performance.md).
 *
 * `node scripts/finish-build.ts [--outDir DIR]` (default `dist`). BASE_PATH as for the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cpuSecondsAfterChildren, cpuSecondsWithChildren } from './lib/cpu-time.ts';
import { buildSearchIndex } from '../src/build/search/build-index.ts';
import { writeOfflineFiles } from '../src/build/offline-files.ts';
import { siteConfig } from '../src/lib/site-config.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string', default: 'dist' } } });
const out = resolve(values.outDir);
const versionFile = join(out, 'offline/version.txt');
if (!existsSync(versionFile)) {
  console.error(`finish-build: ${versionFile} is missing. Run \`astro build\` first (\`npm run build\` runs both).`);
  process.exit(1);
}
const version = readFileSync(versionFile, 'utf8').trim();
const { base } = siteConfig(process.env);
const log = (message: string) => console.log(`[finish-build] ${message}`);
/** The search step's CPU time, Pagefind's included (its service has ended when the step returns). */
const cpuNote = async () => {
  const now = await cpuSecondsAfterChildren();
  return now === undefined || cpuStarted === undefined ? '' : ` (CPU ${Math.round((now - cpuStarted) * 1000)} ms)`;
};

let started = performance.now();
const cpuStarted = cpuSecondsWithChildren();
const report = await buildSearchIndex(out);
const per = Object.entries(report.records)
  .map(([l, n]) => `${l}: ${n}`)
  .join(', ');
const records = Object.values(report.records).reduce((a, b) => a + b, 0);
log(`search index: ${records} records (${per}) in ${Math.round(performance.now() - started)} ms${await cpuNote()}`);

started = performance.now();
await writeOfflineFiles(out, base, version, log);
log(`offline files in ${Math.round(performance.now() - started)} ms`);
