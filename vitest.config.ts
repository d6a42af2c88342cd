/// <reference types="vitest/config" />
// Unit, cell and content tests (Node). Browser tests have their own config: vitest.e2e.config.ts.
// getViteConfig gives the tests Astro's Vite setup (aliases, astro: modules, MDX/TS transforms).
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: [
      'tests/unit/**/*.test.{ts,mts,js,mjs}',
      'tests/cells/**/*.test.{ts,mts,js,mjs}',
      'tests/content/**/*.test.{ts,mts,js,mjs}',
      'content/**/*.test.ts',
    ],
    exclude: ['**/node_modules/**', 'dist/**', '.astro/**', 'tests/e2e/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    passWithNoTests: false,
  },
});
