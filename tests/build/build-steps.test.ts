import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { offlineManifestPath } from '../../src/lib/offline-config.ts';
import { page } from '../support/built-site.ts';
import { fixtureBase, fixtureBuildLog, fixtureDist, root } from '../support/paths.ts';

/**
 * `npm run build` is two processes: `astro build`, then `scripts/finish-build.ts` (search index, offline
 * files). These check that the two agree and that the memory-saving replacement of Astro's content store
 * module took effect (it depends on an Astro internal, so a silent regression would cost gigabytes).
 */
describe('the two build steps', () => {
  const log = readFileSync(fixtureBuildLog, 'utf8');

  it('astro build reads the content store from its file instead of bundling it', () => {
    expect(log).toContain('content store read from its file when rendering, not bundled');
    expect(log).not.toContain("content store: Astro's store module was not found");
  });

  it('the finishing step indexed every language and wrote the service worker', () => {
    expect(log).toMatch(/\[finish-build\] search index: \d+ records \(en: \d+, ar: \d+, fr: \d+\) in \d+ ms/);
    expect(log).toMatch(/\[finish-build\] service worker: \d+ files precached/);
  });

  it('the pages, the offline lists and the service worker carry the same build version', () => {
    const version = readFileSync(join(fixtureDist, 'offline/version.txt'), 'utf8');
    expect(version).toMatch(/^\S+$/);
    for (const l of localeCodes) {
      const config = JSON.parse(page(fixtureDist, `/${l}/search/`)('#search-config').text()) as { cacheTag: string };
      expect(config.cacheTag, `${l} search page`).toBe(version);
      const manifest = JSON.parse(readFileSync(join(fixtureDist, offlineManifestPath(l)), 'utf8')) as { version: string; files: { url: string }[] };
      expect(manifest.version, `${l} offline list`).toBe(version);
      expect(manifest.files.map((f) => f.url)).toContain(`${fixtureBase}pagefind/pagefind-entry.json?ts=${version}`);
    }
    expect(readFileSync(join(fixtureDist, 'sw.js'), 'utf8')).toContain(`${fixtureBase}offline/version.txt`);
  });

  it('finish-build on a folder that astro build did not write stops with a message saying what to run', async () => {
    const empty = mkdtempSync(join(root, 'tests/.output/not-built-'));
    try {
      const error = await promisify(execFile)(process.execPath, ['scripts/finish-build.ts', '--outDir', empty], { cwd: root }).then(
        () => undefined,
        (e: { code: number; stderr: string }) => e,
      );
      expect(error?.code).toBe(1);
      expect(error?.stderr).toContain('offline/version.txt is missing. Run `astro build` first (`npm run build` runs both).');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('the search index is made from the records the build computed, not from the built pages', () => {
    // The records are handed over and removed: not published, and not left for anyone to read back.
    expect(existsSync(join(fixtureDist, 'search-records'))).toBe(false);
    // Every module the finishing step loads, followed through relative imports: none parses HTML.
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const [, spec] of code.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)) {
        if (spec!.startsWith('.')) visit(resolve(dirname(file), spec!));
        else packages.add(spec!.split('/')[0]!);
      }
    };
    visit(join(root, 'scripts/finish-build.ts'));
    expect(seen.size).toBeGreaterThan(5);
    expect([...packages].filter((p) => /^(cheerio|parse5|htmlparser2|domutils)$/.test(p))).toEqual([]);
    expect(packages).toContain('pagefind');
  });
});
