/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of built pages, with
 * the system Chromium; the design's budget is 100 each. Desktop and mobile presets.
 *
 *   npm run build && node bench/lighthouse.ts [page ...]
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { chromePath, CHROME_ARGS } from '../tests/support/browser.ts';
import { serve } from '../tests/support/server.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, PROJECT_ROOT } from '../tests/support/site.ts';

const requested = process.argv.slice(2);
const pages = requested.length > 0 ? requested : ['', 'articles/intercept/', 'articles/step-approximation/', 'articles/training-dynamics/'];
const known = new Set(builtPages().map((p) => p.path));
for (const page of pages) if (!known.has(page)) throw new Error(`no built page "${page}" in dist/ (run npm run build)`);

// Compressed like any static host serves it: Lighthouse's simulated network counts bytes.
const server = await serve({ root: DIST, compress: true });
// chrome-launcher does not add --no-sandbox itself; as root, Chromium needs it.
const chrome = await launch({ chromePath: chromePath(), chromeFlags: [...CHROME_ARGS, '--no-sandbox'] });
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: string[][] = [];
try {
  for (const page of pages) {
    for (const [preset, config] of [
      ['mobile', undefined],
      ['desktop', desktopConfig],
    ] as const) {
      const result = await lighthouse(server.url + page, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] }, config);
      const lhr = result!.lhr;
      const scores = categories.map((c) => String(Math.round((lhr.categories[c]?.score ?? 0) * 100)));
      const failing = categories.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? []).filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id),
      );
      rows.push([`/${page}`, preset, ...scores, failing.join(', ')]);
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}

mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
writeFileSync(join(PROJECT_ROOT, 'bench', 'results', 'lighthouse.json'), JSON.stringify({ date: new Date().toISOString(), categories, rows }, null, 2));

console.log('\nLighthouse (budget: 100 each)\n');
console.log(['page', 'preset', 'perf', 'a11y', 'best', 'seo', 'audits below 100'].join('\t'));
for (const row of rows) console.log(row.join('\t'));
