#!/usr/bin/env node
/**
 * Measures what Pagefind finds by itself and what the folding adds: runs the search table
 * (tests/fixtures/search-queries.ts) against two indexes of the fixture site, one of the text as
 * written with the raw query, one folded (the site's own), and prints a Markdown table.
 * Needs `tests/.output/dist-fixture` (built by the test run); builds the fixture's pages once more
 * (`astro build` alone) for the records of the raw index. Usage: node tests/tools/measure-search.ts
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSearchIndex } from '../../src/build/search/build-index.ts';
import { buildSite } from '../support/astro-build.ts';
import { serve } from '../../scripts/lib/server.ts';
import { launch } from '../../scripts/lib/browser.ts';
import { fixtureBase, fixtureContent, fixtureDist, root } from '../support/paths.ts';
import { searchCases, type SearchCase } from '../fixtures/search-queries.ts';
import { resultsFor } from '../support/search-runner.ts';

// Inside the project, as astro-build.ts asks of an output folder.
const rawDir = join(root, 'tests/.output/dist-measure-raw');
const built = await buildSite({
  contentDir: fixtureContent,
  outDir: rawDir,
  env: { BASE_PATH: fixtureBase, SITE_URL: 'https://example.org' },
  astroOnly: true,
});
if (built.code !== 0) throw new Error(`the fixture did not build:\n${built.output}`);
await buildSearchIndex(rawDir, { raw: true });

const passes = (c: SearchCase, got: string[]) =>
  (!c.first || got[0] === c.first) &&
  (c.includes ?? []).every((p) => got.includes(p)) &&
  (c.excludes ?? []).every((p) => !got.includes(p)) &&
  (!c.exactly || [...got].sort().join() === [...c.exactly].sort().join());

const browser = await launch();
const folded = await serve(fixtureDist, fixtureBase);
const raw = await serve(rawDir, fixtureBase);
const rows: string[] = ['| lang | rule | query | Pagefind alone | with folding |', '| --- | --- | --- | --- | --- |'];
let alone = 0;
let ours = 0;
try {
  for (const c of searchCases) {
    const a = passes(c, await resultsFor(browser, raw.url, c, { raw: true }));
    const b = passes(c, await resultsFor(browser, folded.url, c));
    alone += a ? 1 : 0;
    ours += b ? 1 : 0;
    const q = c.q ? `\`${c.q}\`` : `filters ${JSON.stringify(c.filters)}`;
    rows.push(`| ${c.lang} | ${c.rule} | ${q} | ${a ? 'found' : '**missed**'} | ${b ? 'found' : '**missed**'} |`);
  }
} finally {
  await browser.close();
  await folded.close();
  await raw.close();
  await rm(rawDir, { recursive: true, force: true });
}
console.log(rows.join('\n'));
console.log(`\nPagefind alone: ${alone}/${searchCases.length}; with folding: ${ours}/${searchCases.length}`);
