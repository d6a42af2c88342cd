/**
 * KaTeX writes every formula twice: as MathML (for screen readers, with the TeX source in an
 * annotation) and as styled HTML (for the eye). Anything that reads a page's text takes all
 * of it: "to $w$ during" became "to www during" in the table of contents and in search.
 *
 * This plugin, run after rehype-katex, leaves the rendered page as it is, but
 * - gives search one copy: the MathML is marked `data-pagefind-ignore`, the visible HTML stays;
 * - gives headings one copy: in an MDX heading the MathML becomes a component that renders
 *   the same markup (components/MathMl.astro), and Astro's heading collector (the source of
 *   "On this page") reads no text from a component without children.
 */
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const component = 'MathMl__';
const componentFile = fileURLToPath(new URL('../../components/MathMl.astro', import.meta.url));

const isMathml = (node: ElementContent): node is Element =>
  node.type === 'element' && Array.isArray(node.properties?.className) && node.properties.className.includes('katex-mathml');

export default function rehypeMathText() {
  return (tree: Root, file: VFile) => {
    const mdx = /\.mdx$/.test(file.path ?? '');
    let replaced = false;
    visit(tree, 'element', (node: Element) => {
      if (isMathml(node)) node.properties['dataPagefindIgnore'] = '';
      if (!mdx || !headingTags.has(node.tagName)) return;
      visit(node, 'element', (child: Element, index, parent) => {
        if (!isMathml(child) || !parent || index === undefined) return;
        parent.children[index] = {
          type: 'mdxJsxTextElement',
          name: component,
          attributes: [{ type: 'mdxJsxAttribute', name: 'html', value: toHtml(child.children) }],
          children: [],
        } as unknown as ElementContent;
        replaced = true;
      });
    });
    if (replaced) tree.children.unshift(importComponent());
  };
}

function importComponent(): RootContent {
  const value = `import ${component} from ${JSON.stringify(componentFile)};`;
  return { type: 'mdxjsEsm', value, data: { estree: parse(value, { ecmaVersion: 'latest', sourceType: 'module' }) } } as unknown as RootContent;
}
