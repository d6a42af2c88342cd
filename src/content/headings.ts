/**
 * The anchors of an MDX page's headings, read from its Markdown the way Starlight makes them
 * (GitHub's slugs of the heading text, inline math read as its symbols), for checks and
 * components that run without rendering the page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';

/** Each `##`…`######` heading's anchor, in order. */
export function headingAnchors(mdx: string): string[] {
  const slugger = new GithubSlugger();
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^```[\s\S]*?^```/gm, '');
  return [...body.matchAll(/^#{2,6}\s+(.+)$/gm)].map((m) => {
    const text = m[1]!
      .replace(/\$([^$]+)\$/g, (_, tex: string) => tex.replace(/\\[a-zA-Z]+/g, '').replace(/[{}^_]/g, ''))
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*`]/g, '');
    return slugger.slug(text);
  });
}

/**
 * A translated page keeps its original's headings in the same order, so an anchor of the
 * original names the translation's heading at the same place.
 * @example twinAnchor(['a', 'b'], ['甲', '乙'], 'b') // '乙'
 */
export function twinAnchor(original: readonly string[], translation: readonly string[], anchor: string): string | undefined {
  const index = original.indexOf(anchor);
  return index < 0 ? undefined : translation[index];
}

/** A Markdown link to a heading of this site: `](../shift/#anchor)`, or `](#anchor)` on the same page. */
export const headingLinkPattern = /\]\(((?:\.\.?\/[^)#]*)?)#([^)]+)\)/g;

/**
 * The MDX file a relative link on `from` leads to, if it exists. Pages are served as folders
 * (`/articles/shift/`), so a link resolves from the page itself, and an index page from its folder.
 * @example linkedPageFile('content/docs/articles/shift.mdx', '../intercept/') // 'content/docs/articles/intercept.mdx'
 */
export function linkedPageFile(from: string, target: string): string | undefined {
  const base = from.endsWith('/index.mdx') ? path.dirname(from) : from.replace(/\.mdx$/, '');
  const file = path.join(base, target).replace(/\/$/, '');
  return [`${file}.mdx`, path.join(file, 'index.mdx')].find((f) => existsSync(f));
}
