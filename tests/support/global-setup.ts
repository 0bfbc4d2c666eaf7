import { existsSync, writeFileSync } from 'node:fs';
import { buildSite } from './astro-build.ts';
import { dist, fixtureBase, fixtureBuildLog, fixtureContent, fixtureDist } from './paths.ts';

/**
 * `npm test` builds the real site first (`npm run build`); this adds a second build of the fixture
 * content under a base path, which exercises untranslated entries and BASE_PATH handling.
 */
export default async function setup() {
  // Unit-only loops (`SKIP_BUILDS=1 npx vitest run tests/unit`) need neither build.
  if (process.env.SKIP_BUILDS === '1') return;
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build`.');
  const built = await buildSite({ contentDir: fixtureContent, outDir: fixtureDist, env: { BASE_PATH: fixtureBase, SITE_URL: 'https://example.org' } });
  writeFileSync(fixtureBuildLog, built.output);
  if (built.code !== 0) throw new Error(`The fixture site did not build:\n${built.output}`);
}
