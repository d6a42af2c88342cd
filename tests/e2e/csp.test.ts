/**
 * The page Content-Security-Policy (src/integrations/page-csp.ts) in the built site: every
 * page has one, it is enforced, and the site's own work (cells, the editor, search, the theme
 * switch) runs under it without a single violation. The harness turns any violation into a
 * console error (tests/support/browser.ts), so every other browser test checks this too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPage, type OpenOptions } from '../support/browser';
import { afterRun, openEditor } from '../support/cells';
import { searchFinds } from '../support/search';
import { useBuiltSite } from '../support/session';
import { builtPages, DIST } from '../support/site';

const site = useBuiltSite();
const open = (path: string, options: Partial<OpenOptions> = {}) =>
  openPage(site.browser, site.server.url + path, { allowedHost: site.server.host, scroll: false, settleMs: 500, ...options });

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&quot;/g, '"');

describe('the page policy', () => {
  test('every page has one, near the top, allowing no other host and no inline script by default', () => {
    for (const page of [...builtPages(), { file: '404.html' }]) {
      const html = readFileSync(join(DIST, page.file), 'utf8');
      const policy = policyOf(html);
      expect(policy, page.file).toBeTruthy();
      expect(html.indexOf('http-equiv="content-security-policy"'), page.file).toBeLessThan(html.indexOf('<script'));
      expect(policy, page.file).not.toMatch(/https?:|\*|script-src[^;]*'unsafe-(inline|eval)'/);
    }
  });

  test('is enforced: an injected inline script does not run and is reported', async () => {
    const opened = await open('');
    try {
      const ran = await opened.page.evaluate(async () => {
        const script = document.createElement('script');
        script.textContent = 'window.injectedRan = true;';
        document.body.append(script);
        await new Promise((r) => setTimeout(r, 100));
        return (window as unknown as { injectedRan?: boolean }).injectedRan ?? false;
      });
      expect(ran).toBe(false);
      expect(opened.problems.consoleErrors.join('\n')).toMatch(/CSP violation: script-src-elem blocked inline/);
    } finally {
      await opened.close();
    }
  });

  test('a slider reruns a cell, Edit opens the editor, search answers and the theme switches, with no violation', async () => {
    const opened = await open('articles/shift/');
    try {
      const { page } = opened;
      const cell = page.locator('[data-cell]').first();
      await afterRun(cell, async () => {
        await cell.getByRole('slider').first().focus();
        await page.keyboard.press('ArrowRight');
      });
      await expect(cell.locator('[data-cell-output] svg').count()).resolves.toBeGreaterThan(0);
      await openEditor(cell);
      await page.keyboard.press('Escape');
      await searchFinds(page, 'intercept', 'articles/intercept');
      await page.keyboard.press('Escape');
      await page.locator('starlight-theme-select select').first().selectOption('dark');
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
      expect(opened.listProblems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
