import { resolve } from 'node:path';

/** Where the test run finds its two builds (TEST_DIST and TEST_FIXTURE_DIST let parallel work keep apart). */
export const root = resolve(import.meta.dirname, '../..');
/** The real site, built by `npm run build` before the tests run. */
export const dist = resolve(root, process.env.TEST_DIST ?? 'dist');
/** The fixture content built under a base path (global setup). */
export const fixtureDist = resolve(root, process.env.TEST_FIXTURE_DIST ?? 'tests/.output/dist-fixture');
export const fixtureBase = '/hub/';
/** The fixture site is built with a repository, so its proposal form offers the prefilled issue (the real site is built without). */
export const fixtureRepository = 'https://github.com/example/mena-hub';
/** What the fixture build printed (both steps), for tests of the build itself. */
export const fixtureBuildLog = `${fixtureDist}.log`;
export const fixtureContent = resolve(root, 'tests/fixtures/valid');
export const realContent = resolve(root, 'content');
