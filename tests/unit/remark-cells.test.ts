/**
 * The remark plugin that turns ```` ```js cell ```` fences into the live Cell component
 * (src/plugins/remark-cells.ts), on trees parsed by mdast-util-from-markdown.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Code, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkCells, { articleId, isCellFence } from '../../src/plugins/remark-cells';

const code = (lang: string | null, meta: string | null): Code => ({ type: 'code', lang, meta, value: 'display(1)' });

const contentRoot = path.join(process.cwd(), 'content', 'docs');
const fileIn = (relative: string) => ({ path: path.join(contentRoot, relative) }) as unknown as VFile;
const transform = remarkCells({ contentRoot });

interface JsxAttribute {
  type: string;
  name: string;
  value: string;
}
interface JsxElement {
  type: 'mdxJsxFlowElement';
  name: string;
  attributes: JsxAttribute[];
  children: unknown[];
}
const attributesOf = (node: unknown) => Object.fromEntries((node as JsxElement).attributes.map((a) => [a.name, a.value]));

const article = [
  '# Title', // line 1
  '',
  '```js cell', // line 3
  'const w = 2;',
  'display(w);',
  '```',
  '',
  'Some text.',
  '',
  '```js', // line 10: plain code
  'console.log("not a cell");',
  '```',
  '',
  '```javascript cell title="second"', // line 14
  'display("two")',
  '```',
  '',
].join('\n');

describe('isCellFence', () => {
  it('takes js and javascript fences with `cell` as a word of the meta', () => {
    expect(isCellFence(code('js', 'cell'))).toBe(true);
    expect(isCellFence(code('javascript', 'cell'))).toBe(true);
    expect(isCellFence(code('js', 'title="x" cell'))).toBe(true);
    expect(isCellFence(code('js', 'cell title="x"'))).toBe(true);
    expect(isCellFence(code('js', 'a\tcell\tb'))).toBe(true);
  });

  it('refuses words that only contain `cell`', () => {
    expect(isCellFence(code('js', 'cellular'))).toBe(false);
    expect(isCellFence(code('js', 'excell'))).toBe(false);
    expect(isCellFence(code('js', 'no-cell'))).toBe(false);
    expect(isCellFence(code('js', 'cell-like'))).toBe(false);
    expect(isCellFence(code('js', 'cells'))).toBe(false);
  });

  it('refuses other languages, no language and no meta', () => {
    for (const lang of ['ts', 'typescript', 'jsx', 'python', 'mjs', 'JS', '']) expect(isCellFence(code(lang, 'cell')), lang).toBe(false);
    expect(isCellFence(code(null, 'cell'))).toBe(false);
    expect(isCellFence(code('js', null))).toBe(false);
    expect(isCellFence(code('js', ''))).toBe(false);
  });

  it('reads fences as the Markdown parser gives them', () => {
    const tree = fromMarkdown(article);
    const fences = tree.children.filter((n): n is Code => n.type === 'code');
    expect(fences.map(isCellFence)).toEqual([true, false, true]);
  });
});

describe('articleId', () => {
  it('is the path under the content folder without its extension', () => {
    expect(articleId('/site/content/docs/articles/intercept.mdx', '/site/content/docs')).toBe('articles/intercept');
    expect(articleId('/site/content/docs/articles/intercept.md', '/site/content/docs/')).toBe('articles/intercept');
    expect(articleId('/site/content/docs/index.mdx', '/site/content/docs')).toBe('index');
    expect(articleId('/site/content/docs/a/b/c.mdx', '/site/content/docs')).toBe('a/b/c');
  });

  it('takes off only a final .md or .mdx', () => {
    expect(articleId('/c/notes.mdx.txt', '/c')).toBe('notes.mdx.txt');
    expect(articleId('/c/v1.md/page.mdx', '/c')).toBe('v1.md/page');
  });
});

describe('remarkCells', () => {
  it('turns each cell fence into a LiveCell__ element numbered in order, with its code, file and line', () => {
    const tree = fromMarkdown(article) as Root;
    transform(tree, fileIn('articles/x.mdx'));
    const cells = tree.children.filter((n) => (n.type as string) === 'mdxJsxFlowElement');
    expect(cells).toHaveLength(2);
    for (const cell of cells) {
      expect((cell as unknown as JsxElement).name).toBe('LiveCell__');
      expect((cell as unknown as JsxElement).children).toEqual([]);
      expect((cell as unknown as JsxElement).attributes.every((a) => a.type === 'mdxJsxAttribute')).toBe(true);
    }
    const file = path.join('content', 'docs', 'articles', 'x.mdx');
    expect(attributesOf(cells[0])).toEqual({ id: 'articles/x/0', code: 'const w = 2;\ndisplay(w);', file, line: '3' });
    expect(attributesOf(cells[1])).toEqual({ id: 'articles/x/1', code: 'display("two")', file, line: '14' });
    expect((cells[0] as unknown as JsxElement).attributes.map((a) => a.name)).toEqual(['id', 'code', 'file', 'line']);
  });

  it('adds one import of the Cell component first, with its estree', () => {
    const tree = fromMarkdown(article) as Root;
    transform(tree, fileIn('articles/x.mdx'));
    const esm = tree.children.filter((n) => (n.type as string) === 'mdxjsEsm');
    expect(esm).toHaveLength(1);
    expect(tree.children[0]).toBe(esm[0]);
    const first = tree.children[0] as unknown as {
      value: string;
      data: {
        estree: { type: string; body: Array<{ type: string; source: { value: string }; specifiers: Array<{ type: string; local: { name: string } }> }> };
      };
    };
    const component = path.join(process.cwd(), 'components', 'cell', 'Cell.astro');
    expect(first.value).toBe(`import LiveCell__ from ${JSON.stringify(component)};`);
    expect(existsSync(component)).toBe(true);
    const [declaration] = first.data.estree.body;
    expect(first.data.estree.type).toBe('Program');
    expect(declaration!.type).toBe('ImportDeclaration');
    expect(declaration!.source.value).toBe(component);
    expect(declaration!.specifiers.map((s) => [s.type, s.local.name])).toEqual([['ImportDefaultSpecifier', 'LiveCell__']]);
  });

  it('leaves the plain code block and the rest of the page as they were', () => {
    const before = fromMarkdown(article) as Root;
    const tree = fromMarkdown(article) as Root;
    transform(tree, fileIn('articles/x.mdx'));
    expect(tree.children.map((n) => n.type)).toEqual(['mdxjsEsm', 'heading', 'mdxJsxFlowElement', 'paragraph', 'code', 'mdxJsxFlowElement']);
    const plain = tree.children.find((n) => n.type === 'code');
    expect(plain).toEqual(before.children[3]);
    expect(plain).toBe(tree.children[4]);
    expect(plain).toMatchObject({ lang: 'js', meta: null, value: 'console.log("not a cell");' });
    expect(tree.children[1]).toEqual(before.children[0]);
    expect(tree.children[3]).toEqual(before.children[2]);
  });

  it('finds cells nested in other blocks, numbering them in document order', () => {
    const markdown = [
      '> ```js cell',
      '> display(0)',
      '> ```',
      '',
      '- item',
      '',
      '  ```js cell',
      '  display(1)',
      '  ```',
      '',
      '```js cell',
      'display(2)',
      '```',
      '',
    ].join('\n');
    const tree = fromMarkdown(markdown) as Root;
    transform(tree, fileIn('guide/nested.md'));
    const found: Record<string, string>[] = [];
    const walk = (node: unknown) => {
      const n = node as { type: string; children?: unknown[] };
      if (n.type === 'mdxJsxFlowElement') found.push(attributesOf(n));
      n.children?.forEach(walk);
    };
    walk(tree);
    expect(found.map((a) => [a.id, a.code])).toEqual([
      ['guide/nested/0', 'display(0)'],
      ['guide/nested/1', 'display(1)'],
      ['guide/nested/2', 'display(2)'],
    ]);
    expect(tree.children[0]!.type).toBe('mdxjsEsm');
  });

  it('adds no import to a page without cells', () => {
    const markdown = '# Plain\n\n```js\nconst x = 1;\n```\n';
    const tree = fromMarkdown(markdown) as Root;
    transform(tree, fileIn('articles/plain.mdx'));
    expect(tree).toEqual(fromMarkdown(markdown));
  });

  it('leaves a file outside the content root, or one without a path, alone', () => {
    const outside = fromMarkdown(article) as Root;
    transform(outside, { path: path.join(process.cwd(), 'README.md') } as unknown as VFile);
    expect(outside).toEqual(fromMarkdown(article));

    // A neighbouring folder whose name starts with the root's is outside it too.
    const neighbour = fromMarkdown(article) as Root;
    transform(neighbour, { path: `${contentRoot.replace(/\/$/, '')}-old/a.mdx` } as unknown as VFile);
    expect(neighbour).toEqual(fromMarkdown(article));

    const noPath = fromMarkdown(article) as Root;
    transform(noPath, {} as unknown as VFile);
    expect(noPath).toEqual(fromMarkdown(article));
  });
});
