#!/usr/bin/env node
/**
 * `npm run bench -- --practices N [--seed S] [--json] [--keep] [--word W] [--cpu-prof DIR] [--max-rss-mb M] [--memory-log FILE]`
 *
 * Generates N synthetic practices (scripts/lib/synthetic.ts) next to a copy of the real content in a
 * temporary folder, runs the production build there step by step (content check, `astro build`, then
 * `scripts/finish-build.ts`: the Pagefind index, timed on its own, and the offline files), and measures
 * what it produced: pages, seconds per step, peak memory of each step's process tree, size of the output,
 * the gzipped bytes a reader's first view of a practice page and of the search page costs, the Pagefind
 * index, and the bytes a first search transfers in Chromium.
 * Prints `key: value` lines, or one JSON object with --json. Never touches dist/: everything happens in a
 * temporary folder, removed at the end unless --keep.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localePattern } from '../src/config/locales.ts';
import { parseArgs } from 'node:util';
import { writeSyntheticContent } from './lib/synthetic.ts';
import { filesUnder, pageWeight, sum } from './lib/page-weight.ts';
import { launch } from './lib/browser.ts';
import { serve } from './lib/server.ts';
import { peakKb, runMeasured, type RunOptions } from './lib/measured-run.ts';

const root = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    practices: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    word: { type: 'string', default: 'municipality' },
    'cpu-prof': { type: 'string' },
    'max-rss-mb': { type: 'string' },
    'memory-log': { type: 'string' },
  },
});
const maxRssMb = args['max-rss-mb'] ? Number(args['max-rss-mb']) : Infinity;
const practices = Number(args.practices);
const seed = Number(args.seed);
if (!Number.isInteger(practices) || practices < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run bench -- --practices N [--seed S] [--json] [--keep] [--word W] [--cpu-prof DIR] [--max-rss-mb M] [--memory-log FILE]');
  process.exit(2);
}
const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
// --memory-log: one table per build step (astro build, finish-build), appended as each ends.
if (args['memory-log']) writeFileSync(resolve(args['memory-log']), '');

// The build runs on a snapshot of the project in its own folder: Astro keeps per-build state in
// <root>/.astro/ (content-modules.mjs, written at content sync and read by the bundler) and, for an
// output folder outside the working directory, its prerender chunks too; two builds sharing a root
// overwrite each other's. The snapshot also keeps a long run apart from edits made while it runs. It
// lives in tests/.output/ (ignored by git and by the type check); BENCH_DIR moves it.
const parent = resolve(process.env.BENCH_DIR ?? join(root, 'tests/.output'));
mkdirSync(parent, { recursive: true });
const work = mkdtempSync(join(parent, 'bench-'));
const site = join(work, 'site');
const content = join(work, 'content');
const dist = join(site, 'dist');
const SKIP = new Set(['node_modules', '.git', '.astro', 'tests', 'dist']);
for (const entry of readdirSync(root)) {
  if (SKIP.has(entry) || entry.startsWith('dist-')) continue;
  cpSync(join(root, entry), join(site, entry), { recursive: true });
}
// Astro's prerender chunks import its dependencies: they are found through this link.
symlinkSync(join(root, 'node_modules'), join(site, 'node_modules'), 'dir');

/** The environment for child processes, without what a test runner adds (Vite would take it for the site's). */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'BASE_PATH']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

/** A build step, measured (scripts/lib/measured-run.ts), with the bench's memory limit and log. */
const run = (label: string, command: string, argv: string[], options: Pick<RunOptions, 'cwd' | 'env' | 'logFile'>) =>
  runMeasured(label, command, argv, { ...options, maxRssMb, memoryLog: args['memory-log'] && label !== 'check' ? resolve(args['memory-log']) : undefined });

/** Opens the search page with `?q=word` in a fresh Chromium context and sums what the network carried until results show. */
async function measureSearch(dir: string, word: string) {
  // The tests' static server (sirv), compressing text like a real host.
  const server = await serve(dir, '/', { gzip: true });
  const browser = await launch();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const sizes: Promise<{ url: string; body: number; headers: number }>[] = [];
    page.on('requestfinished', (request) => {
      sizes.push(request.sizes().then((s) => ({ url: request.url(), body: s.responseBodySize, headers: s.responseHeadersSize })));
    });
    await page.goto(`${server.url}en/search/?q=${encodeURIComponent(word)}`);
    await page.waitForSelector('[data-search-status][data-state=done]', { timeout: 120_000 });
    const results = await page.locator('[data-search-results] > li').count();
    const all = await Promise.all(sizes);
    await context.close();
    const pagefind = all.filter((r) => new URL(r.url).pathname.startsWith('/pagefind/'));
    return {
      results,
      pageBytes: all.reduce((n, r) => n + r.body, 0),
      pageRequests: all.length,
      queryBytes: pagefind.reduce((n, r) => n + r.body, 0),
      queryRequests: pagefind.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Up to `limit` items spread evenly over a list (deterministic). */
const spread = <T>(list: readonly T[], limit: number): T[] =>
  list.length <= limit ? [...list] : Array.from({ length: limit }, (_, i) => list[Math.floor((i * list.length) / limit)]!);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

try {
  let t = performance.now();
  log(`generating ${practices} practices (seed ${seed}) in ${content}`);
  const generated = writeSyntheticContent(content, join(root, 'content'), { practices, seed });
  const generateSeconds = (performance.now() - t) / 1000;

  log('checking content');
  const env = childEnv({ CONTENT_DIR: content, ASTRO_CACHE_DIR: join(work, 'cache') });
  const check = await run('check', process.execPath, [join(site, 'scripts/check-content.ts'), '--quiet'], { cwd: site, env, logFile: join(work, 'check.log') });

  log('building (astro build)');
  const profile = args['cpu-prof'] ? ['--cpu-prof', '--cpu-prof-dir', resolve(args['cpu-prof'])] : [];
  const build = await run('build', process.execPath, [...profile, join(site, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: site,
    env,
    logFile: join(work, 'build.log'),
  });
  // Astro's own line for the page-rendering step ("generating static routes ... ✓ Completed in 3.3s.").
  const buildLog = readFileSync(join(work, 'build.log'), 'utf8');
  // Astro writes "350ms", "9.19s", "1m 44s" or "2m".
  const renderMatch = /generating static routes[\s\S]*?✓ Completed in ((?:\d+m)?\s*(?:[\d.]+m?s)?)\./.exec(buildLog);
  const renderSeconds = renderMatch
    ? [...renderMatch[1]!.matchAll(/([\d.]+)(ms|m|s)/g)].reduce((t, [, n, unit]) => t + Number(n) * (unit === 'ms' ? 0.001 : unit === 'm' ? 60 : 1), 0)
    : undefined;

  log('search index and offline files (scripts/finish-build.ts)');
  const finish = await run('finish', process.execPath, [...profile, join(site, 'scripts/finish-build.ts')], {
    cwd: site,
    env,
    logFile: join(work, 'finish.log'),
  });
  const finishLog = readFileSync(join(work, 'finish.log'), 'utf8');
  const searchMs = Number(/search index: .* in (\d+) ms/.exec(finishLog)?.[1] ?? NaN);
  const searchCpuMs = Number(/search index: .*\(CPU (\d+) ms\)/.exec(finishLog)?.[1] ?? NaN);
  const buildSeconds = build.seconds + finish.seconds;

  log('measuring the output');
  t = performance.now();
  const files = filesUnder(dist);
  const html = files.filter((f) => f.path.endsWith('.html'));
  const practicePages = html
    .filter((f) => new RegExp(`^(${localePattern})/practices/[^/]+/index\\.html$`).test(f.path))
    .map((f) => `/${f.path.replace(/index\.html$/, '')}`);
  const weights = spread(practicePages.sort(), 150).map((p) => pageWeight(dist, p));
  const practiceHtml = weights.map((w) => w.html.gzip);
  const first = weights[0]!;
  const search = pageWeight(dist, '/en/search/');
  const pagefindFiles = files.filter((f) => f.path.startsWith('pagefind/'));
  const browserSearch = await measureSearch(dist, args.word);
  const measureSeconds = (performance.now() - t) / 1000;

  const allWords = Object.values(generated.words);
  const pages = html.length;
  const report = {
    practices,
    seed,
    chapters: generated.chapters,
    words_min: Math.min(...allWords.map((w) => w.min)),
    words_max: Math.max(...allWords.map((w) => w.max)),
    pages_built: pages,
    practice_pages: practicePages.length,
    generate_seconds: round(generateSeconds),
    check_seconds: round(check.seconds),
    build_seconds: round(buildSeconds),
    astro_build_seconds: round(build.seconds),
    finish_build_seconds: round(finish.seconds),
    build_render_seconds: renderSeconds === undefined ? null : round(renderSeconds),
    build_search_index_seconds: round(searchMs / 1000),
    build_search_index_cpu_seconds: Number.isNaN(searchCpuMs) ? null : round(searchCpuMs / 1000),
    build_other_seconds: round(buildSeconds - searchMs / 1000 - (renderSeconds ?? 0)),
    build_cpu_seconds: build.cpuSeconds === undefined || finish.cpuSeconds === undefined ? null : round(build.cpuSeconds + finish.cpuSeconds),
    seconds_per_page: round(buildSeconds / pages, 5),
    ms_per_page: round((buildSeconds * 1000) / pages, 2),
    // The two steps run one after the other: the build's peak is the larger of theirs.
    peak_rss_mb: Math.round(Math.max(peakKb(build), peakKb(finish)) / 1024),
    peak_rss_astro_build_mb: Math.round(peakKb(build) / 1024),
    peak_rss_finish_build_mb: Math.round(peakKb(finish) / 1024),
    peak_rss_process_mb: Math.round(Math.max(build.processKb, build.timeMaxKb ?? 0, finish.processKb, finish.timeMaxKb ?? 0) / 1024),
    dist_bytes: sum(files, 'bytes'),
    dist_files: files.length,
    practice_html_gzip_bytes: Math.round(practiceHtml.reduce((a, b) => a + b, 0) / practiceHtml.length),
    practice_html_gzip_max_bytes: Math.max(...practiceHtml),
    practice_css_gzip_bytes: sum(first.css),
    practice_js_gzip_bytes: sum(first.js),
    practice_first_view_gzip_bytes: first.html.gzip + sum(first.css) + sum(first.js),
    search_html_gzip_bytes: search.html.gzip,
    search_css_gzip_bytes: sum(search.css),
    search_js_gzip_bytes: sum(search.js),
    search_first_view_gzip_bytes: search.html.gzip + sum(search.css) + sum(search.js),
    pagefind_bytes: sum(pagefindFiles, 'bytes'),
    pagefind_files: pagefindFiles.length,
    search_word: args.word,
    search_results_shown: browserSearch.results,
    search_query_bytes: browserSearch.queryBytes,
    search_query_requests: browserSearch.queryRequests,
    search_page_total_bytes: browserSearch.pageBytes,
    search_page_total_requests: browserSearch.pageRequests,
    measure_seconds: round(measureSeconds),
  };
  if (args.json) console.log(JSON.stringify(report));
  else for (const [k, v] of Object.entries(report)) console.log(`${k}: ${v}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  if (args.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
