/**
 * A line break inside a Markdown paragraph becomes a space, which Chinese does not put
 * between words: Chromium shows a gap in the middle of a sentence wherever the source was
 * wrapped. This joins the lines where both sides are Chinese (characters or full-width
 * punctuation), and leaves every other break (English, math, code) as it was.
 */
import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const wide = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const breakBetweenChinese = new RegExp(`([${wide}])[ \\t]*\\n[ \\t]*(?=[${wide}])`, 'gu');

/** @example joinChineseLines('偏差\n可以') // '偏差可以' */
export function joinChineseLines(text: string): string {
  return text.replace(breakBetweenChinese, '$1');
}

export default function remarkCjkBreaks() {
  return (tree: Root) => {
    visit(tree, 'text', (node: Text) => {
      if (node.value.includes('\n')) node.value = joinChineseLines(node.value);
    });
  };
}
