#!/usr/bin/env node
/**
 * `npm run build`: the content check, `astro build`, then the search index and offline files
 * (scripts/finish-build.ts), printing a short summary. Astro lists every page it writes (thousands of
 * lines); that output goes to `.astro/build.log` and is printed only when a step fails, or as it comes
 * with `npm run build -- --verbose`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { localePattern } from '../src/config/locales.ts';
import { listFiles } from '../src/build/list-files.ts';

const verbose = process.argv.includes('--verbose');
const logFile = resolve('.astro/build.log');
const astro = createRequire(import.meta.url)
  .resolve('astro/package.json')
  .replace(/package\.json$/, 'bin/astro.mjs');
const started = performance.now();
let log = '';

/** One step: its output kept for the log (and shown at once with --verbose); a failure shows it all and stops. */
function step(name: string, args: string[]): string {
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: verbose ? 'inherit' : 'pipe', maxBuffer: 512 * 1024 * 1024 });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  log += `\n$ ${name}\n${output}`;
  if (run.status !== 0) {
    if (!verbose) process.stderr.write(output);
    save();
    console.error(`build: ${name} failed (full output: ${logFile})`);
    process.exit(run.status ?? 1);
  }
  return output;
}
function save() {
  mkdirSync(resolve('.astro'), { recursive: true });
  writeFileSync(logFile, log);
}

step('content check', ['scripts/check-content.ts', '--quiet']);
const built = step('astro build', [astro, 'build']);
const finished = step('search index and offline files', ['scripts/finish-build.ts']);
save();

const out = resolve('dist');
const pages = listFiles(out).files.filter((f) => f.endsWith('.html')).length;
const warnings = built.split('\n').filter((l) => /\[WARN\]|\bwarn(ing)?\b/i.test(l));
console.log(`build: ${pages} pages in ${join('dist')}/ (${((performance.now() - started) / 1000).toFixed(1)} s)`);
for (const line of finished.split('\n').filter((l) => new RegExp(`search index:|offline (${localePattern})|service worker:`).test(l)))
  console.log(`  ${line.replace('[finish-build] ', '')}`);
if (warnings.length > 0) console.log(`build: ${warnings.length} warning(s) from Astro, in ${logFile}`);
console.log(`build: full output in ${logFile}${verbose ? '' : ' (`npm run build -- --verbose` to see it as it comes)'}`);
