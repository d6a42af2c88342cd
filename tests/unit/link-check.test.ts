import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks, locateLink } from '../../src/integrations/link-check';

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('internal link check', () => {
  const pages = {
    'index.html': '<a href="articles/a/">ok</a> <a href="articles/missing/">gone</a> <a href="https://example.org/">out</a>',
    'articles/a/index.html':
      '<h2 id="here">H</h2><a href="../../#top">top</a> <a href="#here">self</a> <a href="/articles/a/#nowhere">bad fragment</a> <a href="/favicon.svg">icon</a>',
    'favicon.svg': '<svg/>',
  };

  it('finds links to missing pages and missing headings, and only those', async () => {
    const broken = await findBrokenLinks(site(pages), '/');
    expect(broken.map(({ page, href }) => `${page} -> ${href}`).sort()).toEqual([
      'articles/a/index.html -> ../../#top',
      'articles/a/index.html -> /articles/a/#nowhere',
      'index.html -> articles/missing/',
    ]);
  });

  it('checks links against the base path of a sub-path deploy', async () => {
    const broken = await findBrokenLinks(
      site({ 'index.html': '<a href="/bias/page/">in</a><a href="/page/">out of base</a>', 'page/index.html': '' }),
      '/bias/',
    );
    expect(broken).toEqual([{ page: 'index.html', href: '/page/', reason: expect.stringMatching(/base path/) }]);
  });

  it('names the article file and the line the link is written on', () => {
    const content = site({ 'articles/a.mdx': '---\ntitle: A\n---\n\nSee [this](../missing/).\n' });
    expect(locateLink(content, 'articles/a/index.html', '../missing/')).toMatch(/articles\/a\.mdx:5$/);
  });
});
