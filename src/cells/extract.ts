/**
 * The cells of an article, read straight from its Markdown: what the build turns into live
 * cells (the same fence test as the remark plugin), for tests and checks that run outside
 * the Astro build.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Code } from 'mdast';
import { isCellFence } from '../plugins/remark-cells';

export interface ExtractedCell {
  index: number;
  code: string;
  /** Line of the opening fence in the file. */
  line: number;
}

/** @example extractCells('text\n\n```js cell\ndisplay(1)\n```\n') // [{ index: 0, code: 'display(1)', line: 3 }] */
export function extractCells(markdown: string): ExtractedCell[] {
  const cells: ExtractedCell[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'code' && isCellFence(node as Code)) {
      const code = node as Code;
      cells.push({ index: cells.length, code: code.value, line: code.position?.start.line ?? 0 });
    }
    for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
  };
  walk(fromMarkdown(stripFrontmatter(markdown)));
  return cells;
}

/** Blanks the frontmatter out but keeps its lines, so line numbers stay those of the file. */
function stripFrontmatter(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  return match ? match[0].replace(/[^\n]/g, '') + markdown.slice(match[0].length) : markdown;
}
