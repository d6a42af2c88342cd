import { describe, expect, it } from 'vitest';
import { cellTwinDifferences } from '../../src/content/cell-twins';

const original = `const w = slider({ label: 'w (weight)', min: -5, max: 5, value: 2 });
const where = w > 0 ? 'rising' : 'falling';
goal('Make it rise', w > 0, { solution: { 'w (weight)': 1, seed: 3 } });
display(Plot.plot({ caption: \`Figure 1. A \${where} curve for w = \${w}\`, marks: [Plot.line([], { x: 'x', y: 'y' })] }));`;

describe('a translated cell and its English twin', () => {
  it('are twins when only the reader’s words are in Chinese, even with the template’s parts reordered', () => {
    const translation = original
      .replaceAll("'w (weight)'", "'w（權重）'")
      .replace("'rising' : 'falling'", "'上升' : '下降'")
      .replace("'Make it rise'", "'讓它上升'")
      .replace('seed: 3', "'隨機種子': 3")
      .replace('`Figure 1. A ${where} curve for w = ${w}`', '`圖 1。w = ${w} 時${where}的曲線`');
    expect(cellTwinDifferences(original, translation)).toEqual([]);
  });

  it('differ when a number, a name, an operator or a string that is not words changes', () => {
    for (const [from, to] of [
      ['max: 5', 'max: 6'],
      ['w > 0 ?', 'w >= 0 ?'],
      ["x: 'x'", "x: 'y'"],
      ["'rising'", "'up'"],
      ['Plot.line', 'Plot.dot'],
      ['${w}`', '${w + 1}`'],
    ] as const) {
      expect(cellTwinDifferences(original, original.replace(from, to)).length, `${from} -> ${to}`).toBeGreaterThan(0);
    }
  });

  it('reports a translation that does not parse', () => {
    expect(cellTwinDifferences(original, original + ' )')[0]).toMatch(/^does not parse/);
  });
});
