/**
 * The site deployed under a sub-path (as on GitHub Pages): build it with BASE_PATH=/bias/
 * into a temporary folder, serve that folder under /bias/ only, and check that every page
 * and everything it loads is found, and that no link points outside /bias/.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import { serve, type StaticServer } from '../support/server';
import { buildEnv, builtPages, DIST, linksIn, PROJECT_ROOT, type BuiltPage } from '../support/site';

const BASE = '/bias/';
const SITE = 'https://user.github.io';
let outDir: string;
let pages: BuiltPage[] = [];
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bias-subpath-'));
  const astro = join(PROJECT_ROOT, 'node_modules', '.bin', 'astro');
  const result = spawnSync(astro, ['build', '--outDir', outDir], {
    cwd: PROJECT_ROOT,
    env: buildEnv({ BASE_PATH: BASE, SITE_URL: SITE }),
    encoding: 'utf8',
    timeout: 170_000,
  });
  if (result.status !== 0) {
    throw new Error(`astro build with BASE_PATH=${BASE} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  pages = builtPages(outDir);
  server = await serve({ root: outDir, base: BASE });
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe(`the site built for ${BASE}`, () => {
  test('the server serves nothing outside the base (so a root-relative asset would fail)', async () => {
    expect((await fetch(`${server.origin}/`)).status).toBe(404);
    expect((await fetch(server.url)).status).toBe(200);
  });

  test('every page and its assets load, with nothing outside the base', async () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const page of pages) {
      const opened = await openPage(browser, server.url + page.path, { allowedHost: server.host });
      try {
        const status = opened.response?.status();
        if (status !== 200) problems.push(`${BASE}${page.path}: HTTP ${status}`);
        problems.push(...opened.listProblems().map((p) => `${BASE}${page.path}: ${p}`));
      } finally {
        await opened.close();
      }
    }
    const outside = server.log.filter((entry) => !entry.path.startsWith(BASE) && entry.path !== '/');
    problems.push(...outside.map((entry) => `request outside ${BASE}: ${entry.path} (HTTP ${entry.status})`));
    expect(problems).toEqual([]);
  });

  test('canonical URLs, og:url and the sitemap carry the real site address and the base', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      const html = readFileSync(join(outDir, page.file), 'utf8');
      const expected = `${SITE}${BASE}${page.path}`;
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      const ogUrl = /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1];
      if (canonical !== expected) wrong.push(`${page.file}: canonical ${canonical}`);
      if (ogUrl !== expected) wrong.push(`${page.file}: og:url ${ogUrl}`);
    }
    expect(wrong).toEqual([]);
    const sitemap = readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(pages.map((p) => `${SITE}${BASE}${p.path}`).sort());
  });

  test('with the site address, every page links both editions by absolute URL (hreflang)', () => {
    const wrong: string[] = [];
    for (const page of pages.filter((p) => p.path !== '404.html')) {
      const html = readFileSync(join(outDir, page.file), 'utf8');
      const twin = page.path.replace(/^zh-tw\//, '');
      const links = Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1], m[2]]));
      const expected = { en: `${SITE}${BASE}${twin}`, 'zh-TW': `${SITE}${BASE}zh-tw/${twin}` };
      for (const [lang, url] of Object.entries(expected)) if (links[lang] !== url) wrong.push(`${page.file}: ${lang} ${links[lang]}`);
    }
    expect(wrong).toEqual([]);
  });

  test('the default build names no placeholder host, and no alternate by a relative URL (search engines ignore those)', () => {
    for (const page of builtPages()) {
      const html = readFileSync(join(DIST, page.file), 'utf8');
      expect(html, page.file).not.toMatch(/example\.org/);
      expect(html, page.file).not.toMatch(/rel="canonical"/);
      expect(html, page.file).not.toMatch(/hreflang/);
    }
  });

  test('every root-relative link in the HTML starts with the base', () => {
    const wrong: string[] = [];
    for (const page of pages) {
      for (const link of linksIn(outDir, page.file)) {
        if (link.startsWith('/') && !link.startsWith('//') && !link.startsWith(BASE)) {
          wrong.push(`${page.file}: ${link}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
