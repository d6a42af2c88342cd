// The argument map's data (content/arguments.ts) is the one definition of A1-A23: every id
// once and in order, a verdict from the four words, a page that claims the id, and a heading
// that exists on that page.
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { argumentIds, sourceArguments, verdicts } from '../../content/arguments';
import { sectionHref, verdictCounts } from '../../components/argument-map/map';
import { headingAnchors } from '../../src/content/headings';

const fileOf = (page: string) => `content/docs/${page}.mdx`;

function claimedIds(page: string): unknown[] {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(fileOf(page), 'utf8'));
  return ((front ? parseYaml(front[1]!) : {}) as { arguments?: unknown[] }).arguments ?? [];
}

describe('the argument map', () => {
  it('lists A1 to A23, each once, in order', () => {
    expect(sourceArguments.map((a) => a.id)).toEqual(Array.from({ length: 23 }, (_, i) => `A${i + 1}`));
    expect(argumentIds).toEqual(sourceArguments.map((a) => a.id));
  });

  it('gives every argument one of the four verdicts, a claim and an exact statement of one sentence', () => {
    for (const a of sourceArguments) {
      expect(verdicts, a.id).toContain(a.verdict);
      expect(a.claim.length, a.id).toBeGreaterThan(20);
      expect(a.exact, a.id).toMatch(/^[A-Z].*[.]$/);
      expect(a.exact.slice(0, -1), `${a.id}: one sentence`).not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  for (const a of sourceArguments) {
    it(`${a.id} links to a page that claims it, and to a heading of that page`, () => {
      expect(existsSync(fileOf(a.page)), fileOf(a.page)).toBe(true);
      expect(claimedIds(a.page), `${fileOf(a.page)} frontmatter arguments`).toContain(a.id);
      if ('anchor' in a) expect(headingAnchors(readFileSync(fileOf(a.page), 'utf8')), fileOf(a.page)).toContain(a.anchor);
    });
  }

  it('reads headings the way Starlight slugs them, math and repeats included', () => {
    expect(headingAnchors('## What happens to $w$ during training\n## Two\n## Two\n```js\n## not a heading\n```\n')).toEqual([
      'what-happens-to-w-during-training',
      'two',
      'two-1',
    ]);
  });

  it('counts verdicts and builds relative links that survive any base path', () => {
    expect(verdictCounts([{ verdict: 'holds' }, { verdict: 'loose' }, { verdict: 'holds' }])).toEqual({
      holds: 2,
      'holds with a caveat': 0,
      loose: 1,
      wrong: 0,
    });
    expect(sectionHref({ page: 'index' })).toBe('../');
    expect(sectionHref({ page: 'articles/shift', anchor: 'what-the-bias-adds' })).toBe('../articles/shift/#what-the-bias-adds');
  });
});
