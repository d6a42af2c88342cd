/**
 * A tiny static file server for the built site (dist/), for browser tests.
 *
 * - listens on 127.0.0.1 and a free port chosen by the OS;
 * - serves files with their content type, a directory's index.html, and `404.html`
 *   with status 404 for anything missing (as static hosts such as GitHub Pages do);
 * - can serve the site under a sub-path (`base: '/bias/'`) to test sub-path deploys:
 *   then only URLs under that base are served, anything else is a 404.
 *
 * No dependency beyond node:http.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  // Pagefind's index files are binary blobs; any static host serves them as octet-stream.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export function contentTypeFor(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticServer {
  /** Origin, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  origin: string;
  /** Origin plus base, e.g. `http://127.0.0.1:41234/bias/` (always ends with `/`). */
  url: string;
  /** `host:port`, to tell the site's own requests from any other host's. */
  host: string;
  port: number;
  base: string;
  /** Every request served: path and status, in order. */
  log: { path: string; status: number }[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /** The folder to serve; default `dist` in the project root. */
  root?: string;
  /** Sub-path the site is deployed under, e.g. `/bias/`; default `/`. */
  base?: string;
  /** Gzip text responses when the client accepts it, as any real static host does (for benchmarks). */
  compress?: boolean;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** Start serving `root` (default dist/). Close it with `await server.close()`. */
export async function serve(options: ServeOptions = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? join(import.meta.dirname, '..', '..', 'dist'));
  let base = options.base ?? '/';
  if (!base.startsWith('/')) base = `/${base}`;
  if (!base.endsWith('/')) base = `${base}/`;
  const log: { path: string; status: number }[] = [];

  async function resolveFile(urlPath: string): Promise<string | undefined> {
    // `/bias` (no slash) means the base folder itself.
    if (`${urlPath}/` === base) urlPath = base;
    if (!urlPath.startsWith(base)) return undefined;
    let rel: string;
    try {
      rel = decodeURIComponent(urlPath.slice(base.length));
    } catch {
      return undefined;
    }
    const full = normalize(join(root, rel));
    if (full !== root && !full.startsWith(root + sep)) return undefined; // no `..` escapes
    if (await isFile(full)) return full;
    const index = join(full, 'index.html');
    if (await isFile(index)) return index;
    // `/page` served from `page.html`, as most static hosts do.
    if (!rel.endsWith('/') && (await isFile(`${full}.html`))) return `${full}.html`;
    return undefined;
  }

  const server: Server = createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    let status = 200;
    let file = await resolveFile(urlPath);
    if (!file) {
      status = 404;
      const notFound = join(root, '404.html');
      file = (await isFile(notFound)) ? notFound : undefined;
    }
    log.push({ path: urlPath, status });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    try {
      const raw = await readFile(file);
      const type = contentTypeFor(file);
      const gzip = options.compress && /gzip/.test(String(req.headers['accept-encoding'])) && /text|javascript|json|svg/.test(type);
      const body = gzip ? gzipSync(raw) : raw;
      res.writeHead(status, {
        'content-type': type,
        'content-length': body.length,
        'cache-control': 'no-cache',
        ...(gzip && { 'content-encoding': 'gzip', vary: 'accept-encoding' }),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String(error));
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    host: `127.0.0.1:${port}`,
    port,
    base,
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
