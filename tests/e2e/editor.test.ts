/**
 * The editor knows the API (client/completions.ts): completions of neuron exports with their
 * doc sentence, the import added when one is chosen, help on hover, and Escape still leaves.
 */
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
