/** Helpers to find what a build produced: its pages and their internal links. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = join(PROJECT_ROOT, 'dist');

/**
 * Folders of dist/ whose pages are not meant to be visited on their own: `runner/` is the
 * cells' runner page, loaded only in a hidden iframe of a page.
 */
export const NOT_PAGES = ['runner/'];

export interface BuiltPage {
  /** Path of the HTML file relative to the output folder, with `/` separators. */
  file: string;
  /** URL path relative to the site base: `''` for the home page, `articles/x/` ... */
  path: string;
}

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (entry.isFile() && entry.name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Every page in a build folder (default dist/), except 404.html and NOT_PAGES. */
export function builtPages(outDir = DIST): BuiltPage[] {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${outDir}/index.html not found: build the site first (npx astro build; npm test does it).`);
  }
  return walk(outDir)
    .map((full) => relative(outDir, full).split(sep).join('/'))
    .filter((file) => file !== '404.html' && !NOT_PAGES.some((prefix) => file.startsWith(prefix)))
    .sort()
    .map((file) => ({
      file,
      path: file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file,
    }));
}

/** The `href`s and `src`s in an HTML file (attributes only; enough for link checks). */
export function linksIn(outDir: string, file: string): string[] {
  const html = readFileSync(join(outDir, file), 'utf8');
  const links: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|'([^']*)')/g)) {
    const value = (match[1] ?? match[2] ?? '').replaceAll('&amp;', '&');
    if (value) links.push(value);
  }
  return links;
}

/**
 * The environment for running `astro build` from inside a test: vitest sets NODE_ENV=test,
 * VITEST, TEST and friends, which change how Astro and Vite build (a build run that way
 * differs from `npm run build`, e.g. it drops the base from some URLs). Remove them.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VITEST') || key.startsWith('VITE_') || ['NODE_ENV', 'TEST', 'MODE', 'BASE_URL', 'PROD', 'DEV', 'SSR'].includes(key)) {
      delete env[key];
    }
  }
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', ...extra };
}
