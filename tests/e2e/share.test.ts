/**
 * Share by link (client/share.ts): a cell's code and sliders travel in the URL fragment and
 * open in a fresh browser, without overwriting the reader's own saved version there; a
 * damaged, huge or hostile link gets a notice and the article's code.
 */
import { compressToEncodedURIComponent } from 'lz-string';
import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { openPage, type OpenedPage } from '../support/browser';
import { afterRun, replaceCode } from '../support/cells';
import { useBuiltSite } from '../support/session';

const site = useBuiltSite();
const playground = 'articles/playground/';
const opened: OpenedPage[] = [];

afterEach(async () => {
  for (const one of opened) expect(one.listProblems()).toEqual([]);
  for (const one of opened.splice(0)) await one.close();
});

/** A page in a browser context of its own: its own storage, as on another machine. */
async function open(url: string): Promise<Page> {
  const one = await openPage(site.browser, url, { allowedHost: site.server.host, scroll: false, settleMs: 500 });
  opened.push(one);
  return one.page;
}

const firstCell = (page: Page) => page.locator('[data-cell]').first();
const sliderValue = (cell: Locator, label: string) =>
  cell.getByRole('slider', { name: label, exact: true }).evaluate((input: HTMLInputElement) => input.valueAsNumber);
const sharedCode = "const w = slider({ label: 'w', min: -10, max: 10, step: 0.1, value: 2 });\ndisplay('shared ' + w);";

/** Edits the first cell, moves its slider, and returns the link Share makes. */
async function shareEdited(): Promise<string> {
  const page = await open(site.server.url + playground);
  const cell = firstCell(page);
  await replaceCode(cell, sharedCode);
  await afterRun(cell, async () => {
    await cell.getByRole('slider', { name: 'w', exact: true }).focus();
    await page.keyboard.press('ArrowRight');
  });
  await cell.getByRole('button', { name: /^Share cell/ }).click();
  const field = cell.locator('.cell-share-link');
  await field.waitFor();
  return field.inputValue();
}

describe('share by link', () => {
  test('a link restores the code and the sliders in a fresh browser, and scrolls to the cell', async () => {
    const link = await shareEdited();
    expect(link).toMatch(/#cell=articles%2Fplayground%2F0&share=/);
    expect(link.length).toBeLessThan(2000);
    const page = await open(link);
    const cell = firstCell(page);
    await page.waitForFunction(() => document.querySelector('[data-cell] [data-cell-output]')?.textContent === 'shared 2.1');
    await expect(sliderValue(cell, 'w')).resolves.toBe(2.1);
    await expect(cell.locator('.cm-content').innerText()).resolves.toContain("display('shared ' + w);");
    await expect(cell.locator('[data-cell-status]').innerText()).resolves.toMatch(/^Showing a version of this cell shared by link\./);
    // The cell is in view, just below the page's sticky header.
    const top = await cell.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(150);
  });

  test("a reader's own saved version is not overwritten, and one click brings it back", async () => {
    const link = await shareEdited();
    const page = await open(site.server.url + playground);
    await replaceCode(firstCell(page), "display('mine');");
    // Followed from the same page (only the fragment changes), as a link in a chat would be.
    await page.goto(link);
    const cell = firstCell(page);
    await page.waitForFunction(() => document.querySelector('[data-cell] [data-cell-output]')?.textContent === 'shared 2.1');
    await expect(cell.locator('[data-cell-status]').innerText()).resolves.toMatch(/Your own version is kept/);
    // Moving a slider of the shared version saves nothing over theirs.
    await afterRun(cell, async () => {
      await cell.getByRole('slider', { name: 'w', exact: true }).focus();
      await page.keyboard.press('ArrowRight');
    });
    await afterRun(cell, () => cell.getByRole('button', { name: 'Back to my version' }).click());
    await expect(cell.locator('[data-cell-output]').innerText()).resolves.toBe('mine');
    await page.goto(site.server.url + playground);
    await page.waitForFunction(() => document.querySelector('[data-cell] [data-cell-output]')?.textContent === 'mine');
  });

  test.each([
    ['damaged', 'cell=articles%2Fplayground%2F0&share=%%%broken', /could not be opened: it is damaged/],
    ['huge', `cell=articles%2Fplayground%2F0&share=${'A'.repeat(30_000)}`, /could not be opened: it is 30,000 characters long/],
    ['not a cell', `cell=articles%2Fplayground%2F0&share=${compressToEncodedURIComponent('[1]')}`, /could not be opened: its contents are not a shared cell/],
  ])('a %s link gets a notice and the article’s code', async (_, fragment, message) => {
    const page = await open(`${site.server.url}${playground}#${fragment}`);
    const cell = firstCell(page);
    await expect(cell.locator('[data-cell-status]').innerText()).resolves.toMatch(message);
    await expect(cell.locator('[data-cell-output] svg').count()).resolves.toBeGreaterThan(0);
  });

  test('a hostile link runs only in the sandbox: its code cannot reach the page', async () => {
    const code = "try { parent.document.title = 'hacked'; } catch {}\ndisplay('<img src=x onerror=\"parent.hacked=1\">');";
    const payload = compressToEncodedURIComponent(JSON.stringify({ v: 1, base: '00000000', sliders: {}, code }));
    const page = await open(`${site.server.url}${playground}#cell=articles%2Fplayground%2F0&share=${payload}`);
    const cell = firstCell(page);
    await page.waitForFunction(() => document.querySelector('[data-cell] [data-cell-output]')?.textContent?.startsWith('<img'));
    await expect(cell.locator('[data-cell-output] img').count()).resolves.toBe(0);
    await expect(cell.locator('[data-cell-status]').innerText()).resolves.toMatch(/made from an earlier version of this cell/);
    expect(await page.title()).not.toBe('hacked');
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
  });
});
