/**
 * Offline after the first visit: a service worker generated at build time by Workbox
 * (`workbox-build`'s generateSW) that precaches every page, the runner frame, the editor chunk,
 * the fonts and Pagefind's index, each with a revision hash.
 *
 * Updates: the new worker installs beside the old one and waits; it takes over only when no
 * page of the old version is open (no skipWaiting), so a page never mixes old and new files
 * (an old page's lazy editor chunk would be gone from the new cache). The next visit after
 * that is entirely the new version; the outdated cache is then deleted.
 *
 * It must run after every integration that writes into the output (the runner, the page
 * policy): astro.config.mjs lists it last.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';

/** What is precached: everything a reader needs to read, search and run cells. */
export const precachePatterns = ['**/*.{html,js,css,svg,woff2,json,txt}', 'pagefind/**/*'];

export default function offline(): AstroIntegration {
  return {
    name: 'offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: outDir,
          globPatterns: precachePatterns,
          globIgnores: ['sw.js', 'workbox-*.js'],
          swDest: path.join(outDir, 'sw.js'),
          // The cell worker (runtime, Plot, linkedom) is one 1 MB script.
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          // Pages are asked for as /articles/shift/ and cached as articles/shift/index.html.
          directoryIndex: 'index.html',
          // Pagefind asks for its entry file with a cache-busting `?ts=`; the cached copy is the same file.
          ignoreURLParametersMatching: [/^ts$/, /^utm_/],
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached (${(size / 1024 / 1024).toFixed(1)} MB)`);
      },
    },
  };
}
