/** Opens the site's search dialog, types `query`, and waits for a result linking to `hrefPart`. */
import type { Page } from 'playwright-core';

export async function searchFinds(page: Page, query: string, hrefPart: string, timeout = 15_000): Promise<void> {
  await page.getByRole('button', { name: 'Search' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.locator('input').first().fill(query);
  await dialog.locator(`a[href*="${hrefPart}"]`).first().waitFor({ state: 'visible', timeout });
}
