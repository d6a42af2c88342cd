/**
 * Smoke tests of the built site (dist/) in headless Chromium, served by a plain static
 * server: every page loads with no console error, page error, failed request or request
 * to another host; 404, favicon, dark mode, search; axe in light and dark; internal links.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage, type OpenOptions } from '../support/browser';
import { useBuiltSite } from '../support/session';
import { builtPages, DIST, linksIn } from '../support/site';

const pages = builtPages();
const site = useBuiltSite();

const open = (path: string, options: Partial<OpenOptions> = {}) =>
  openPage(site.browser, site.server.url + path, { allowedHost: site.server.host, ...options });

const label = (path: string) => `/${path}`;

/**
 * Colour rules: the only axe rules whose result can differ between the light and the dark
 * theme (the DOM is the same; only colours change). The dark theme runs just these, which
 * halves the time axe takes (it is the slowest part of these tests on pages with figures).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

async function axeViolations(page: Page, colourOnly = false): Promise<string[]> {
  let builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  if (colourOnly) builder = builder.withRules(COLOUR_RULES);
  const results = await builder.analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(' | ')}${v.nodes.length > 5 ? ` (+${v.nodes.length - 5} more)` : ''}`,
  );
}

describe('the test harness itself', () => {
  test('finds built pages', () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.map((p) => p.path)).toContain('');
  });

  test('blocks and records a request to another host', async () => {
    const opened = await open('', { scroll: false });
    try {
      // A navigation: the page's own policy would stop a fetch before the harness saw it.
      await opened.page.goto('https://example.invalid/x').catch(() => undefined);
      expect(opened.problems.foreignRequests).toContain('https://example.invalid/x');
    } finally {
      await opened.close();
    }
  });
});

describe('every page loads clean', () => {
  test.each(pages.map((p) => [label(p.path), p.path]))('%s', async (_name, path) => {
    const opened = await open(path);
    try {
      expect(opened.response?.status(), `status of ${label(path)}`).toBe(200);
      expect(opened.listProblems(), `problems on ${label(path)}`).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});

describe('axe finds no violation', () => {
  for (const theme of ['light', 'dark'] as const) {
    const what = theme === 'light' ? 'all rules' : 'colour rules';
    test.each(pages.map((p) => [label(p.path), p.path]))(`%s (${theme}, ${what})`, async (_name, path) => {
      const opened = await open(path, { colorScheme: theme });
      try {
        // Starlight's default theme is "auto": it follows prefers-color-scheme.
        expect(await opened.page.locator('html').getAttribute('data-theme')).toBe(theme);
        const violations = await axeViolations(opened.page, theme === 'dark');
        expect(violations, `axe violations on ${label(path)} in ${theme} theme`).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }
});

describe('site features', () => {
  test('a missing page answers 404 with the site’s 404 page', async () => {
    const opened = await open('this-page-does-not-exist/', { expectStatus: 404 });
    try {
      expect(opened.response?.status()).toBe(404);
      await expect.poll(() => opened.page.locator('h1').first().textContent()).toMatch(/\S/);
      expect(await opened.page.title()).toMatch(/404|not found/i);
      // In both languages, with links from the site's base that work at any depth.
      const main = opened.page.locator('main');
      await expect(main.innerText()).resolves.toMatch(/start from the overview or the argument map, or search/);
      await expect(main.locator('[lang="zh-TW"]').innerText()).resolves.toMatch(/這個網址沒有頁面/);
      for (const href of await main.locator('a').evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).href))) {
        expect((await fetch(href)).status, href).toBe(200);
      }
      expect(opened.listProblems(), 'problems on the 404 page').toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('the favicon is served', async () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const href = html.match(/<link[^>]*rel="(?:shortcut )?icon"[^>]*href="([^"]+)"/)?.[1];
    expect(href, 'a <link rel="icon"> on the home page').toBeTruthy();
    const response = await fetch(new URL(href!, site.server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\//);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  test('the theme select switches dark and light mode, and the choice survives a reload', async () => {
    const opened = await open('', { scroll: false });
    try {
      const { page } = opened;
      const select = page.getByRole('combobox', { name: /theme/i });
      await select.selectOption('dark');
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
      await page.reload();
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('dark');
      await page.getByRole('combobox', { name: /theme/i }).selectOption('light');
      await expect.poll(() => page.locator('html').getAttribute('data-theme')).toBe('light');
      expect(opened.listProblems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('the Pagefind search index exists', () => {
    const entry = JSON.parse(readFileSync(join(DIST, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    const counts = Object.values(entry.languages as Record<string, { page_count: number }>).map((l) => l.page_count);
    expect(counts.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  test('searching for an article’s title finds the article', async () => {
    // An article page (not the home page), and its title as the query.
    const article = pages.find((p) => p.path.startsWith('articles/')) ?? pages.find((p) => p.path !== '')!;
    const html = readFileSync(join(DIST, article.file), 'utf8');
    const title = html.match(/<h1[^>]*>([^<]+)/)?.[1]?.trim();
    expect(title, `an <h1> in ${article.file}`).toBeTruthy();
    const opened = await open('', { scroll: false });
    try {
      const { page } = opened;
      const button = page.getByRole('button', { name: 'Search' }).first();
      await expect.poll(() => button.isEnabled()).toBe(true);
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Search' });
      const input = dialog.getByRole('searchbox').or(dialog.locator('input')).first();
      await input.waitFor({ state: 'visible' });
      await input.fill(title!);
      const result = dialog.locator(`a[href*="${article.path || '/'}"]`).first();
      await result.waitFor({ state: 'visible', timeout: 15_000 });
      expect(opened.listProblems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  test('every internal link and asset in the HTML exists', async () => {
    const broken: string[] = [];
    const checked = new Map<string, number>();
    for (const p of [...pages, { file: '404.html', path: '404.html' }]) {
      const pageUrl = new URL(p.path, site.server.url);
      for (const link of linksIn(DIST, p.file)) {
        if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(link) && !link.startsWith(site.server.origin)) continue;
        const target = new URL(link, pageUrl);
        target.hash = '';
        target.search = '';
        const key = target.href;
        if (!checked.has(key)) checked.set(key, (await fetch(key, { method: 'HEAD' })).status);
        if (checked.get(key)! >= 400) broken.push(`${p.file}: ${link} -> HTTP ${checked.get(key)}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
