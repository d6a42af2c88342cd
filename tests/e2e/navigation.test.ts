/**
 * A reader can move through the site: the sidebar lists every article in reading order with
 * the current one marked, on a desktop and in the phone menu; each article's previous/next
 * links follow that order from the first article to the last; headings with math read as
 * one copy of their text in "On this page" and in search.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { readingOrder } from '../../src/content/reading-order';
import { openPage, type OpenedPage } from '../support/browser';
import { useBuiltSite } from '../support/session';

const site = useBuiltSite();
let opened: OpenedPage | undefined;
const phone = { width: 375, height: 800 };
const desktop = { width: 1280, height: 900 };

afterEach(async () => {
  if (opened) expect(opened.listProblems()).toEqual([]);
  await opened?.close();
  opened = undefined;
});

async function open(path: string, viewport = desktop): Promise<Page> {
  opened = await openPage(site.browser, site.server.url + path, { allowedHost: site.server.host, scroll: false, settleMs: 500, viewport });
  return opened.page;
}

/** The sidebar's article links, as [path, is current]. */
const articleLinks = (page: Page) =>
  page
    .locator('nav[aria-label="Main"] a[href*="/articles/"]')
    .evaluateAll((links) =>
      links
        .filter((a) => (a as HTMLElement).offsetParent !== null)
        .map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.getAttribute('aria-current') === 'page']),
    );

const paths = readingOrder.map((slug) => `/${slug}/`);

describe('sidebar', () => {
  test.each(paths)('lists every article in reading order on %s, the page itself marked (1280 px)', async (path) => {
    const page = await open(path.slice(1));
    expect(await articleLinks(page)).toEqual(paths.map((p) => [p, p === path]));
  });

  test('the phone menu opens on the same list, and a link in it leads to its article (375 px)', async () => {
    const page = await open('articles/shift/', phone);
    expect(await articleLinks(page)).toEqual([]);
    await page.getByRole('button', { name: 'Menu' }).click();
    expect(await articleLinks(page)).toEqual(paths.map((p) => [p, p === '/articles/shift/']));
    await Promise.all([page.waitForURL('**/articles/logistic-cdf/'), page.locator('nav[aria-label="Main"] a[href$="/articles/logistic-cdf/"]').click()]);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/logistic CDF/);
  });
});

describe('previous and next', () => {
  for (const viewport of [desktop, phone]) {
    test(`following "next" from the first article reaches the last, in order (${viewport.width} px)`, async () => {
      const page = await open(paths[0]!.slice(1), viewport);
      const visited = [new URL(page.url()).pathname];
      // Before the first article come the glossary, the argument map and the overview (the home page).
      expect(new URL((await page.locator('a[rel="prev"]').getAttribute('href'))!, page.url()).pathname).toBe('/glossary/');
      for (let i = 1; i < paths.length; i++) {
        const next = page.locator('a[rel="next"]');
        await next.scrollIntoViewIfNeeded();
        await Promise.all([page.waitForURL(`**${paths[i]}`), next.click()]);
        visited.push(new URL(page.url()).pathname);
        await expect(page.locator('a[rel="prev"]').getAttribute('href')).resolves.toMatch(new RegExp(`${paths[i - 1]}$`));
      }
      expect(visited).toEqual(paths);
      expect(await page.locator('a[rel="next"]').count()).toBe(0);
    });
  }
});

describe('the argument map', () => {
  test('has its place in the sidebar on every article, between the overview and the glossary before the first article', async () => {
    for (const path of [paths[0]!, paths.at(-1)!]) {
      const page = await open(path.slice(1));
      await expect(page.locator('nav[aria-label="Main"] a[href$="/argument-map/"]').count()).resolves.toBe(1);
      await opened?.close();
      opened = undefined;
    }
    const page = await open('argument-map/');
    await expect(page.locator('nav[aria-label="Main"] a[href$="/argument-map/"]').getAttribute('aria-current')).resolves.toBe('page');
    expect(new URL((await page.locator('a[rel="prev"]').getAttribute('href'))!, page.url()).pathname).toBe('/');
    expect(new URL((await page.locator('a[rel="next"]').getAttribute('href'))!, page.url()).pathname).toBe('/glossary/');
    // Every argument, each with a verdict and a link that leads to its section.
    await expect(page.locator('[data-argument]').count()).resolves.toBe(23);
    const link = page.locator('[data-argument="A6"] a').first();
    await Promise.all([page.waitForURL('**/articles/shift/#*'), link.click()]);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${anchor}"]`).count()).resolves.toBe(1);
  });
});

describe('headings with math', () => {
  test('"On this page" and search read the formula once', async () => {
    const page = await open('articles/shift/');
    const toc = await page.locator('starlight-toc nav').innerText();
    expect(toc).toContain('What happens to w during training');
    expect(toc).not.toMatch(/www/);
    // A string, so the test runner does not rewrite the browser's import().
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import(location.origin + '/pagefind/pagefind.js');
      const { results } = await pagefind.search('what happens to w during training');
      return JSON.stringify(await Promise.all(results.slice(0, 3).map((r) => r.data())));
    })()`)) as string;
    expect(found).toContain('What happens to w during training');
    expect(found).not.toMatch(/to www during|to w w w/);
  });
});
