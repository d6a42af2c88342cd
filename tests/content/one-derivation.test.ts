// One derivation, one place (issue 8): each idea the site derives is worked out in the prose of
// one article, its home; elsewhere it is a sentence and a link. An idea is recognised by the
// formula that carries it (and, where the formula has other uses, words around it), paragraph by
// paragraph, in prose and display math (cell code aside): outside its home, a paragraph that
// states it must link to the home.
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const derivations = [
  { idea: 'the switch point: σ(wx + b) = σ(w(x − s)) with s = −b/w', home: 'shift', formula: /\\sigma(?:\\!)?\s*\\big\(\s*w\s*\\?,?\s*\(x\s*-\s*s\)/ },
  {
    idea: 'a bias-free sigmoid layer outputs σ(0) = ½, a constant the next layer uses as a bias',
    home: 'intercept',
    formula: /\\sigma\(0\)\s*=\s*\\tfrac12/,
    context: /constant|next layer/,
  },
  { idea: 'a bias-free tanh network is odd', home: 'intercept', formula: /f\(-x\)\s*=\s*-\s*f\(x\)/ },
  { idea: 'a bias-free ReLU network is positively homogeneous', home: 'intercept', formula: /\\mathrm\{ReLU\}\(c\\?,?\s*z\)\s*=/ },
  { idea: 'the boundary lies |b|/‖w‖ from the origin', home: 'cs231n-intuition', formula: /\|b\|\s*\/\s*\\lVert\s*w\s*\\rVert/ },
  { idea: 'the bias trick: Wx + b = [W b][x; 1]', home: 'cs231n-intuition', formula: /\\begin\{bmatrix\}\s*W\s*&\s*b\s*\\end\{bmatrix\}/ },
] as { idea: string; home: string; formula: RegExp; context?: RegExp }[];

/** An article's prose and math, without frontmatter, imports or code blocks. */
const prose = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/^import .*$/gm, '');

// English prose: the zh-TW twins follow their structure (translation.test.ts).
const articles = globSync('content/docs/**/*.mdx')
  .filter((file) => !file.includes('/zh-tw/'))
  .map((file) => ({ file, slug: file.replace(/^.*\/|\.mdx$/g, ''), text: prose(file) }));

const paragraphs = (text: string) => text.split(/\n\s*\n/);

describe('one derivation, one place', () => {
  for (const { idea, home, formula, context } of derivations) {
    it(`${idea}: derived in ${home}, elsewhere only linked`, () => {
      const states = (paragraph: string) => formula.test(paragraph) && (!context || context.test(paragraph));
      expect(articles.find((a) => a.slug === home)!.text.split(/\n\s*\n/).some(states), `${home} derives it`).toBe(true);
      const unlinked = articles
        .filter((a) => a.slug !== home)
        .flatMap((a) => paragraphs(a.text).filter((p) => states(p) && !p.includes(`](../${home}/`)).map((p) => `${a.file}: ${p.slice(0, 80)}…`));
      expect(unlinked).toEqual([]);
    });
  }
});
