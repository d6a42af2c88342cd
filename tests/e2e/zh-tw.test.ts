/**
 * The Traditional Chinese edition in the built site (issue 12): its pages say they are zh-TW,
 * the language picker leads to the counterpart page and back, each page names its twin,
 * cells run with Chinese captions and Chinese messages, and search finds Chinese terms in the
 * Chinese pages and English terms in the English ones. (axe in both themes and the absence of
 * console errors run on these pages with all the others, in smoke.test.ts.)
 */
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { afterRun, statusOf, typeCode } from '../support/cells';
import { useOnePage } from '../support/one-page';
import { searchFinds } from '../support/search';
import { useBuiltSite } from '../support/session';
import { builtPages } from '../support/site';

const site = useBuiltSite();
const pages = useOnePage(site);
const chinese = /[\u4e00-\u9fff]/;
const cellText = (cell: Locator) => cell.locator('[data-cell-output]').innerText();

describe('the zh-TW edition', () => {
  test('every English page has a built zh-TW twin', () => {
    const built = new Set(builtPages().map((p) => p.path));
    const english = [...built].filter((p) => !p.startsWith('zh-tw/'));
    expect(english.filter((p) => !built.has(`zh-tw/${p}`))).toEqual([]);
  });

  test('a zh-TW page is marked zh-TW, with Starlight’s Chinese interface', async () => {
    const page = await pages.open('zh-tw/articles/shift/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-TW');
    await expect(page.getByRole('button', { name: '搜尋' }).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole('combobox', { name: '選擇佈景主題' }).first().isVisible()).resolves.toBe(true);
  });

  test('the language picker goes to the counterpart page, and back', async () => {
    const page = await pages.open('zh-tw/articles/threshold/');
    // Leaving a page before its lazy scripts (the search UI) have loaded aborts them: wait for quiet.
    const settle = () => page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
    await settle();
    const english = (url: URL) => url.pathname.endsWith('/articles/threshold/') && !url.pathname.includes('/zh-tw/');
    await Promise.all([page.waitForURL(english), page.getByRole('combobox', { name: '選擇語言' }).first().selectOption({ label: 'English' })]);
    expect(new URL(page.url()).pathname).not.toContain('zh-tw');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await settle();
    await Promise.all([
      page.waitForURL(/\/zh-tw\/articles\/threshold\/$/),
      page.getByRole('combobox', { name: 'Select language' }).first().selectOption({ label: '繁體中文' }),
    ]);
    await expect(page.locator('h1').innerText()).resolves.toMatch(chinese);
  });

  test('cells run with Chinese captions, buttons and messages', async () => {
    const page = await pages.open('zh-tw/articles/shift/');
    const cell = page.locator('[data-cell="zh-tw/articles/shift/0"]');
    await expect(cell.getByRole('button', { name: /^編輯/ }).innerText()).resolves.toBe('編輯');
    await expect(cell.getByRole('button', { name: /^分享/ }).innerText()).resolves.toBe('分享');
    const before = await cellText(cell);
    expect(before).toMatch(chinese);
    const slider = cell.getByRole('slider').first();
    await expect(slider.evaluate((el) => document.querySelector(`label[for="${el.id}"]`)?.textContent ?? '')).resolves.toMatch(chinese);
    await afterRun(cell, async () => {
      await slider.focus();
      await page.keyboard.press('ArrowRight');
    });
    const after = await cellText(cell);
    expect(after).toMatch(chinese);
    expect(after).not.toBe(before);
    await expect(statusOf(cell)).resolves.toMatch(/^已執行/);

    await afterRun(cell, () => typeCode(cell, 'const a = ;'));
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/^語法錯誤（第 1 行第 \d+ 欄）：/);
  });

  test('search finds 偏差, 閾值 and 邏輯斯 in the Chinese pages, and an English term in the English ones', async () => {
    const page = await pages.open('zh-tw/');
    await searchFinds(page, '閾值', '/zh-tw/articles/threshold/');
    await page.keyboard.press('Escape');
    await searchFinds(page, '邏輯斯', '/zh-tw/articles/logistic-cdf/');
    await page.keyboard.press('Escape');
    await searchFinds(page, '偏差', '/zh-tw/');
    const english = await pages.open('articles/shift/');
    await searchFinds(english, 'threshold', '/articles/threshold/');
    const hrefs = await english
      .getByRole('dialog')
      .locator('a[href*="/articles/"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLAnchorElement).pathname));
    expect(hrefs.filter((h) => h.includes('/zh-tw/'))).toEqual([]);
  });
});
