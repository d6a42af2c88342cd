// Browser tests against the built site (dist/): run `astro build` first (npm test does).
// Files run one at a time (one Chromium, one static server each); timeouts are generous.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.{ts,mts,js,mjs}'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
