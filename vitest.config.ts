import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds and browser sessions take seconds, not milliseconds.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Browser tests share one machine with two cores: run files one at a time to keep timings honest.
    fileParallelism: false,
  },
});
