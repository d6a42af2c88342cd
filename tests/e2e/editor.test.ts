/**
 * The editor knows the API (client/completions.ts): completions of neuron exports with their
 * doc sentence, the import added when one is chosen, help on hover, and Escape still leaves.
 * And the editor itself as a reader meets it: its file tabs by keyboard, axe-clean in both themes.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, test } from 'vitest';
import { openEditor } from '../support/cells';
import { useOnePage } from '../support/one-page';
import { useBuiltSite } from '../support/session';

const site = useBuiltSite();
const pages = useOnePage(site);
const open = () => pages.open('articles/playground/');

describe('completions', () => {
  test('typing neur offers neuronOutput with its doc line; choosing it imports it; Escape closes the list, then leaves', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    const editor = await openEditor(cell);
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.insertText("import { sigmoid } from 'neuron';\ndisplay(sigmoid(0));\ndisplay(");
    await page.keyboard.type('neur');
    const list = page.locator('.cm-tooltip-autocomplete');
    await list.waitFor();
    const labels = await list.locator('li .cm-completionLabel').allInnerTexts();
    expect(labels).toContain('neuronOutput');
    // Walk down to it: its signature and doc sentence show beside the list.
    for (let i = 0; i < labels.indexOf('neuronOutput'); i++) await page.keyboard.press('ArrowDown');
    const info = page.locator('.cm-completionInfo');
    await expect(info.innerText()).resolves.toMatch(
      /neuronOutput\(x: number, .*\): number\s+The output of a one-input neuron, activation\(w x \+ b\): the curve an article plots against x\./s,
    );
    await page.keyboard.press('Enter');
    await page.keyboard.type('(2, { w: 1, b: -2 }));');
    await expect(editor.innerText()).resolves.toContain("import { sigmoid, neuronOutput } from 'neuron';");
    await page.waitForFunction(() => document.querySelector('[data-cell] [data-cell-output]')?.textContent === '0.50.5');

    // Escape with a list open closes the list and stays; the next Escape leaves the editor.
    await page.keyboard.press('Enter');
    await page.keyboard.type('step');
    await list.waitFor();
    await page.keyboard.press('Escape');
    await expect(list.count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-cell-action'))).resolves.toBe('edit');
  });

  test('hovering a neuron name shows its signature and doc', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    const editor = await openEditor(cell);
    // The middle of the word on screen, found through the text node that holds it.
    const at = await editor.evaluate((content) => {
      const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent!.indexOf('stepPosition');
        if (index === -1) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 'stepPosition'.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      return undefined;
    });
    expect(at).toBeDefined();
    await page.mouse.move(at!.x, at!.y);
    const tooltip = page.locator('.cm-tooltip-hover .cm-cell-help');
    await tooltip.waitFor();
    await expect(tooltip.innerText()).resolves.toMatch(/^stepPosition\(w: number, b: number\): number\n/);
  });
});

describe('the editor as a reader meets it', () => {
  test('the file tabs move with the arrow keys and show one file at a time', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await openEditor(cell);
    const tabs = cell.getByRole('tab');
    await expect(tabs.allInnerTexts()).resolves.toEqual(['cell.js', 'neuron.ts']);
    await tabs.first().focus();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.nth(1).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('neuron.ts');
    await expect(cell.getByRole('tabpanel').innerText()).resolves.toContain('neuron/index.ts');
    await page.keyboard.press('Home');
    await expect(tabs.first().getAttribute('aria-selected')).resolves.toBe('true');
    await expect(cell.getByRole('tabpanel').locator('.cm-content[contenteditable="true"]').count()).resolves.toBe(1);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe finds no violation in the open editor and its neuron tab (${theme})`, async () => {
      const page = await pages.open('articles/playground/', { colorScheme: theme });
      const cell = page.locator('[data-cell]').first();
      await openEditor(cell);
      const violations = async () =>
        (
          await new AxeBuilder({ page })
            .include('[data-cell-editor]')
            .options({ resultTypes: ['violations'] })
            .analyze()
        ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
      await expect(violations()).resolves.toEqual([]);
      await cell.getByRole('tab', { name: 'neuron.ts' }).click();
      await expect(violations()).resolves.toEqual([]);
    });
  }
});
