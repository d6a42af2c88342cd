#!/usr/bin/env node
// `npm test`: every check of the project, in order, stopping at the first failure.
//
//   1. check         astro check, eslint, prettier --check
//   2. unit/content  vitest (vitest.config.ts: tests/unit, tests/cells, tests/content, content/**/*.test.ts)
//   3. build         astro build -> dist/
//   4. browser       vitest (vitest.e2e.config.ts: tests/e2e against dist/, headless Chromium)
//
// Ends with a summary and a last line `N passed, N failed` (vitest tests, plus the
// typecheck, the linter, the format check and the build counted as one test each). Exit code 0 only if all passed.
//
// Options: --skip-check (or SKIP_CHECK=1) skips the check step;
//          --only=<name>[,<name>] runs only the named steps (check, unit, build, e2e).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'test-results');
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const skipCheck = args.includes('--skip-check') || process.env.SKIP_CHECK === '1';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(`Node ${process.versions.node} is too old: Astro 7 needs Node >= 22.12 (the project targets Node 24, see .nvmrc).`);
  process.exit(1);
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');
const eslint = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const prettier = join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
if (!existsSync(astro) || !existsSync(vitest)) {
  console.error('Dependencies are missing: run `npm install` (or `npm ci`) first.');
  process.exit(1);
}

/** @typedef {{ name: string, title: string, run: () => Promise<{ ok: boolean, passed: number, failed: number, skipped: number, note?: string }> }} Step */

/** Run `node <script> ...args` with the terminal attached; resolve with its exit code. */
function run(script, scriptArgs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...scriptArgs], { cwd: root, env, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** A command that counts as one test. */
function single(script, scriptArgs) {
  return async () => {
    const ok = (await run(script, scriptArgs)) === 0;
    return { ok, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
  };
}

/** Several commands that count as one test each; all run, the step fails if any does. */
function each(commands) {
  return async () => {
    let passed = 0;
    const failedNames = [];
    for (const [name, script, scriptArgs] of commands) {
      console.log(`--- ${name}`);
      if ((await run(script, scriptArgs)) === 0) passed++;
      else failedNames.push(name);
    }
    return {
      ok: failedNames.length === 0,
      passed,
      failed: failedNames.length,
      skipped: 0,
      ...(failedNames.length ? { note: `failed: ${failedNames.join(', ')}` } : {}),
    };
  };
}

/** A vitest run; counts come from its JSON report. */
function vitestRun(name, config) {
  return async () => {
    mkdirSync(resultsDir, { recursive: true });
    const report = join(resultsDir, `${name}.json`);
    rmSync(report, { force: true });
    const code = await run(vitest, ['run', '--config', config, '--reporter=verbose', '--reporter=json', `--outputFile=${report}`]);
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let note;
    if (existsSync(report)) {
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed = json.numPassedTests ?? 0;
      failed = json.numFailedTests ?? 0;
      skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
      // A file that fails to load (syntax error, failing beforeAll) has no failed test: count it.
      const brokenFiles = (json.testResults ?? []).filter(
        (file) => file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed'),
      ).length;
      if (brokenFiles) {
        failed += brokenFiles;
        note = `${brokenFiles} test file(s) failed to run`;
      }
    } else {
      note = 'no JSON report was written';
    }
    const ok = code === 0;
    if (!ok && failed === 0) failed = 1; // vitest failed without a failing test: still a failure
    return { ok, passed, failed, skipped, note };
  };
}

/** @type {Step[]} */
const steps = [
  {
    name: 'check',
    title: 'Typecheck, lint and format (astro check, eslint, prettier --check)',
    run: each([
      ['astro check', astro, ['check']],
      ['eslint', eslint, ['.']],
      ['prettier --check', prettier, ['--check', '.']],
    ]),
  },
  { name: 'unit', title: 'Unit, cell and content tests (vitest)', run: vitestRun('unit', 'vitest.config.ts') },
  { name: 'build', title: 'Build (astro build -> dist/)', run: single(astro, ['build']) },
  { name: 'e2e', title: 'Browser tests against dist/ (vitest + headless Chromium)', run: vitestRun('e2e', 'vitest.e2e.config.ts') },
];

const rows = [];
let ok = true;
const started = performance.now();
for (const [index, step] of steps.entries()) {
  const header = `[${index + 1}/${steps.length}] ${step.title}`;
  if ((only && !only.includes(step.name)) || (step.name === 'check' && skipCheck)) {
    console.log(`\n=== ${header}: skipped${step.name === 'check' && skipCheck ? ' (--skip-check)' : ''}`);
    rows.push({ step, result: null, seconds: 0 });
    continue;
  }
  console.log(`\n${'='.repeat(72)}\n=== ${header}\n${'='.repeat(72)}`);
  const t0 = performance.now();
  const result = await step.run();
  const seconds = (performance.now() - t0) / 1000;
  rows.push({ step, result, seconds });
  console.log(`=== ${header}: ${result.ok ? 'ok' : 'FAILED'} in ${seconds.toFixed(1)} s`);
  if (!result.ok) {
    ok = false;
    break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
console.log(`\n${'='.repeat(72)}\nSummary\n${'='.repeat(72)}`);
for (const { step, result, seconds } of rows) {
  if (!result) {
    console.log(`  ${step.name.padEnd(6)} skipped`);
    continue;
  }
  passed += result.passed;
  failed += result.failed;
  skipped += result.skipped;
  const counts = `${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ''}`;
  console.log(
    `  ${step.name.padEnd(6)} ${(result.ok ? 'ok' : 'FAILED').padEnd(7)} ${counts.padEnd(34)} ${seconds.toFixed(1).padStart(6)} s${result.note ? `  (${result.note})` : ''}`,
  );
}
for (const step of steps.slice(rows.length)) console.log(`  ${step.name.padEnd(6)} not run (an earlier step failed)`);
console.log(`  total  ${((performance.now() - started) / 1000).toFixed(1)} s${skipped ? `, ${skipped} test(s) skipped` : ''}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
