/**
 * The Plot a cell imports (src/cells/plot.ts): warnings for positions Plot would silently
 * drop, figures labelled as one image, no `<style>` elements, and drawing into the document
 * it is given (linkedom's here, as at build time and in the runner's worker).
 */
import { parseHTML } from 'linkedom';
import * as Plot from '@observablehq/plot';
import { describe, expect, it, vi } from 'vitest';
import { cellPlot, labelFigure, nonFiniteWarnings, plotClassName, unstyleFigure } from '../../../src/cells/plot';

const newDocument = () => parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;

/** A fresh element holding `html`, in a linkedom document. */
function fragmentOf(html: string): Element {
  const holder = newDocument().createElement('div');
  holder.innerHTML = html;
  return holder;
}

describe('nonFiniteWarnings', () => {
  it('gives one warning per channel naming the mark, channel, value, count and first index', () => {
    const warnings = nonFiniteWarnings([Plot.lineY([1, 2, NaN, 4, NaN, 6])]);
    expect(warnings).toEqual(['figure: line has y = NaN at 2 of 6 points (first at index 2); Plot leaves those points out']);
  });

  it('reports Infinity and -Infinity, and the first bad value seen', () => {
    expect(nonFiniteWarnings(Plot.lineY([0, 1, Infinity, NaN]))).toEqual([
      'figure: line has y = Infinity at 2 of 4 points (first at index 2); Plot leaves those points out',
    ]);
    const [warning] = nonFiniteWarnings(Plot.lineY([-Infinity, 1]));
    expect(warning).toMatch(/y = -Infinity at 1 of 2 points \(first at index 0\)/);
  });

  it('checks x as well as y, from field names over objects', () => {
    const data = [
      { a: 1, b: 2 },
      { a: NaN, b: 3 },
      { a: 3, b: -Infinity },
      { a: 4, b: 5 },
    ];
    const warnings = nonFiniteWarnings([Plot.dot(data, { x: 'a', y: 'b' })]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^figure: dot has x = NaN at 1 of 4 points \(first at index 1\)/);
    expect(warnings[1]).toMatch(/^figure: dot has y = -Infinity at 1 of 4 points \(first at index 2\)/);
  });

  it('checks x1/x2/y1/y2 channels and accessor functions', () => {
    const data = [0, 1, 2];
    const warnings = nonFiniteWarnings(Plot.rect(data, { x1: (d: number) => d, x2: (d: number) => (d === 1 ? NaN : d + 1), y1: 0, y2: 1 }));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^figure: rect has x2 = NaN at 1 of 3 points \(first at index 1\)/);
  });

  it('checks typed-array data', () => {
    const warnings = nonFiniteWarnings(Plot.lineY(Float64Array.of(1, NaN, 3)));
    expect(warnings).toEqual(['figure: line has y = NaN at 1 of 3 points (first at index 1); Plot leaves those points out']);
  });

  it('gives nothing for finite data, nulls (gaps) or marks without data', () => {
    expect(nonFiniteWarnings([Plot.lineY([1, 2, 3]), Plot.dot([{ a: 1, b: 2 }], { x: 'a', y: 'b' })])).toEqual([]);
    expect(nonFiniteWarnings([Plot.lineY([1, null, 3])])).toEqual([]);
    expect(nonFiniteWarnings([Plot.ruleY([0]), Plot.frame(), Plot.gridX()])).toEqual([]);
    expect(nonFiniteWarnings(undefined)).toEqual([]);
    expect(nonFiniteWarnings([])).toEqual([]);
    expect(nonFiniteWarnings([null, false, 'text'])).toEqual([]);
  });

  it('walks nested mark arrays, one warning per bad mark, in order', () => {
    const warnings = nonFiniteWarnings([Plot.ruleY([0]), [Plot.lineY([NaN, 1]), [Plot.dot([1, 2], { x: [0, Infinity], y: [1, 2] })]], Plot.lineY([1, 2])]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^figure: line has y = NaN at 1 of 2 points \(first at index 0\)/);
    expect(warnings[1]).toMatch(/^figure: dot has x = Infinity at 1 of 2 points \(first at index 1\)/);
  });

  it('skips a channel Plot cannot evaluate instead of throwing', () => {
    const throwing = Plot.dot([1, 2], {
      x: () => {
        throw new Error('bad accessor');
      },
      y: [NaN, 1],
    });
    expect(() => nonFiniteWarnings(throwing)).not.toThrow();
    expect(nonFiniteWarnings(throwing)).toEqual([expect.stringMatching(/^figure: dot has y = NaN at 1 of 2 points/)]);
  });
});

describe('labelFigure', () => {
  it('makes a labelled svg one image and takes the names off its groups', () => {
    const holder = fragmentOf('<svg aria-label="A line"><g aria-label="line"><path d="M0,0"></path></g><g aria-label="y-axis tick"></g></svg>');
    const svg = holder.querySelector('svg')!;
    expect(labelFigure(svg)).toBe(svg);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('A line');
    expect(svg.querySelectorAll('g[aria-label]')).toHaveLength(0);
    expect(svg.querySelectorAll('g')).toHaveLength(2);
  });

  it('leaves an unlabelled svg without a role, but still unnames its groups', () => {
    const svg = fragmentOf('<svg><g aria-label="line"></g></svg>').querySelector('svg')!;
    labelFigure(svg);
    expect(svg.hasAttribute('role')).toBe(false);
    expect(svg.querySelector('g')!.hasAttribute('aria-label')).toBe(false);
  });

  it('keeps the name of a group that has a role of its own', () => {
    const svg = fragmentOf('<svg><g role="list" aria-label="points"></g><g aria-label="line"></g></svg>').querySelector('svg')!;
    labelFigure(svg);
    const [withRole, plain] = Array.from(svg.querySelectorAll('g'));
    expect(withRole!.getAttribute('aria-label')).toBe('points');
    expect(plain!.hasAttribute('aria-label')).toBe(false);
  });

  it('labels every svg inside a figure wrapper', () => {
    const figure = fragmentOf(
      '<figure><svg aria-label="Legend"><g aria-label="swatch"></g></svg><svg aria-label="Chart"><g aria-label="dot"></g></svg></figure>',
    ).querySelector('figure')!;
    expect(labelFigure(figure)).toBe(figure);
    const svgs = Array.from(figure.querySelectorAll('svg'));
    expect(svgs.map((svg) => svg.getAttribute('role'))).toEqual(['img', 'img']);
    expect(figure.querySelectorAll('g[aria-label]')).toHaveLength(0);
    expect(figure.hasAttribute('role')).toBe(false);
  });
});

describe('unstyleFigure', () => {
  it('removes every <style>, at any depth, and nothing else', () => {
    const figure = fragmentOf(
      '<figure><style>a{}</style><div><style>b{}</style><span>key</span></div><svg class="plot"><style>c{}</style><g><path d="M0,0"></path></g></svg></figure>',
    ).querySelector('figure')!;
    expect(unstyleFigure(figure)).toBe(figure);
    expect(figure.querySelectorAll('style')).toHaveLength(0);
    expect(figure.outerHTML).not.toContain('style');
    expect(figure.querySelector('span')!.textContent).toBe('key');
    expect(figure.querySelector('path')).not.toBeNull();
  });
});

describe('cellPlot', () => {
  it('draws into the given document, with class "plot", no <style>, and a labelled image', () => {
    const document = newDocument();
    const warn = vi.fn();
    const P = cellPlot({ document, warn });
    const figure = P.plot({ marks: [P.lineY([1, 3, 2])], ariaLabel: 'Three points' });
    expect(figure.ownerDocument).toBe(document);
    expect(figure.localName).toBe('svg');
    expect(figure.getAttribute('class')).toBe(plotClassName);
    expect(plotClassName).toBe('plot');
    expect(figure.getAttribute('role')).toBe('img');
    expect(figure.getAttribute('aria-label')).toBe('Three points');
    expect(figure.querySelectorAll('style')).toHaveLength(0);
    expect(figure.outerHTML).not.toContain('<style');
    expect(figure.querySelectorAll('g[aria-label]')).toHaveLength(0);
    expect(figure.querySelector('path')).not.toBeNull();
    expect(warn).not.toHaveBeenCalled();
  });

  it('wraps a captioned figure in <figure class="plot-figure"> with no <style> anywhere', () => {
    const document = newDocument();
    const P = cellPlot({ document, warn: vi.fn() });
    const figure = P.plot({
      marks: [P.dot([1, 2, 3], { x: (d: number) => d, y: (d: number) => d, fill: (d: number) => 'abc'[d - 1] })],
      caption: 'A caption',
      color: { legend: true },
    });
    expect(figure.localName).toBe('figure');
    expect(figure.getAttribute('class')).toBe('plot-figure');
    expect(figure.querySelector('figcaption')?.textContent).toBe('A caption');
    expect(figure.querySelector('svg.plot')).not.toBeNull();
    expect(figure.querySelectorAll('style')).toHaveLength(0);
    expect(figure.outerHTML).not.toContain('<style');
  });

  it('reports NaN data through warn, once per bad channel, and still draws', () => {
    const warn = vi.fn();
    const P = cellPlot({ document: newDocument(), warn });
    const figure = P.plot({ marks: [P.lineY([1, NaN, 3]), P.ruleY([0])] });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledWith('figure: line has y = NaN at 1 of 3 points (first at index 1); Plot leaves those points out');
    expect(figure.querySelector('path')).not.toBeNull();
  });

  it('keeps the rest of Plot as it is', () => {
    const P = cellPlot({ document: newDocument(), warn: vi.fn() });
    expect(P.plot).not.toBe(Plot.plot);
    expect(P.lineY).toBe(Plot.lineY);
    expect(P.dot).toBe(Plot.dot);
    expect(P.valueof).toBe(Plot.valueof);
  });

  it("sends mark.plot() through the cell's plot: its document, no <style>, warnings reported", () => {
    const document = newDocument();
    const warn = vi.fn();
    const P = cellPlot({ document, warn });
    const figure = P.lineY([1, NaN, 2]).plot();
    expect(figure.ownerDocument).toBe(document);
    expect(figure.getAttribute('class')).toBe('plot');
    expect(figure.querySelectorAll('style')).toHaveLength(0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^figure: line has y = NaN at 1 of 3 points \(first at index 1\)/);
  });

  it('mark.plot({ marks }) draws the extra marks too, and checks them', () => {
    const warn = vi.fn();
    const P = cellPlot({ document: newDocument(), warn });
    const figure = P.lineY([1, 2, 3]).plot({ marks: [P.dot([0, 1], { x: [0, 1], y: [Infinity, 1] })], ariaLabel: 'Both' });
    expect(figure.getAttribute('role')).toBe('img');
    expect(figure.querySelector('circle')).not.toBeNull();
    expect(figure.querySelector('path')).not.toBeNull();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toMatch(/^figure: dot has y = Infinity/);
  });

  it("mark.plot() uses the most recently made cell Plot (the running cell's)", () => {
    const first = vi.fn();
    const second = vi.fn();
    cellPlot({ document: newDocument(), warn: first });
    const document = newDocument();
    cellPlot({ document, warn: second });
    const figure = Plot.lineY([NaN]).plot();
    expect(figure.ownerDocument).toBe(document);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
