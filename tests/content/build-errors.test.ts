/**
 * Bad input fails the build, naming the file and the problem. The project is copied into a
 * temporary folder (node_modules linked, not copied), a bad article is added, and
 * `astro build` must exit non-zero with the article's file name and the reason in its output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildEnv, PROJECT_ROOT } from '../support/site';

const SKIP = new Set(['node_modules', 'dist', '.astro', '.git', '.node24', '.tools', 'test-results', 'bench/results', 'public/runner']);
const ARTICLE = 'content/docs/articles/bad-article.mdx';
let copy: string;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'bias-build-errors-'));
  cpSync(PROJECT_ROOT, copy, {
    recursive: true,
    filter: (source) => {
      const rel = relative(PROJECT_ROOT, source).split(sep).join('/');
      return !SKIP.has(rel);
    },
  });
  // Link each package, but keep Vite's and Astro's caches (node_modules/.vite, .astro) local to
  // the copy, so this build does not rewrite the project's own caches.
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(PROJECT_ROOT, 'node_modules'))) {
    if (['.vite', '.astro', '.cache'].includes(entry)) continue;
    symlinkSync(join(PROJECT_ROOT, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
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
