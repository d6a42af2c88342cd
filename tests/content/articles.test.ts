// What every article must have (issue 4 and the design): known argument ids, at least two
// live cells, a slider, references that link somewhere, and every source argument covered.
import { globSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { argumentIds } from '../../content/arguments';
import { articleFrontmatter } from '../../src/content/frontmatter';
import { extractCells } from '../../src/cells/extract';

interface Article {
  file: string;
  data: ReturnType<typeof articleFrontmatter.parse> & { title?: unknown };
  raw: Record<string, unknown>;
  cells: ReturnType<typeof extractCells>;
}

function readArticle(file: string): Article {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const raw = (match ? parseYaml(match[1]!) : {}) as Record<string, unknown>;
  return { file, raw, data: articleFrontmatter.parse(raw), cells: extractCells(text) };
}

// The English pages; their zh-TW twins are held to them in translation.test.ts.
const pages = globSync('content/docs/**/*.mdx')
  .filter((f) => !f.includes('/zh-tw/'))
  .map(readArticle);
// The playground is a sandbox for readers, not an article about an argument.
const articles = pages.filter((a) => a.file.includes('/articles/') && !a.file.endsWith('playground.mdx'));

describe('articles', () => {
  it('exist', () => {
    expect(articles.length).toBeGreaterThanOrEqual(3);
  });

  for (const article of articles) {
    describe(article.file, () => {
      it('claims only known argument ids, and at least one', () => {
        const claimed = article.raw.arguments as unknown[];
        expect(Array.isArray(claimed) && claimed.length > 0).toBe(true);
        for (const id of claimed) expect(argumentIds).toContain(id);
      });

      it('has at least two live cells, one of them with a slider', () => {
        expect(article.cells.length).toBeGreaterThanOrEqual(2);
        expect(article.cells.some((cell) => /\bslider\s*\(/.test(cell.code))).toBe(true);
      });

      it('has an exercise, and says in one line what the reader will try', () => {
        expect(article.cells.some((cell) => /\bgoal\s*\(/.test(cell.code))).toBe(true);
        expect(readFileSync(article.file, 'utf8')).toMatch(/^\*\*Try it:\*\* \S/m);
      });

      it('lists references, each with a link', () => {
        const references = (article.raw.references ?? []) as { url?: unknown }[];
        expect(references.length).toBeGreaterThan(0);
        for (const reference of references) expect(String(reference.url)).toMatch(/^https?:\/\/\S+$/);
      });
    });
  }

  it('the home page answers A1 with a live cell, a slider, an exercise and a figure to drag', () => {
    const home = pages.find((p) => p.file.endsWith('docs/index.mdx'))!;
    expect(home.data.arguments).toContain('A1');
    expect(home.cells.some((cell) => /\bslider\s*\(/.test(cell.code))).toBe(true);
    expect(home.cells.some((cell) => /\bgoal\s*\(/.test(cell.code))).toBe(true);
    expect(home.cells.some((cell) => /\bdrag\s*\(/.test(cell.code))).toBe(true);
  });

  it('shift and step-approximation let the reader drag the step on a figure', () => {
    for (const slug of ['shift', 'step-approximation']) {
      const article = articles.find((a) => a.file.endsWith(`/${slug}.mdx`))!;
      expect(article.cells.some((cell) => /\bdrag\s*\(/.test(cell.code)), slug).toBe(true);
    }
  });

  it('every argument of the source is covered by some page', () => {
    const claimed = new Set(pages.flatMap((p) => p.data.arguments));
    const missing = argumentIds.filter((id) => !claimed.has(id));
    expect(missing).toEqual([]);
  });
});
