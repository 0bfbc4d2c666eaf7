import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../support/paths.ts';
import { budgets } from '../support/budgets.ts';

/**
 * `npm run bench -- --practices 20` as a smoke test: the benchmark (synthetic content, the production
 * build, the measurements, a search in Chromium) runs end to end in its own temporary folder, never
 * touching dist/, and reports sane figures. The full-size runs are recorded in docs/performance.md.
 */
const run = promisify(execFile);
let benchDir = '';
afterAll(() => (benchDir ? rm(benchDir, { recursive: true, force: true }) : undefined));

describe('npm run bench (smoke test, 20 practices)', () => {
  it('builds synthetic content, measures it, and prints one JSON object', { timeout: 240_000 }, async () => {
    benchDir = await mkdtemp(join(root, 'tests/.output/bench-smoke-'));
    const { stdout } = await run(process.execPath, ['scripts/bench.ts', '--practices', '20', '--seed', '3', '--json'], {
      cwd: root,
      env: { ...process.env, BENCH_DIR: benchDir },
      maxBuffer: 16 * 1024 * 1024,
    });
    const r = JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, number | string | null>;
    const keys = [
      'pages_built',
      'practice_pages',
      'check_seconds',
      'build_seconds',
      'build_search_index_seconds',
      'build_search_index_cpu_seconds',
      'seconds_per_page',
      'peak_rss_mb',
      'dist_bytes',
      'practice_html_gzip_bytes',
      'practice_css_gzip_bytes',
      'practice_js_gzip_bytes',
      'search_html_gzip_bytes',
      'search_css_gzip_bytes',
      'search_js_gzip_bytes',
      'pagefind_bytes',
      'pagefind_files',
      'search_query_bytes',
      'search_page_total_bytes',
    ];
    for (const k of keys) expect(typeof r[k], k).toBe('number');
    const n = (k: string) => r[k] as number;
    expect(r.practices).toBe(20);
    // 20 synthetic practices next to the real ones, each in three languages.
    expect(n('practice_pages') % 3).toBe(0);
    expect(n('practice_pages')).toBeGreaterThanOrEqual(60);
    expect(n('pages_built')).toBeGreaterThan(n('practice_pages'));
    expect(n('words_min')).toBeGreaterThanOrEqual(500);
    expect(n('words_max')).toBeLessThanOrEqual(800);
    expect(n('build_seconds')).toBeGreaterThan(n('build_search_index_seconds'));
    // Two steps, one after the other: their times add up, and the peak is the larger step's.
    expect(n('build_seconds')).toBeCloseTo(n('astro_build_seconds') + n('finish_build_seconds'), 1);
    expect(n('finish_build_seconds')).toBeGreaterThan(n('build_search_index_seconds'));
    expect(n('peak_rss_mb')).toBe(Math.max(n('peak_rss_astro_build_mb'), n('peak_rss_finish_build_mb')));
    expect(n('peak_rss_mb')).toBeGreaterThan(50);
    expect(n('peak_rss_mb')).toBeLessThan(6000);
    expect(n('dist_bytes')).toBeGreaterThan(1_000_000);
    expect(n('pagefind_files')).toBeGreaterThan(10);
    // The budgets hold on synthetic pages too.
    expect(n('practice_html_gzip_max_bytes')).toBeLessThanOrEqual(budgets.practiceHtml);
    expect(n('practice_css_gzip_bytes')).toBeLessThanOrEqual(budgets.css);
    expect(n('search_js_gzip_bytes')).toBeLessThanOrEqual(budgets.searchJs);
    // The search in Chromium found results and fetched part of the index, not all of it.
    expect(n('search_results_shown')).toBeGreaterThan(0);
    expect(n('search_query_bytes')).toBeGreaterThan(0);
    expect(n('search_query_bytes')).toBeLessThan(n('pagefind_bytes'));
    // Its temporary folder is gone.
    expect(await readdir(benchDir)).toEqual([]);
  });
});
