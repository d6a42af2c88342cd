/**
 * A fenced block marked as a cell (```` ```js cell ````) becomes the live Cell component, so
 * an article stays readable Markdown and its cells are numbered in order of appearance.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import type { Code, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

const cellComponent = fileURLToPath(new URL('../../components/cell/Cell.astro', import.meta.url));
const componentName = 'LiveCell__';
const cellLanguages = new Set(['js', 'javascript']);

/** `cell` as a word of the fence's meta string. */
export function isCellFence(node: Code): boolean {
  return cellLanguages.has(node.lang ?? '') && /(^|\s)cell(\s|$)/.test(node.meta ?? '');
}

/**
 * The article part of a cell's id: the file's path under the content folder, without its
 * extension, e.g. `articles/intercept`.
 */
export function articleId(file: string, contentRoot: string): string {
  return path
    .relative(contentRoot, file)
    .replace(/\\/g, '/')
    .replace(/\.mdx?$/, '');
}

export interface RemarkCellsOptions {
  /** The folder articles live in; ids are relative to it. */
  contentRoot: string;
}

export default function remarkCells({ contentRoot }: RemarkCellsOptions) {
  return (tree: Root, file: VFile) => {
    const inside = file.path ? path.relative(contentRoot, file.path) : '..';
    if (inside.startsWith('..') || path.isAbsolute(inside)) return;
    const article = articleId(file.path, contentRoot);
    const relativeFile = path.relative(process.cwd(), file.path);
    let index = 0;
    const replace = (nodes: RootContent[]) => {
      for (let i = 0; i < nodes.length; i++) {
        const node = nodes[i]!;
        if (node.type === 'code' && isCellFence(node)) {
          nodes[i] = cellElement(node, `${article}/${index++}`, relativeFile) as unknown as RootContent;
        } else if ('children' in node && Array.isArray(node.children)) {
          replace(node.children as RootContent[]);
        }
      }
    };
    replace(tree.children);
    if (index > 0) tree.children.unshift(importCell() as unknown as RootContent);
  };
}

function cellElement(node: Code, id: string, file: string) {
  const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute', name, value });
  return {
    type: 'mdxJsxFlowElement',
    name: componentName,
    attributes: [attribute('id', id), attribute('code', node.value), attribute('file', file), attribute('line', String(node.position?.start.line ?? 0))],
    children: [],
  };
}

function importCell() {
  const value = `import ${componentName} from ${JSON.stringify(cellComponent)};`;
  return {
    type: 'mdxjsEsm',
    value,
    data: { estree: parse(value, { ecmaVersion: 'latest', sourceType: 'module' }) },
  };
}
