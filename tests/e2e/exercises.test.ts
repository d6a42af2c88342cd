/**
 * Exercises in the built site (goal() in a cell, src/cells/goals.ts): the static page shows
 * each goal unmet, moving the sliders to the solution turns it to met and the live region
 * says so, and the state survives a reload because the slider values do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { afterRun, reload } from '../support/cells';
import { useOnePage } from '../support/one-page';
import { useBuiltSite } from '../support/session';
import { builtPages, DIST } from '../support/site';

const site = useBuiltSite();
const pages = useOnePage(site);
const open = (path: string) => pages.open(path);

/** Moves a slider with the keyboard, one step a key press, to `target`. */
async function slideTo(cell: Locator, label: string, target: number): Promise<void> {
  const slider = cell.getByRole('slider', { name: label, exact: true });
  const [value, step] = await slider.evaluate((input: HTMLInputElement) => [input.valueAsNumber, Number(input.step)]);
  const presses = Math.round((target - value) / step);
  await afterRun(cell, async () => {
    await slider.focus();
    for (let i = 0; i < Math.abs(presses); i++) await cell.page().keyboard.press(presses > 0 ? 'ArrowRight' : 'ArrowLeft');
  });
  // The last press's run is the one shown: wait until the cell is idle.
  await cell.page().waitForFunction((el) => !el.hasAttribute('aria-busy'), await cell.elementHandle());
}

const states = (cell: Locator) => cell.locator('[data-cell-goal]').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.state));

describe('exercises', () => {
  test('every goal in the built pages starts unmet, with its hint and solution closed', () => {
    let goals = 0;
    for (const page of builtPages()) {
      const html = readFileSync(join(DIST, page.file), 'utf8');
      for (const [item] of html.matchAll(/<li class="cell-goal"[\s\S]*?<\/li>/g)) {
        goals++;
        expect(item, page.file).toContain('data-state="unmet"');
        expect(item, page.file).not.toMatch(/<details[^>]* open/);
      }
    }
    expect(goals).toBeGreaterThan(0);
  });

  test('moving the sliders to the solution meets the goal, says so, and survives a reload', async () => {
    const page = await open('articles/shift/');
    const cell = page.locator('[data-cell="articles/shift/2"]');
    await expect(states(cell)).resolves.toEqual(['unmet', 'unmet']);
    // The solution is behind a disclosure until the reader asks.
    const solution = cell.locator('[data-cell-goal]').first().locator('details', { hasText: 'Solution' });
    await expect(solution.locator('p').isVisible()).resolves.toBe(false);
    await solution.locator('summary').click();
    await expect(solution.locator('p').innerText()).resolves.toBe('One solution: w = 5, b = 2.');

    await slideTo(cell, 'b', 2);
    await expect(states(cell)).resolves.toEqual(['met', 'unmet']);
    await expect(cell.locator('[data-cell-announce]').innerText()).resolves.toMatch(/^Goal met: Get every training point right/);
    await expect(cell.locator('[data-cell-goal]').first().innerText()).resolves.toMatch(/\(met\)|Get every/);

    await reload(page);
    const reloaded = page.locator('[data-cell="articles/shift/2"]');
    await page.waitForFunction(() => document.querySelector('[data-cell="articles/shift/2"] [data-cell-goal]')?.getAttribute('data-state') === 'met');
    await expect(states(reloaded)).resolves.toEqual(['met', 'unmet']);

    // The second goal: b back to 0 and w negative gets the green point, and loses the rest.
    await slideTo(reloaded, 'b', 0);
    await slideTo(reloaded, 'w', -5);
    await expect(states(reloaded)).resolves.toEqual(['unmet', 'met']);
    await expect(reloaded.locator('[data-cell-output] figcaption').innerText()).resolves.toMatch(/0 % of the training points right/);
  });
});

/** Where on the page a data value of the figure's drag axis is drawn (from the map the cell sent). */
async function pointAt(cell: Locator, x: number): Promise<{ x: number; y: number }> {
  return cell.locator('.cell-figure[data-cell-drag]').evaluate((figure, value) => {
    const map = JSON.parse((figure as HTMLElement).dataset.cellDragMap!) as { domain: [number, number]; range: [number, number] };
    const svg = figure.querySelector('svg.plot') as SVGSVGElement;
    const box = svg.getBoundingClientRect();
    const pixel = map.range[0] + ((value - map.domain[0]) * (map.range[1] - map.range[0])) / (map.domain[1] - map.domain[0]);
    return { x: box.left + (pixel * box.width) / svg.viewBox.baseVal.width, y: box.top + box.height / 2 };
  }, x);
}

const sliderValue = (cell: Locator, label: string) =>
  cell.getByRole('slider', { name: label, exact: true }).evaluate((input: HTMLInputElement) => input.valueAsNumber);
const stepText = (cell: Locator) => cell.locator('[data-cell-console]').innerText();

describe('dragging a figure', () => {
  test('with a mouse, dragging shift’s Figure 1 moves the step: the bias slider follows and the cell reruns', async () => {
    const page = await open('articles/shift/');
    const cell = page.locator('[data-cell="articles/shift/0"]');
    await expect(cell.locator('.cell-figure').getAttribute('data-cell-drag')).resolves.toBe('b (bias)');
    await cell.locator('.cell-figure').scrollIntoViewIfNeeded();
    const start = await pointAt(cell, -1);
    const end = await pointAt(cell, 1.5);
    await afterRun(cell, async () => {
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 5, end.y);
      await page.mouse.up();
    });
    await page.waitForFunction((el) => !el.hasAttribute('aria-busy'), await cell.elementHandle());
    // w = 2: a step at x = 1.5 needs b = −3, give or take a pixel's worth of the slider's grid.
    const b = await sliderValue(cell, 'b (bias)');
    expect(Math.abs(b + 3)).toBeLessThanOrEqual(0.1);
    await expect(stepText(cell)).resolves.toBe(`step at x = −b/w = ${(-b / 2).toFixed(2)}`);
    // The slider took focus, so the keyboard carries on where the hand left off.
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).resolves.toBe('b (bias)');
  });

  test('a drag begun before the cell element arrives carries on once it does', async () => {
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    const page = await pages.open('articles/shift/', { hold: { url: /\/cell-element\.[\w-]+\.js$/, until } });
    const cell = page.locator('[data-cell="articles/shift/0"]');
    await cell.locator('.cell-figure').scrollIntoViewIfNeeded();
    const start = await pointAt(cell, -1);
    const end = await pointAt(cell, 1.5);
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await expect(page.evaluate(() => customElements.get('bias-cell'))).resolves.toBeUndefined();
    release();
    await page.waitForFunction(() => customElements.get('bias-cell') !== undefined);
    await afterRun(cell, async () => {
      for (let i = 1; i <= 5; i++) await page.mouse.move(start.x + ((end.x - start.x) * i) / 5, end.y);
      await page.mouse.up();
    });
    await page.waitForFunction((el) => !el.hasAttribute('aria-busy'), await cell.elementHandle());
    expect(Math.abs((await sliderValue(cell, 'b (bias)')) + 3)).toBeLessThanOrEqual(0.1);
  });

  test('with touch at 375 px, a horizontal drag moves the step', async () => {
    const page = await pages.open('articles/shift/', { touch: true, viewport: { width: 375, height: 800 } });
    const cell = page.locator('[data-cell="articles/shift/0"]');
    await cell.locator('.cell-figure').scrollIntoViewIfNeeded();
    const start = await pointAt(cell, 0);
    const end = await pointAt(cell, -2);
    const touch = await page.context().newCDPSession(page);
    const finger = (x: number) => [{ x, y: start.y, id: 1 }];
    await afterRun(cell, async () => {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: finger(start.x) });
      for (let i = 1; i <= 8; i++)
        await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: finger(start.x + ((end.x - start.x) * i) / 8) });
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    });
    await page.waitForFunction((el) => !el.hasAttribute('aria-busy'), await cell.elementHandle());
    // w = 2: a step at x = −2 needs b = 4; at 375 px one pixel is about 0.05 of x, 0.1 of b.
    const b = await sliderValue(cell, 'b (bias)');
    expect(Math.abs(b - 4)).toBeLessThanOrEqual(0.2);
    await expect(stepText(cell)).resolves.toBe(`step at x = −b/w = ${(-b / 2).toFixed(2).replace('-', '−')}`);
  });
});
