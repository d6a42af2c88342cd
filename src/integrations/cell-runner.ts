/**
 * Builds the sandboxed runner frame's script (the cell runtime, the neuron module and Plot)
 * as one classic script in `public/runner/`, before Astro copies `public/`. A classic
 * script because the frame's opaque origin cannot load module scripts from the site.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'vite';

const frameDir = new URL('../cells/frame/', import.meta.url);

export default function cellRunner(): AstroIntegration {
  return {
    name: 'cell-runner',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const outDir = fileURLToPath(new URL('runner/', config.publicDir));
        await mkdir(outDir, { recursive: true });
        const started = performance.now();
        await build({
          configFile: false,
          logLevel: 'warn',
          publicDir: false,
          build: {
            outDir,
            emptyOutDir: false,
            minify: true,
            target: 'es2022',
            lib: {
              entry: fileURLToPath(new URL('runner.ts', frameDir)),
              formats: ['iife'],
              name: 'cellRunner',
              fileName: () => 'runner.js',
            },
          },
        });
        await copyFile(new URL('index.html', frameDir), new URL('index.html', `file://${outDir}`));
        logger.info(`runner frame built in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
