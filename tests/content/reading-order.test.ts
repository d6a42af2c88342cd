/** The reading order (sidebar, previous/next) is the home page's order, and names real articles. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readingOrder } from '../../src/content/reading-order';

const docs = join(import.meta.dirname, '..', '..', 'content', 'docs');

test('the home page links the articles in reading order', () => {
  const home = readFileSync(join(docs, 'index.mdx'), 'utf8');
  const linked = [...home.matchAll(/\]\(\.\/(articles\/[\w-]+)\/\)/g)].map((m) => m[1]);
  expect([...new Set(linked)]).toEqual([...readingOrder]);
});

test('every article in content/docs/articles is in the reading order, and every entry exists', () => {
  for (const slug of readingOrder) expect(existsSync(join(docs, `${slug}.mdx`)), slug).toBe(true);
  const files = readdirSync(join(docs, 'articles')).filter((f) => f.endsWith('.mdx')).map((f) => `articles/${f.replace(/\.mdx$/, '')}`);
  expect(files.sort()).toEqual([...readingOrder].sort());
});
