#!/usr/bin/env node
/**
 * `npm run preview` (and `npm start` after its build): serves `dist/` (or `--outDir DIR`) under the base path it was built
 * for, read from a built page, so a `BASE_PATH=/mena-hub/ npm run build` is previewed at
 * http://localhost:4321/mena-hub/ without setting BASE_PATH again (Astro's preview would serve it at `/`,
 * where every link is a 404).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defaultLocale } from '../src/config/locales.ts';

const args = process.argv.slice(2);
const outDir = args.includes('--outDir') ? args[args.indexOf('--outDir') + 1]! : 'dist';
const page = `${outDir}/${defaultLocale}/index.html`;
if (!existsSync(page)) {
  console.error(`preview: ${page} is missing; run \`npm run build\` first.`);
  process.exit(1);
}
const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(page, 'utf8'))?.[1];
const base = canonical ? new URL(canonical).pathname.replace(new RegExp(`${defaultLocale}/$`), '') : '/';
const astro = createRequire(import.meta.url)
  .resolve('astro/package.json')
  .replace(/package\.json$/, 'bin/astro.mjs');
if (base !== '/') console.log(`preview: the build is for the base path ${base}`);
const run = spawnSync(process.execPath, [astro, 'preview', ...(args.includes('--port') ? [] : ['--port', '4321']), ...args], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: base },
});
process.exit(run.status ?? 1);
