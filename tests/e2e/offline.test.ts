/**
 * Offline after one visit (src/integrations/offline.ts): with the service worker allowed, a
 * reader visits the home page once, the network goes away, and every article still loads with
 * its figures, a slider reruns its cell, edited code runs, Edit opens the editor and search
 * answers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { openPage } from '../support/browser';
import { afterRun, openEditor, replaceCode } from '../support/cells';
import { searchFinds } from '../support/search';
import { useBuiltSite } from '../support/session';
import { builtPages, DIST } from '../support/site';

const site = useBuiltSite();

describe('offline after the first visit', () => {
  test('the service worker precaches every page, the runner, the editor, the fonts and the search index', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    for (const page of builtPages()) expect(sw, page.file).toContain(`"${page.file}"`);
    for (const file of ['index.html', 'runner.js', 'supervisor.js', 'cell-worker.js']) expect(sw).toContain(`"runner/${file}"`);
    expect(sw).toMatch(/"_astro\/editor\.[\w-]+\.js"/);
    expect(sw).toMatch(/"_astro\/KaTeX_Main-Regular\.[\w-]+\.woff2"/);
    expect(sw).toMatch(/"pagefind\/pagefind\.js"/);
    expect(sw).toMatch(/"pagefind\/wasm\.[\w-]+\.pagefind"|"pagefind\/wasm\.unknown\.pagefind"/);
  });

  test('every article loads, cells rerun, Edit opens the editor and search answers, with the network gone', async () => {
    const opened = await openPage(site.browser, site.server.url, { allowedHost: site.server.host, serviceWorkers: 'allow', scroll: false, settleMs: 500 });
    try {
      const { page, context } = opened;
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      await context.setOffline(true);
      for (const p of builtPages()) {
        const response = await page.goto(site.server.url + p.path, { waitUntil: 'load' });
        expect(response?.ok(), p.path).toBe(true);
        await expect(page.locator('h1').first().innerText(), p.path).resolves.not.toBe('');
        // Let the page finish (favicon, fonts) before leaving it: a request cut short by our own
        // next navigation would read as a failure.
        await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      }
      await page.goto(site.server.url + 'articles/shift/', { waitUntil: 'load' });
      const cell = page.locator('[data-cell]').first();
      const output = cell.locator('[data-cell-output]');
      // The pre-rendered figure is there, and a slider reruns the cell: the runner page comes
      // from the cache and the sandbox inside it needs no request.
      await expect(output.locator('svg').count()).resolves.toBeGreaterThan(0);
      const before = await output.innerHTML();
      await afterRun(cell, async () => {
        await cell.getByRole('slider', { name: /^b/ }).focus();
        await page.keyboard.press('ArrowRight');
      });
      expect(await output.innerHTML()).not.toBe(before);
      await expect(cell.locator('[data-cell-status]').innerText()).resolves.not.toMatch(/error|stopped|failed/i);
      // The editor opens from the cache, and edited code runs.
      await openEditor(cell);
      await replaceCode(cell, "display('offline ' + (6 * 7));");
      await expect(output.innerText()).resolves.toBe('offline 42');
      await page.keyboard.press('Escape');
      await searchFinds(page, 'intercept', 'articles/intercept');
      // Anything not in the cache would be a failed request now.
      expect(opened.listProblems()).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
