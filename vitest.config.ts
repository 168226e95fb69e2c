import { defineConfig } from 'vitest/config';

/**
 * Tiers, run by `npm test` (scripts/test.mjs), which builds the site only for a tier that reads `dist/`:
 * `unit` (no build, no real content; one module graph, so a test that changes shared state puts it back),
 * `content` (the real op-ed, the evaluation sets, and the editor's commands run as processes), `build` (the built site and fixture builds) and `browser`
 * (headless Chromium). Build and browser run side by side, two files at a time: each fixture build and
 * browser test has its own folders, caches and servers.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    // A missing file snapshot fails rather than being written; `-u` writes them.
    update: 'none',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          isolate: false,
          // `npm test` runs this tier beside two site builds; a slow test is for the benchmarks to find.
          testTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          // These tag the whole op-ed, read the labelled sets and run npm commands: seconds, not milliseconds.
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
