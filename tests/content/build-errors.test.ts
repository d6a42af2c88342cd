/**
 * Bad input fails the build, naming the file and the problem. The project is copied into a
 * temporary folder (node_modules hard-linked, not copied), a bad article is added, and
 * `astro build` must exit non-zero with the article's file name and the reason in its output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnv, PROJECT_ROOT } from '../support/site';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.node24', '.tmp', '.tools', 'test-results', 'bench/results', 'public/runner']);
const ARTICLE = 'content/docs/articles/bad-article.mdx';
let copy: string;

beforeAll(() => {
  mkdirSync(join(PROJECT_ROOT, '.tmp'), { recursive: true });
  copy = mkdtempSync(join(PROJECT_ROOT, '.tmp', 'build-errors-'));
  // Entry by entry: the copy is inside the project, which cannot be copied into itself whole.
  for (const entry of readdirSync(PROJECT_ROOT)) {
    if (SKIP.has(entry)) continue;
    cpSync(join(PROJECT_ROOT, entry), join(copy, entry), {
      recursive: true,
      filter: (source) => !SKIP.has(relative(PROJECT_ROOT, source).split(sep).join('/')),
    });
  }
  // node_modules as hard links (a second or two, no space): symlinked packages resolve outside
  // the copy's root, where Astro cannot compile a page's components. The copy lives inside the
  // project, so the links never cross file systems. Vite's and Astro's caches stay out, so this
  // build does not rewrite the project's own.
  const linked = spawnSync('cp', ['-al', join(PROJECT_ROOT, 'node_modules'), join(copy, 'node_modules')], { encoding: 'utf8' });
  if (linked.status !== 0) throw new Error(`could not link node_modules into the copy: ${linked.stderr}`);
  for (const cache of ['.vite', '.astro', '.cache']) rmSync(join(copy, 'node_modules', cache), { recursive: true, force: true });
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Write the bad article, build, and return exit code and all output (ANSI codes removed). */
function buildWith(article: string): { status: number | null; output: string } {
  writeFileSync(join(copy, ARTICLE), article);
  const result = spawnSync(join(copy, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: copy,
    env: buildEnv({ NO_COLOR: '1' }),
    encoding: 'utf8',
    timeout: 50_000,
  });
  // eslint-disable-next-line no-control-regex -- the terminal's colour codes start with ESC
  const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output };
}

const body = '\nSome text.\n';

describe('a bad article fails the build with its file name and the problem', () => {
  test('an unknown argument id', () => {
    const { status, output } = buildWith(`---\ntitle: Bad article\narguments: [A99]\n---\n${body}`);
    expect(status, output).not.toBe(0);
    expect(output, 'the output names the file').toContain('bad-article.mdx');
    expect(output, 'the output names the field and the problem').toMatch(/arguments\.0: unknown argument id/);
  }, 60_000);

  const exercise = (start: number, solution: number) =>
    [
      '---',
      'title: Bad article',
      '---',
      '',
      'Some text.',
      '',
      '```js cell',
      `const b = slider({ label: 'b', min: -5, max: 5, step: 0.5, value: ${start} });`,
      `goal('Put the step at x = 2', -b === 2, { solution: { b: ${solution} } });`,
      '```',
      '',
    ].join('\n');

  test('an exercise its starting values already solve', () => {
    const { status, output } = buildWith(exercise(-2, -2));
    expect(status, output).not.toBe(0);
    expect(output, 'the output names the file and the line of the cell').toMatch(/bad-article\.mdx:7: the cell at line 7 sets the goal "Put the step at x = 2", which its starting values already meet/);
  }, 60_000);

  test('an exercise its solution does not solve', () => {
    const { status, output } = buildWith(exercise(0, 2));
    expect(status, output).not.toBe(0);
    expect(output, 'the output names the file, the line and the failing solution').toMatch(/bad-article\.mdx:7: .*the solution of "Put the step at x = 2" \(b = 2\) does not meet it/);
  }, 60_000);

  test('a reference without a url, and a title that is not a string', () => {
    const { status, output } = buildWith(
      `---\ntitle: 42\nreferences:\n  - title: A paper with no link\n---\n${body}`,
    );
    expect(status, output).not.toBe(0);
    expect(output, 'the output names the file').toContain('bad-article.mdx');
    expect(output, 'the output names the bad reference').toMatch(/references\.0\.url: every reference needs a url/);
    expect(output, 'the output names the bad title').toMatch(/title\W*(title: )?Expected type/);
  }, 60_000);
});
