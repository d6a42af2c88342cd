/**
 * `npm run bench`: builds once, runs every benchmark in bench/ against that build, and prints
 * one table of figures against the budgets in the design. Each benchmark also prints its own
 * details above the table (per page, per cell). Timings on a shared 2-core machine are noisy:
 * read medians, compare runs made on the same machine, and say how busy it was.
 *
 *   npm run bench
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv, PROJECT_ROOT } from '../tests/support/site.ts';

const results = join(PROJECT_ROOT, 'bench', 'results');
const load = loadavg()[0]!.toFixed(2);

function step(title: string, command: string, args: string[]): number {
  console.log(`\n=== ${title}`);
  const started = performance.now();
  const { status } = spawnSync(command, args, { cwd: PROJECT_ROOT, env: buildEnv(), stdio: 'inherit' });
  if (status !== 0) throw new Error(`${title} failed (exit ${status})`);
  return (performance.now() - started) / 1000;
}

const node = process.execPath;
const buildSeconds = step('build (astro build)', node, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build']);
step('live cells (bench/cells.ts)', node, ['bench/cells.ts']);
step('Lighthouse (bench/lighthouse.ts)', node, ['bench/lighthouse.ts']);
step('neuron module (bench/neuron.ts)', node, ['bench/neuron.ts']);

const read = <T>(name: string) => JSON.parse(readFileSync(join(results, name), 'utf8')) as T;
const cells = read<Record<string, number[]> & { jsBefore: { kb: number }[]; plainPageKb: number; prerendered: number; drawing: number; foreign: string[] }>(
  'cells.json',
);
const lighthouse = read<{ categories: string[]; rows: string[][] }>('lighthouse.json');

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const median = (xs: number[]) => quantile(xs, 0.5);
const ms = (x: number) => `${x.toFixed(1)} ms`;
const maxJs = Math.max(...cells.jsBefore.map((j) => j.kb));
const lowest = (index: number) => Math.min(...lighthouse.rows.map((row) => Number(row[2 + index])));

const rows: [string, string, string][] = [
  ['JS before interaction, max per page (gzip)', `${maxJs.toFixed(1)} KB`, '<= 50 KB'],
  ['  relative to the plain 404 page', `${(maxJs / cells.plainPageKb).toFixed(2)}x`, '<= 1.15x'],
  ['figures pre-rendered in the HTML', `${cells.prerendered}/${cells.drawing}`, '100 %'],
  ['requests to other hosts', String(cells.foreign.length), '0'],
  [`slider rerun, median / p95 (${cells.rerun!.length} runs)`, `${ms(median(cells.rerun!))} / ${ms(quantile(cells.rerun!, 0.95))}`, '<= 16 / 40 ms'],
  [
    '  split: worker run / messages / sanitize / DOM swap, medians',
    [cells.inFrame!, cells.messaging!, cells.sanitizing!, cells.swapping!].map((x) => median(x).toFixed(1)).join(' / ') + ' ms',
    '-',
  ],
  ['  to the painted frame, median / p95', `${ms(median(cells.painted!))} / ${ms(quantile(cells.painted!, 0.95))}`, '-'],
  ['editor ready, click with no hover, median', ms(median(cells.editorCold!)), '<= 300 ms'],
  ['editor ready, hover then click, median', ms(median(cells.editorHover!)), '<= 300 ms'],
  ['stuck loop shown running with Stop, median', ms(median(cells.stuck!)), '<= 1000 ms'],
  ['  longest main-thread task meanwhile, max', ms(Math.max(...cells.blocked!)), '-'],
  ...lighthouse.categories.map((name, i): [string, string, string] => [`Lighthouse ${name}, lowest page and preset`, String(lowest(i)), '100']),
  ['full build', `${buildSeconds.toFixed(1)} s`, '<= 30 s'],
];

const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\nBudgets (design.md), measured on this machine; load average ${load} when the run began\n`);
for (const [name, value, budget] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(20)}   budget ${budget}`);
