import { defineConfig } from 'vitest/config';

/**
 * Three tiers, run by `npm test` (scripts/test.mjs), which builds the site only when a tier that reads
 * `dist/` is selected:
 *
 * - `unit`: pure functions, plugin and content fixtures; no site build, and none of the real content, so an
 *   edit to a note cannot fail it. Its files share one module graph (no isolation): importing the pipeline
 *   once per file took half its time. A test that changes shared state puts it back.
 * - `content`: the real op-ed, its notes and the labelled evaluation sets, read without a build.
 * - `build`: assertions on the built `dist/` and real builds of small fixture sites.
 * - `browser`: headless Chromium against the built site.
 *
 * The build and browser tiers then run together, two files at a time from either tier. (With a limit of one
 * file per tier, Vitest ran the two tiers one file after another, not side by side: a 5 s sleep in each
 * took 10 s.) Fixture builds use their own folders and caches, and browser tests their own servers and
 * profiles, so any two can run at once.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    // A fixture's expected file (a file snapshot) that is missing fails the test instead of being written;
    // `-u` writes them.
    update: 'none',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          isolate: false,
          // Milliseconds on a quiet machine; `npm test` runs this tier beside two site builds, which can slow a
          // test past Vitest's default five seconds. A slow test is for the benchmarks to find, not a failure.
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          // These tag the whole op-ed and read the labelled sets: seconds, not milliseconds, on a loaded machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          // Builds take seconds, not milliseconds.
          testTimeout: 300_000,
          hookTimeout: 300_000,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
