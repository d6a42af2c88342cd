/**
 * Measures the live cells in the built site (dist/) against the design's budgets and prints
 * the figures: JavaScript before interaction, pre-rendered figures, foreign requests, rerun
 * latency, editor readiness and how fast a stuck loop is reported. Timings on a shared
 * 2-core machine are noisy: read medians, compare runs made on the same machine.
 *
 *   npm run build && node bench/cells.ts
 */
import { gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { builtPages, DIST, PROJECT_ROOT } from '../tests/support/site.ts';

const sliderSteps = 15;
const editorTrials = 5;

const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');

const server = await serve({ root: DIST });
const browser = await launchBrowser();
const foreign: string[] = [];

async function newPage(b: Browser): Promise<Page> {
  const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol.startsWith('http') && url.host !== server.host) {
      foreign.push(url.href);
      return route.abort();
    }
    return route.continue();
  });
  return context.newPage();
}

// 1. JavaScript transferred before any interaction, per page (gzip sizes of each script), and
//    on the 404 page: a plain Starlight page of this site with no cell, the baseline.
const articles = builtPages().filter((p) => !p.path.startsWith('runner'));
const jsBefore: { page: string; kb: number; files: number }[] = [];
for (const { path } of [...articles, { path: '404.html' }]) {
  const page = await newPage(browser);
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    try {
      scripts.set(response.url(), gzipSync(await response.body()).length);
    } catch {
      // a body that is gone (navigation) is not counted
    }
  });
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 20000); // scrolling is reading, not interacting
  await page.waitForLoadState('networkidle');
  const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
  jsBefore.push({ page: `/${path}`, kb: bytes / 1024, files: scripts.size });
  await page.context().close();
}

// 2. Figures present in the HTML.
let drawing = 0;
let prerendered = 0;
for (const { file } of articles) {
  const html = readFileSync(join(DIST, file), 'utf8');
  for (const cell of html.matchAll(/<bias-cell[\s\S]*?<\/bias-cell>/g)) {
    const source = /data-cell-source[^>]*>([\s\S]*?)<\/script>/.exec(cell[0])?.[1];
    if (!source || !/Plot\.|\.plot\(/.test(JSON.parse(source).code)) continue;
    drawing++;
    if (/data-cell-output[^>]*>[\s\S]*?<svg/.test(cell[0])) prerendered++;
  }
}

// 3. Rerun latency: slider input to new output in the page, every slider cell of every page.
const rerun: number[] = [];
const inFrame: number[] = [];
/** The split of a rerun: to and from the runner (besides the run), sanitizing, the DOM swap, and on to the painted frame. */
const messaging: number[] = [];
const sanitizing: number[] = [];
const swapping: number[] = [];
const painted: number[] = [];
const firstRun: number[] = [];
const rerunByCell = new Map<string, number[]>();
for (const { path } of articles) {
  const page = await newPage(browser);
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  const cells = await page.locator('[data-cell]').all();
  for (const cell of cells) {
    const slider = cell.locator('[data-cell-sliders] input[type=range]').first();
    if ((await slider.count()) === 0) continue;
    for (let i = 0; i < sliderSteps; i++) {
      const elapsed = await slider.evaluate(async (input: HTMLInputElement, step) => {
        const root = input.closest('[data-cell]') as HTMLElement;
        const before = Number(root.dataset.cellRuns ?? 0);
        const span = Number(input.max) - Number(input.min);
        input.value = String(Number(input.min) + ((step * 0.37) % 1) * span);
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (Number(root.dataset.cellRuns ?? 0) > before) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(root, { attributes: true, attributeFilter: ['data-cell-runs'] });
        });
        const shown = performance.now() - start;
        // Until the frame with the new figure is painted: style, layout and paint included.
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        const painted = performance.now() - start;
        const last = (name: string) => performance.getEntriesByName(name).at(-1)?.duration ?? NaN;
        const inWorker = Number(root.dataset.cellRunMs);
        return [shown, inWorker, last('cell:runner') - inWorker, last('cell:sanitize'), last('cell:swap'), painted];
      }, i + 1);
      if (i === 0) firstRun.push(elapsed[0]!);
      else {
        rerun.push(elapsed[0]!);
        inFrame.push(elapsed[1]!);
        messaging.push(elapsed[2]!);
        sanitizing.push(elapsed[3]!);
        swapping.push(elapsed[4]!);
        painted.push(elapsed[5]!);
        const id = (await cell.getAttribute('data-cell'))!;
        rerunByCell.set(id, [...(rerunByCell.get(id) ?? []), elapsed[0]!]);
      }
    }
  }
  await page.context().close();
}

// 4. Editor ready after the first interaction: click Edit until CodeMirror is there.
const editorCold: number[] = [];
const editorHover: number[] = [];
const target = articles.find((p) => readFileSync(join(DIST, p.file), 'utf8').includes('data-cell='))!;
for (let i = 0; i < editorTrials; i++) {
  for (const hover of [false, true]) {
    const page = await newPage(browser);
    await page.goto(server.url + target.path, { waitUntil: 'networkidle' });
    const edit = page.locator('[data-cell-action="edit"]').first();
    await edit.scrollIntoViewIfNeeded();
    if (hover) {
      await edit.hover();
      await page.waitForTimeout(300); // a reader's pointing time between reaching Edit and clicking
    }
    // Timed inside the page, from the click to the editor being there, so that the test
    // driver's own work (actionability checks, scrolling) is not counted.
    const elapsed = await edit.evaluate(async (button: HTMLElement) => {
      const cell = button.closest('[data-cell]')!;
      const start = performance.now();
      button.click();
      await new Promise<void>((resolve) => {
        const check = () => (cell.querySelector('[data-cell-editor]:not([hidden]) .cm-content') ? resolve() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    });
    (hover ? editorHover : editorCold).push(elapsed);
    await page.context().close();
  }
}

// 5. A stuck loop: from the edit reaching the page (after the 250 ms debounce) to the
//    Running… notice with its Stop button, read from the page's own performance marks; then
//    from clicking Stop to the message on screen; and the longest task on the page's main
//    thread meanwhile (the loop runs in the cell's worker, so the page should not block).
//    The runner frame is started by this first run, as for a reader whose first act is this.
const stuck: number[] = [];
const stopped: number[] = [];
const blocked: number[] = [];
for (let i = 0; i < 3; i++) {
  const page = await newPage(browser);
  await page.goto(server.url + target.path, { waitUntil: 'networkidle' });
  const cell = page.locator('[data-cell]').first();
  await cell.locator('[data-cell-action="edit"]').click();
  await cell.locator('.cm-content').click();
  // Long tasks from here on: the editor's own start is measured above, not counted here.
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText('while (true) {}');
  const stop = cell.locator('[data-cell-status] [data-cell-action="stop"]');
  await stop.waitFor();
  stuck.push(
    await page.evaluate(() => {
      const edit = performance.getEntriesByName('cell:edit').at(-1)!;
      const shown = performance.getEntriesByName('cell:running-shown').at(-1)!;
      return shown.startTime - edit.startTime - 250;
    }),
  );
  await page.waitForTimeout(1000);
  const clicked = await page.evaluate(() => performance.now());
  await stop.click();
  await cell.locator('[role="alert"]').waitFor();
  stopped.push(await page.evaluate((start) => performance.now() - start, clicked));
  blocked.push(await page.evaluate(() => (window as unknown as { longest: number }).longest));
  await page.context().close();
}

await browser.close();
await server.close();

const plainPage = jsBefore.find((j) => j.page === '/404.html')!;
jsBefore.splice(jsBefore.indexOf(plainPage), 1);
const maxJs = Math.max(...jsBefore.map((j) => j.kb));
const rows: [string, string, string][] = [
  ['JS before interaction, per page (max over pages, gzip)', `${maxJs.toFixed(1)} KB`, '<= 50 KB'],
  ['  relative to the plain 404 page', `${(maxJs / plainPage.kb).toFixed(2)}x (404: ${plainPage.kb.toFixed(1)} KB)`, '<= 1.15x'],
  ['figures pre-rendered in the HTML', `${prerendered}/${drawing} (${((100 * prerendered) / Math.max(1, drawing)).toFixed(0)} %)`, '100 %'],
  ['requests to other hosts', String(foreign.length), '0'],
  [`slider rerun to new figure, median / p95 (${rerun.length} runs)`, `${ms(median(rerun))} / ${ms(quantile(rerun, 0.95))}`, '<= 16 / 40 ms'],
  ['  of which the run in the cell worker, median', ms(median(inFrame)), '-'],
  ['  of which messages page -> runner -> page, median', ms(median(messaging)), '-'],
  ['  of which parsing and sanitizing the figure, median', ms(median(sanitizing)), '-'],
  ['  of which the DOM swap (figure, sliders, goals), median', ms(median(swapping)), '-'],
  ['  to the next painted frame (layout, paint), median / p95', `${ms(median(painted))} / ${ms(quantile(painted, 0.95))}`, '-'],
  ['first run on a page (runner frame starts), median', ms(median(firstRun)), '-'],
  ['editor ready after clicking Edit, median (cold)', ms(median(editorCold)), '<= 300 ms'],
  ['editor ready after hover, then click 300 ms later, median', ms(median(editorHover)), '<= 300 ms'],
  ['stuck loop shown running with Stop (after the debounce), median', ms(median(stuck)), '<= 1000 ms'],
  ['  Stop clicked to message shown, median', ms(median(stopped)), '-'],
  ['  longest main-thread task meanwhile (0: none over 50 ms), max', ms(Math.max(...blocked)), '-'],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log('\nLive cells, measured on this machine (headless Chromium, local static server)\n');
for (const [name, value, budget] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(18)}   budget ${budget}`);
console.log('\nJS before interaction per page:');
for (const j of jsBefore) console.log(`  ${j.page.padEnd(40)} ${j.kb.toFixed(1).padStart(6)} KB in ${j.files} files`);
console.log('\nSlider rerun median per cell (slowest first):');
for (const [id, times] of [...rerunByCell].sort((a, b) => median(b[1]) - median(a[1]))) console.log(`  ${id.padEnd(40)} ${ms(median(times)).padStart(9)}`);
if (foreign.length) console.log('\nForeign requests:', foreign);

mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(PROJECT_ROOT, 'bench', 'results', 'cells.json'),
  JSON.stringify(
    {
      date: new Date().toISOString(),
      jsBefore,
      plainPageKb: plainPage.kb,
      prerendered,
      drawing,
      foreign,
      rerun,
      inFrame,
      messaging,
      sanitizing,
      swapping,
      painted,
      firstRun,
      editorCold,
      editorHover,
      stuck,
      stopped,
      blocked,
    },
    null,
    2,
  ),
);
