/** Opens the site's search dialog, types `query`, and waits for a result linking to `hrefPart`. */
import type { Page } from 'playwright-core';

export async function searchFinds(page: Page, query: string, hrefPart: string, timeout = 15_000): Promise<void> {
  // The button and dialog are named in the page's language: Search, or 搜尋 in zh-TW.
  const name = /^(Search|搜尋)$/;
  await page.getByRole('button', { name }).first().click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.locator('input').first().fill(query);
  await dialog.locator(`a[href*="${hrefPart}"]`).first().waitFor({ state: 'visible', timeout });
}
