import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dist, fixtureBase, fixtureContent, fixtureDist, root } from './paths.ts';

/**
 * `npm test` builds the real site first (`npm run build`); this adds a second build of the fixture
 * content under a base path, which exercises untranslated entries and BASE_PATH handling.
 */
export default function setup() {
  // Unit-only loops (`SKIP_BUILDS=1 npx vitest run tests/unit`) need neither build.
  if (process.env.SKIP_BUILDS === '1') return;
  if (!existsSync(`${dist}/index.html`)) throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build`.');
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', fixtureDist, '--silent'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...buildEnv(), CONTENT_DIR: fixtureContent, BASE_PATH: fixtureBase, SITE_URL: 'https://example.org' },
  });
}

/** The environment without what Vitest adds (BASE_URL, MODE, ...), which Vite would take for the site's own. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}
