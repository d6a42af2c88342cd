// Every cell of every article runs in Node, exactly as the build runs it, and shows something.
import { readFileSync } from 'node:fs';
import { globSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCellAtBuild } from '../../src/cells/build-runner';
import { extractCells } from '../../src/cells/extract';

const articles = globSync('content/docs/**/*.mdx');

describe('article cells', () => {
  it('finds the articles', () => {
    expect(articles.length).toBeGreaterThan(0);
  });
  for (const file of articles) {
    const cells = extractCells(readFileSync(file, 'utf8'));
    for (const cell of cells) {
      it(`${file} cell ${cell.index} (line ${cell.line}) runs and displays output`, async () => {
        const run = await runCellAtBuild(cell.code, { file, line: cell.line });
        expect(run.error).toBeUndefined();
        expect(run.outputs.length).toBeGreaterThan(0);
        for (const output of run.outputs) {
          if (output.kind !== 'html') continue;
          expect(output.html).toMatch(/^<(svg|figure|div)/);
          // Every figure has a caption and an accessible label.
          if (output.html.includes('<svg')) {
            expect(output.html, 'figure caption (Plot option `caption`)').toMatch(/<figcaption/);
            expect(output.html, 'accessible label (Plot option `ariaLabel`)').toMatch(/<svg[^>]*aria-label="[^"]+"/);
          }
        }
        // A figure with NaN positions would silently lose points: the runtime warns about it.
        expect(run.logs.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
      });
    }
  }
});
