/**
 * Helpers for browser tests of live cells: wait for a run, open the editor, type code.
 * A run is "done" when the cell's `data-cell-runs` counter (results shown) goes up.
 */
import type { Locator, Page } from 'playwright-core';

export const runs = (cell: Locator) => cell.evaluate((el) => Number((el as HTMLElement).dataset.cellRuns ?? 0));

/** Does `action`, then waits until the cell has shown one more result. */
export async function afterRun(cell: Locator, action: () => Promise<void>, timeout = 5000): Promise<void> {
  const before = await runs(cell);
  await action();
  await cell
    .page()
    .waitForFunction(([el, n]) => Number((el as HTMLElement).dataset.cellRuns ?? 0) > n, [await cell.elementHandle(), before] as const, { timeout });
}

export async function openEditor(cell: Locator): Promise<Locator> {
  // Edit, or 編輯 on a zh-TW page.
  await cell.getByRole('button', { name: /Edit|編輯/ }).click();
  const editor = cell.locator('.cm-content');
  await editor.waitFor();
  return editor;
}

/** Puts `code` in the cell's editor as if typed. */
export async function typeCode(cell: Locator, code: string): Promise<void> {
  const editor = await openEditor(cell);
  await editor.click();
  await cell.page().keyboard.press('ControlOrMeta+a');
  await cell.page().keyboard.insertText(code);
}

/** Replaces the code in the cell's editor as if typed, and waits for the rerun. */
export async function replaceCode(cell: Locator, code: string, timeout = 5000): Promise<void> {
  await openEditor(cell);
  await afterRun(cell, () => typeCode(cell, code), timeout);
}

/** The cell's status line (errors included). */
export const statusOf = (cell: Locator) => cell.locator('[data-cell-status]').innerText();

/**
 * Reloads once the page has finished loading: a reload in the middle of loading aborts the
 * page's own lazy scripts (the search UI), which the harness counts as failed requests.
 */
export async function reload(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
  await page.reload();
}
