/**
 * Fails the build when a page links to a page, file or heading of this site that does not
 * exist, naming the article and the line where the link is written.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface BrokenLink {
  /** The built page the link is on, relative to the output folder. */
  page: string;
  href: string;
  reason: string;
}

/** Every internal link of every HTML page in `outDir` that leads nowhere. */
export async function findBrokenLinks(outDir: string, base: string): Promise<BrokenLink[]> {
  const pages = (await readdir(outDir, { recursive: true })).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/'));
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) {
      set = new Set([...readFileSync(path.join(outDir, file), 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));
      ids.set(file, set);
    }
    return set;
  };
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    if (page === '404.html' || page.startsWith('runner/')) continue;
    const html = readFileSync(path.join(outDir, page), 'utf8');
    const pageUrl = new URL(page.replace(/(^|\/)index\.html$/, '$1'), `http://site${base}`);
    for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = decodeEntities(match[1]!);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue; // another site, mailto:, ...
      const url = new URL(href, pageUrl);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `it leaves the site's base path ${base}` });
        continue;
      }
      const target = resolveTarget(outDir, decodeURIComponent(url.pathname.slice(base.length)));
      if (!target) broken.push({ page, href, reason: 'no such page or file' });
      else if (url.hash.length > 1 && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push({ page, href, reason: `the page has no heading or element with id "${decodeURIComponent(url.hash.slice(1))}"` });
      }
    }
  }
  return broken;
}

/** The file a site path is served from, if there is one. */
function resolveTarget(outDir: string, sitePath: string): string | undefined {
  const candidates = sitePath === '' || sitePath.endsWith('/') ? [`${sitePath}index.html`] : [sitePath, `${sitePath}/index.html`, `${sitePath}.html`];
  return candidates.find((c) => existsSync(path.join(outDir, c)) && !c.endsWith('/'));
}

function decodeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
    .replace(/&quot;/g, '"');
}

/** The article a built page comes from, and the line where `href` is written in it. */
export function locateLink(contentRoot: string, page: string, href: string): string {
  const slug = page.replace(/(^|\/)index\.html$/, '$1').replace(/\/$/, '');
  const candidates = [`${slug}.mdx`, `${slug}.md`, `${slug}/index.mdx`, `${slug}/index.md`].map((c) => path.join(contentRoot, c.replace(/^\//, '')));
  const file = candidates.find((c) => existsSync(c));
  if (!file) return page;
  const lines = readFileSync(file, 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(`(${href}`) || l.includes(`"${href}"`) || l.includes(href));
  const relative = path.relative(process.cwd(), file);
  return line >= 0 ? `${relative}:${line + 1}` : relative;
}

export default function linkCheck({ contentRoot }: { contentRoot: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const broken = await findBrokenLinks(fileURLToPath(dir), base);
        if (broken.length === 0) {
          logger.info('every internal link leads somewhere');
          return;
        }
        const lines = broken.map((b) => `  ${locateLink(contentRoot, b.page, b.href)}: link to "${b.href}" is broken (${b.reason})`);
        throw new Error(`${broken.length} broken internal link${broken.length > 1 ? 's' : ''}:\n${lines.join('\n')}`);
      },
    },
  };
}
