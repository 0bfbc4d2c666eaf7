import { existsSync, writeFileSync } from 'node:fs';
import { buildSite } from './astro-build.ts';
import { dist, fixtureBase, fixtureBuildLog, fixtureContent, fixtureDist, fixtureRepository } from './paths.ts';

/** One fixture build per run, though the `build` and `e2e` projects both list this setup (it runs in the main process). */
const once = Symbol.for('mena-hub:fixture-build');
type WithBuild = typeof globalThis & { [once]?: Promise<void> };

/**
 * The `build` and `e2e` test projects need the real site (`npm run build`; `npm test` builds it first) and a
 * second build of the fixture content under a base path, which exercises untranslated entries and
 * BASE_PATH handling. Unit tests need neither (vitest.config.ts).
 */
export default function setup(): Promise<void> {
  const state = globalThis as WithBuild;
  state[once] ??= buildFixture();
  return state[once];
}

async function buildFixture(): Promise<void> {
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build`.');
  const built = await buildSite({
    contentDir: fixtureContent,
    outDir: fixtureDist,
    env: { BASE_PATH: fixtureBase, SITE_URL: 'https://example.org', REPOSITORY_URL: fixtureRepository },
  });
  writeFileSync(fixtureBuildLog, built.output);
  if (built.code !== 0) throw new Error(`The fixture site did not build:\n${built.output}`);
}
