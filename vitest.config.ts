import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` needs no build (`npm run test:unit`); `build` (assertions on the built pages) and
 * `e2e` (Chromium) need the real site in dist/ (`npm run build`) and the fixture site their global setup
 * builds. A project's global setup runs only when one of its files does. `npm test` runs all three.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // Browser tests share one Chromium per file; two cores, so keep files from fighting for them.
    maxWorkers: 2,
    projects: [
      // Everything else under tests/ (today tests/unit) is a unit test: a new folder cannot be left out of `npm test`.
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/build/**', 'tests/e2e/**'] } },
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
      { extends: true, test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/support/global-setup.ts'] } },
    ],
  },
});
