/**
 * A Content-Security-Policy `<meta>` on every built page, with a hash for each inline script
 * and style the page really contains, computed from the final HTML.
 *
 * Why not Astro's `security.csp`: tried first, it hashes the scripts and styles Astro bundles,
 * but not Starlight's `is:inline` scripts (theme, storage guard, mobile menu) or the scoped
 * styles Astro inlines, so every page broke under it. Hashing the finished file covers
 * whatever any layer put there, and a page that gains an inline script stays correct.
 *
 * What the policy allows, and why:
 * - only this site's origin for scripts, styles, fonts, images, frames, workers and requests;
 * - `'wasm-unsafe-eval'`: Pagefind's search runs in WebAssembly (no JavaScript `eval`);
 * - `style-src-attr 'unsafe-inline'`: KaTeX, Expressive Code and every figure place things with
 *   `style` attributes (thousands per article); attributes cannot run code, and figure markup
 *   from cells is sanitized before it reaches the page;
 * - `data:` images and fonts: Starlight's and KaTeX's CSS use a few inline SVG images, and
 *   KaTeX's bundled CSS one inline font (neither is a request);
 * - a nonce for styles (one per build): CodeMirror writes its styles into a `<style>` element
 *   at run time, which no build-time hash can cover (src/cells/client/style-nonce.ts);
 * The runner page (`runner/`) has its own policy (no connections; eval for the cell worker) and is left alone.
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hashSource } from './csp-hash';

const fixedDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "style-src-attr 'unsafe-inline'",
];

/** Script types a browser runs; anything else (`application/json`, ...) is a data block CSP ignores. */
const isExecutable = (attributes: string) => {
  const type = /\stype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/** The policy for one page: the fixed directives, a hash of each inline script and style, and the build's style nonce. */
export function policyFor(html: string, styleNonce?: string): string {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, tag, attributes = '', body = ''] of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1\s*>/gi)) {
    if (tag!.toLowerCase() === 'style') styles.add(hashSource(body));
    else if (!/\ssrc\s*=/i.test(attributes) && isExecutable(attributes)) scripts.add(hashSource(body));
  }
  return [
    ...fixedDirectives,
    `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].join(' ')}`.trim(),
    `style-src 'self' ${[...styles, ...(styleNonce ? [`'nonce-${styleNonce}'`] : [])].join(' ')}`,
  ].join('; ');
}

/**
 * The page with its policy at the top of `<head>`, so it governs every script and style after
 * it: right after `<meta charset>` when that comes first (it must stay in the first 1024 bytes).
 */
export function withPolicy(html: string, styleNonce?: string): string {
  const head = /<head(\s[^>]*)?>(\s*<meta\s+charset=[^>]*>)?/i.exec(html);
  if (!head) throw new Error('page-csp: the page has no <head>');
  if (/<meta\s+http-equiv=["']content-security-policy["']/i.test(html)) throw new Error('page-csp: the page already has a policy');
  const at = head.index + head[0].length;
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(html, styleNonce).replace(/"/g, '&quot;')}">`;
  return html.slice(0, at) + meta + html.slice(at);
}

export default function pageCsp(): AstroIntegration {
  return {
    name: 'page-csp',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const styleNonce = randomBytes(18).toString('base64');
        const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html') && !f.split(path.sep).includes('runner'));
        for (const page of pages) {
          const file = path.join(outDir, page);
          await writeFile(file, withPolicy(await readFile(file, 'utf8'), styleNonce));
        }
        logger.info(`a Content-Security-Policy on ${pages.length} pages`);
      },
    },
  };
}
