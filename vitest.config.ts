import { defineConfig } from 'vitest/config';

/**
 * Three tiers, run by `npm test` (scripts/test.mjs), which builds the site only when a tier that reads
 * `dist/` is selected:
 *
 * - `unit`: pure functions, plugin and content fixtures; no site build, seconds.
 * - `build`: assertions on the built `dist/` and real builds of small fixture sites.
 * - `browser`: headless Chromium against the built site.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Builds take seconds, not milliseconds.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          // Builds are CPU-bound and the machine has two cores: one file at a time.
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browser tests share one machine with two cores: run files one at a time to keep timings honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
