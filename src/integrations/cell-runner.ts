/**
 * Builds the runner: `runner/index.html`, a same-origin page the service worker can serve;
 * its classic script `runner.js` (frame/host.ts), which carries the sandbox's script
 * (frame/boot.ts, written inline into the sandbox's srcdoc, its hash in both policies); and the
 * sources of the supervisor worker and of the cell worker (the cell runtime, the neuron module,
 * Plot and linkedom), which the runner page fetches and the sandbox turns into blob workers:
 * the sandbox's opaque origin can fetch nothing itself.
 *
 * `astro build` writes both files into the build output; `astro dev` serves them, rebuilt
 * when a file under `src/cells` or `src/neuron` changes, so the dev server runs current code.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Rolldown } from 'vite';
import { hashSource } from './csp-hash';

const cellsDir = new URL('../cells/', import.meta.url);
const watched = [fileURLToPath(cellsDir), fileURLToPath(new URL('../neuron/', import.meta.url))];

/** One entry as a single minified classic script, returned as text. */
async function bundle(entry: URL, define: Record<string, string> = {}): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define,
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: fileURLToPath(entry), formats: ['iife'], name: 'cellRunner', fileName: () => 'bundle.js' },
    },
  })) as Rolldown.RolldownOutput[] | Rolldown.RolldownOutput;
  const chunk = (Array.isArray(output) ? output[0]! : output).output.find((file) => file.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`cell-runner: no script built from ${entry.pathname}`);
  return chunk.code;
}

export interface RunnerFiles {
  'index.html': string;
  'runner.js': string;
  'supervisor.js': string;
  'cell-worker.js': string;
}

/** The sandbox's own policy (the runner page's, minus everything the sandbox does not load). */
const sandboxPolicy = (bootHash: string) => `default-src 'none'; script-src ${bootHash} 'unsafe-eval'; worker-src blob:; base-uri 'none'; form-action 'none'`;

/** The runner's files. */
export async function buildRunner(): Promise<RunnerFiles> {
  const [cellWorker, supervisor, boot, html] = await Promise.all([
    bundle(new URL('worker/cell-worker.ts', cellsDir)),
    bundle(new URL('frame/supervisor.ts', cellsDir)),
    bundle(new URL('frame/boot.ts', cellsDir)),
    readFile(new URL('frame/index.html', cellsDir), 'utf8'),
  ]);
  // Inline in a <script> element, the text must not close it.
  if (/<\/script/i.test(boot)) throw new Error('cell-runner: the sandbox script contains "</script" and cannot be inlined');
  const bootHash = hashSource(boot);
  const host = await bundle(new URL('frame/host.ts', cellsDir), {
    __SANDBOX_BOOT_SOURCE__: JSON.stringify(boot),
    __SANDBOX_POLICY__: JSON.stringify(sandboxPolicy(bootHash)),
  });
  return { 'index.html': html.replace('%SANDBOX_SCRIPT_HASH%', bootHash), 'runner.js': host, 'supervisor.js': supervisor, 'cell-worker.js': cellWorker };
}

const types: Record<keyof RunnerFiles, string> = {
  'index.html': 'text/html; charset=utf-8',
  'runner.js': 'text/javascript; charset=utf-8',
  'supervisor.js': 'text/javascript; charset=utf-8',
  'cell-worker.js': 'text/javascript; charset=utf-8',
};

export default function cellRunner(): AstroIntegration {
  let base = '/';
  return {
    name: 'cell-runner',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const files = await buildRunner();
        const outDir = new URL('runner/', dir);
        await mkdir(outDir, { recursive: true });
        for (const [name, text] of Object.entries(files)) await writeFile(new URL(name, outDir), text);
        logger.info(
          `runner frame built in ${Math.round(performance.now() - started)} ms (cell worker ${Math.round(files['cell-worker.js'].length / 1024)} KB)`,
        );
      },
      'astro:server:setup': ({ server, logger }) => {
        let files: Promise<RunnerFiles> | undefined;
        const rebuild = (file: string) => {
          if (watched.some((dir) => file.startsWith(dir))) files = undefined;
        };
        server.watcher.on('change', rebuild);
        server.watcher.on('add', rebuild);
        server.middlewares.use((request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const path = (request.url ?? '').split('?')[0]!;
          const name = path.startsWith(`${base}runner/`) ? path.slice(`${base}runner/`.length) : '';
          if (!Object.hasOwn(types, name)) return next();
          files ??= buildRunner().catch((error: Error) => {
            files = undefined;
            logger.error(`runner frame: ${error.message}`);
            throw error;
          });
          files.then(
            (built) => {
              response.setHeader('Content-Type', types[name as keyof RunnerFiles]);
              response.end(built[name as keyof RunnerFiles]);
            },
            (error: Error) => {
              response.statusCode = 500;
              response.end(`runner frame failed to build: ${error.message}`);
            },
          );
        });
      },
    },
  };
}
