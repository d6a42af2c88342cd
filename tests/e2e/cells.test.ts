/**
 * Live cells in the built site, in headless Chromium: pre-rendered figures, sliders, edits,
 * errors with line numbers, stuck loops, the sandbox's walls, saved edits, Reset and Escape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { afterRun, openEditor, reload, replaceCode, typeCode } from '../support/cells';
import { useOnePage } from '../support/one-page';
import { useBuiltSite } from '../support/session';
import { builtPages, DIST } from '../support/site';

const playground = 'articles/playground/';
const site = useBuiltSite();
const pages = useOnePage(site);

/**
 * The sandbox's own complaints (blocked frame access, CSP refusals) are what the security
 * tests provoke on purpose: they are logged from the runner frame, never from the page.
 */
function ignoreRunnerComplaints(): void {
  const opened = pages.opened;
  if (!opened) return;
  // Also hostile figure markup the page's policy refused while the sanitizer parsed it.
  const fromRunner = (line: string) =>
    /runner\/index\.html|Blocked a frame with origin "null"|Content Security Policy|CSP violation: [\w-]+ blocked inline \([^)]*\/_astro\/render\./.test(line);
  opened.problems.consoleErrors = opened.problems.consoleErrors.filter((line) => !fromRunner(line));
  opened.problems.failedRequests = opened.problems.failedRequests.filter((line) => !/\/runner\/[^/]*: csp$/.test(line));
}

const open = (path = playground): Promise<Page> => pages.open(path);

describe('static form', () => {
  test('every cell that draws a figure has it pre-rendered in the HTML', () => {
    let cells = 0;
    for (const page of builtPages()) {
      const html = readFileSync(join(DIST, page.file), 'utf8');
      for (const match of html.matchAll(/<bias-cell[^>]*data-cell="([^"]+)"[\s\S]*?<\/bias-cell>/g)) {
        cells++;
        const source = /data-cell-source[^>]*>([\s\S]*?)<\/script>/.exec(match[0])![1]!;
        const draws = /Plot\.|\.plot\(/.test(JSON.parse(source).code);
        const output = /data-cell-output[^>]*>([\s\S]*?)<\/div>\s*<ul/.exec(match[0])?.[1] ?? '';
        if (draws) expect(output, `${page.file} cell ${match[1]}`).toMatch(/<svg/);
        else expect(output.length, `${page.file} cell ${match[1]}`).toBeGreaterThan(0);
      }
    }
    expect(cells).toBeGreaterThan(0);
  });

  test('the page reads without JavaScript: code, sliders and figure are there', async () => {
    const page = await pages.open(playground, { javaScriptEnabled: false });
    const cell = page.locator('[data-cell]').first();
    await expect(cell.locator('[data-cell-output] svg').count()).resolves.toBeGreaterThan(0);
    await expect(cell.locator('[data-cell-code]').innerText()).resolves.toContain('slider(');
    await expect(cell.getByRole('slider', { name: 'w' }).count()).resolves.toBe(1);
  });
});

describe('before the reader reaches for a cell', () => {
  /** A page whose cell element is held back until `release()`, as on a slow network. */
  async function openHeld(): Promise<{ page: Page; release: () => void; loaded: () => Promise<boolean> }> {
    let release!: () => void;
    const until = new Promise<void>((resolve) => (release = resolve));
    const page = await pages.open(playground, { hold: { url: /\/cell-element\.[\w-]+\.js$/, until } });
    return { page, release, loaded: () => page.evaluate(() => customElements.get('bias-cell') !== undefined) };
  }

  test('reading and scrolling load only the small boot script; a pointer over a cell loads the rest', async () => {
    const page = await open();
    const scripts: string[] = [];
    page.on('request', (request) => void (request.resourceType() === 'script' && scripts.push(request.url())));
    await page.mouse.wheel(0, 4000);
    await page.waitForTimeout(300);
    const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect([...chunks, ...scripts].filter((url) => /cell-element|\/editor\.|\/render\./.test(url))).toEqual([]);
    await expect(page.evaluate(() => customElements.get('bias-cell'))).resolves.toBeUndefined();
    await page.locator('[data-cell]').first().hover();
    await page.waitForFunction(() => customElements.get('bias-cell') !== undefined);
  });

  test('a slider moved before the cell element arrives reruns the cell once it does', async () => {
    const { page, release, loaded } = await openHeld();
    const cell = page.locator('[data-cell]').first();
    const before = await cell.locator('[data-cell-output]').innerHTML();
    await cell.getByRole('slider', { name: 'b' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(loaded()).resolves.toBe(false);
    await afterRun(cell, async () => release());
    await expect(cell.locator('[data-cell-output]').innerHTML()).resolves.not.toBe(before);
  });

  test('Edit clicked before the cell element arrives opens the editor once it does', async () => {
    const { page, release, loaded } = await openHeld();
    const cell = page.locator('[data-cell]').first();
    await cell.getByRole('button', { name: /Edit/ }).click();
    await expect(loaded()).resolves.toBe(false);
    release();
    await cell.locator('[data-cell-editor]:not([hidden]) .cm-content').waitFor();
    await expect(page.evaluate(() => document.activeElement?.classList.contains('cm-content'))).resolves.toBe(true);
  });

  test('a cell script that failed to arrive is asked for again at the next reach for a cell', async () => {
    const page = await open();
    let asked = 0;
    await page.route(/\/cell-element\.[\w-]+\.js$/, (route) => (asked++ === 0 ? route.abort() : route.continue()));
    const cell = page.locator('[data-cell]').first();
    await cell.hover();
    await expect.poll(() => asked).toBe(1);
    await page.waitForTimeout(200);
    await expect(page.evaluate(() => customElements.get('bias-cell'))).resolves.toBeUndefined();
    await page.mouse.move(0, 0);
    await cell.hover();
    await page.waitForFunction(() => customElements.get('bias-cell') !== undefined);
    expect(asked).toBe(2);
    // The failure provoked on purpose is not a problem of the page.
    const opened = pages.opened!;
    opened.problems.failedRequests = opened.problems.failedRequests.filter((line) => !/cell-element/.test(line));
    opened.problems.consoleErrors = opened.problems.consoleErrors.filter((line) => !/Failed to load resource/.test(line));
  });

  test('a cell with saved edits loads at once, with no reader action', async () => {
    const page = await open();
    await page.evaluate(() =>
      localStorage.setItem('bias-field-guide:cell:v1:articles/playground/0', JSON.stringify({ code: "display('kept');", sliders: {} })),
    );
    await page.reload();
    const cell = page.locator('[data-cell]').first();
    await expect.poll(() => cell.locator('[data-cell-output]').innerText()).toContain('kept');
  });
});

describe('live form', () => {
  test('a slider reruns the cell and changes its figure, without loading the editor', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    const before = await cell.locator('[data-cell-output]').innerHTML();
    const slider = cell.getByRole('slider', { name: 'b' });
    await afterRun(cell, async () => {
      await slider.focus();
      await page.keyboard.press('ArrowRight');
    });
    const after = await cell.locator('[data-cell-output]').innerHTML();
    expect(after).not.toBe(before);
    expect(after).toMatch(/<svg/);
    // The rerun figure is the static one's kind: same text labels (ticks, caption), same look.
    const texts = (html: string) => html.match(/<text\b/g)?.length ?? 0;
    expect(texts(after)).toBe(texts(before));
    expect(await cell.locator('[data-cell-output] figcaption').innerText()).not.toBe('');
    await expect(cell.locator('[data-cell-console]').innerText()).resolves.toMatch(/step at x = /);
    expect(await cell.locator('.cm-content').count()).toBe(0);
  });

  test('editing the code reruns it and changes the output', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await replaceCode(cell, "display('edited ' + (6 * 7));");
    await expect(cell.locator('[data-cell-output]').innerText()).resolves.toBe('edited 42');
    await expect(cell.locator('[role="alert"]').count()).resolves.toBe(0);
  });

  test('a syntax error is shown with its line and column, and marks the line in the editor', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await replaceCode(cell, 'const a = 1;\nconst b = ;\ndisplay(a);');
    const alert = cell.locator('[data-cell-status] [role="alert"]');
    await expect(alert.innerText()).resolves.toMatch(/Syntax error at line 2, column 11/);
    await expect(cell.locator('.cell-error-line').count()).resolves.toBe(1);
    // The last good figure stays, marked out of date.
    await expect(cell.locator('[data-cell-output].cell-output--stale svg').count()).resolves.toBeGreaterThan(0);
  });

  test('runtime errors, thrown values and late rejections are reported', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await replaceCode(cell, 'const x = 1;\nx.nope.deeper;');
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/Error at line 2, column \d+: TypeError/);
    await replaceCode(cell, "throw 'plain string';");
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/Thrown value: plain string/);
    await replaceCode(cell, "display(1);\nsetTimeout(() => Promise.reject(new Error('later')), 10);");
    await page.waitForFunction(() => /later/.test(document.querySelector('[data-cell] [role="alert"]')?.textContent ?? ''));
  });

  test('a stuck loop shows Running with a Stop button within a second, and Stop ends it at once, with its line', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await typeCode(cell, 'let i = 0;\nwhile (true) { i++; }');
    const stop = cell.locator('[data-cell-status]').getByRole('button', { name: 'Stop' });
    // Debounce (250 ms) + the running notice (300 ms): well within a second on a quiet machine.
    await stop.waitFor({ timeout: 3000 });
    await expect(cell.locator('[data-cell-status]').innerText()).resolves.toMatch(/Running… \d+\.\d s/);
    // The page answers while the loop runs: it runs in the cell's own worker.
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.waitForFunction(() => /in the loop at line 2/.test(document.querySelector('[data-cell] [data-cell-status]')?.textContent ?? ''), null, {
      timeout: 3000,
    });
    await afterRun(cell, () => stop.click());
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/^Stopped at line 2: stopped by you after [\d.]+ (ms|s)$/);
    // The runner still works afterwards.
    await replaceCode(cell, 'display("alive");');
    await expect(cell.locator('[data-cell-output]').innerText()).resolves.toBe('alive');
  });

  test('a stuck loop inside a timer callback is stopped by the loop limit, with its line', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await replaceCode(cell, 'display(1);\nsetTimeout(() => {\n  while (true) {}\n}, 0);');
    await page.waitForFunction(() => /Stopped at line 3/.test(document.querySelector('[data-cell] [role="alert"]')?.textContent ?? ''), null, {
      timeout: 15_000,
    });
  });

  test('cell code cannot reach the page: DOM, localStorage, cookies, network', async () => {
    const page = await open();
    await page.evaluate(() => {
      document.cookie = 'secret=page-cookie';
      localStorage.setItem('secret', 'page-storage');
    });
    const cell = page.locator('[data-cell]').first();
    const probe = (expression: string) => `try { display(String(${expression})); } catch (e) { display('blocked: ' + e.name); }`;
    await replaceCode(
      cell,
      [probe('parent.document.title'), probe('window.top.document.cookie'), probe('localStorage.getItem("secret")'), probe('document.cookie')].join('\n'),
    );
    const texts = await cell.locator('[data-cell-output] .cell-text').allInnerTexts();
    expect(texts).toHaveLength(4);
    // The first three do not exist in a cell's worker; its `document` is a drawing document with no cookie.
    for (const text of texts.slice(0, 3)) expect(text).toMatch(/^blocked: /);
    for (const text of texts) expect(text).not.toMatch(/page-cookie|page-storage|Playground/);
    // Cells run in a sandbox with an opaque origin, made inside the site's runner page.
    const walls = await page.evaluate(() => {
      const runner = document.querySelector<HTMLIFrameElement>('iframe[src*="runner/"]')!;
      const sandbox = runner.contentDocument!.querySelector('iframe')!;
      return { sandbox: sandbox.getAttribute('sandbox'), document: sandbox.contentDocument === null ? 'unreachable' : 'reachable' };
    });
    expect(walls).toEqual({ sandbox: 'allow-scripts', document: 'unreachable' });
    await expect(
      page
        .frames()
        .find((frame) => frame.url() === 'about:srcdoc')!
        .evaluate(() => self.origin),
    ).resolves.toBe('null');
    // The frame's CSP stops requests from cell code as well.
    await replaceCode(cell, "try { await fetch('https://example.invalid/'); display('fetched'); } catch (e) { display('blocked: ' + e.name); }");
    await expect(cell.locator('[data-cell-output]').innerText()).resolves.toMatch(/^blocked/);
    ignoreRunnerComplaints();
  });

  test('figure markup from cell code is sanitized before it enters the page', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await replaceCode(
      cell,
      'const d = document.createElement(\'div\');\nd.innerHTML = \'<svg><circle r="3" onload="parent.hacked=1"/></svg><img src=x onerror="parent.hacked=1"><script>parent.hacked=1</script>\';\ndisplay(d);',
    );
    const html = await cell.locator('[data-cell-output]').innerHTML();
    expect(html).toMatch(/<circle/);
    expect(html).not.toMatch(/onload|onerror|<img|<script/);
    expect(await page.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
    ignoreRunnerComplaints();
  });

  test('edits survive a reload; Reset restores the original and Undo brings the edits back', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await replaceCode(cell, "display('mine');");
    await reload(page);
    const reloaded = page.locator('[data-cell]').first();
    await page.waitForFunction(() => document.querySelector('[data-cell] [data-cell-output]')?.textContent === 'mine');
    await expect(reloaded.locator('.cm-content').innerText()).resolves.toContain("display('mine');");
    await afterRun(reloaded, () => reloaded.getByRole('button', { name: /Reset/ }).click());
    await expect(reloaded.locator('[data-cell-output] svg').count()).resolves.toBeGreaterThan(0);
    await expect(reloaded.locator('.cm-content').innerText()).resolves.toContain('slider(');
    await afterRun(reloaded, () => reloaded.getByRole('button', { name: 'Undo reset' }).click());
    await expect(reloaded.locator('[data-cell-output]').innerText()).resolves.toBe('mine');
  });

  test('damaged saved edits are set aside with a notice and the cell still works', async () => {
    const page = await open();
    const id = await page.locator('[data-cell]').first().getAttribute('data-cell');
    await page.evaluate((key) => localStorage.setItem(key, '{"code": oops'), `bias-field-guide:cell:v1:${id}`);
    await reload(page);
    const cell = page.locator('[data-cell]').first();
    await page.waitForFunction(() => /damaged/.test(document.querySelector('[data-cell] [data-cell-status]')?.textContent ?? ''));
    const kept = await page.evaluate((key) => localStorage.getItem(key), `bias-field-guide:cell:v1:${id}:damaged`);
    expect(kept).toBe('{"code": oops');
    await afterRun(cell, async () => {
      await cell.getByRole('slider', { name: 'w' }).focus();
      await page.keyboard.press('ArrowLeft');
    });
    await expect(cell.locator('[data-cell-output] svg').count()).resolves.toBeGreaterThan(0);
  });

  test('edits of an earlier version of a cell are kept aside, and one click brings them back', async () => {
    const page = await open();
    const id = await page.locator('[data-cell]').first().getAttribute('data-cell');
    const key = `bias-field-guide:cell:v1:${id}`;
    // Saved against code this article no longer has (base is the fingerprint of other code).
    const saved = JSON.stringify({ code: "display('my earlier edit');", sliders: {}, base: 'deadbeef' });
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, saved]);
    await reload(page);
    const cell = page.locator('[data-cell]').first();
    await page.waitForFunction(() => /changed since you edited it/.test(document.querySelector('[data-cell] [data-cell-status]')?.textContent ?? ''));
    // The article's new code is what shows and runs; the reader's text is kept under its own key.
    await expect(cell.locator('[data-cell-output] svg').count()).resolves.toBeGreaterThan(0);
    expect(await page.evaluate((k) => [localStorage.getItem(`${k}:earlier`), localStorage.getItem(k)], key)).toEqual([saved, null]);
    await afterRun(cell, () => cell.getByRole('button', { name: 'Restore my version' }).click());
    await expect(cell.locator('[data-cell-output]').innerText()).resolves.toBe('my earlier edit');
    const after = await page.evaluate((k) => [localStorage.getItem(`${k}:earlier`), JSON.parse(localStorage.getItem(k) ?? '{}').code], key);
    expect(after).toEqual([null, "display('my earlier edit');"]);
  });

  test('Copy puts the cell code, as edited, on the clipboard', async () => {
    const page = await open();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    const cell = page.locator('[data-cell]').first();
    // The first click may come before the cell's script (it is then done again once that is there).
    await cell.getByRole('button', { name: /^Copy code of cell/ }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain("slider({ label: 'w'");
    await replaceCode(cell, "display('copied edit');");
    await cell.getByRole('button', { name: /^Copy code of cell/ }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("display('copied edit');");
  });

  test('importing a module cells do not have is reported with its line', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await replaceCode(cell, "display(1);\nimport _ from 'lodash';");
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/Import error at line 2.*cannot import "lodash"/);
  });

  test('Escape leaves the editor and returns focus to the Edit button', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    const editor = await openEditor(cell);
    await editor.click();
    await page.keyboard.press('Escape');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toMatch(/^Edit code/);
  });

  test('the editor shows the neuron module read-only in a second tab', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    await openEditor(cell);
    await cell.getByRole('tab', { name: /neuron\.ts/ }).click();
    const panel = cell.getByRole('tabpanel');
    await expect(panel.innerText()).resolves.toMatch(/─── neuron\/index\.ts ───[\s\S]*export \{ [\s\S]*sigmoid/);
    await expect(panel.locator('[contenteditable="true"]').count()).resolves.toBe(0);
    // The module scrolls in its own box; at its end are the last file's functions.
    await panel.locator('.cm-scroller').evaluate((scroller) => scroller.scrollTo(0, scroller.scrollHeight));
    await expect.poll(() => panel.innerText()).toMatch(/export function \w+/);
  });

  test('the output follows dark mode (Plot text uses the page colour)', async () => {
    const page = await open();
    const cell = page.locator('[data-cell]').first();
    const color = () =>
      cell
        .locator('[data-cell-output] svg')
        .first()
        .evaluate((svg) => getComputedStyle(svg).color);
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
    const light = await color();
    await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
    expect(await color()).not.toBe(light);
  });
});
