import { describe, expect, it } from 'vitest';
import { blobs2d, classifyLinear, greenPoint, leastSquares, lineWithOffset, linspace, twoClass1d, xorData } from '../../../src/neuron/index';

describe('twoClass1d and greenPoint', () => {
  it('puts class A (0) in [1, 2] and class B (1) in [3, 4], n each', () => {
    const points = twoClass1d({ n: 30 });
    expect(points).toHaveLength(60);
    for (const { x, label } of points) {
      const [lo, hi] = label === 0 ? [1, 2] : [3, 4];
      expect(x[0]).toBeGreaterThanOrEqual(lo);
      expect(x[0]).toBeLessThan(hi);
    }
    expect(points.filter((p) => p.label === 0)).toHaveLength(30);
  });

  it('is deterministic and seed-dependent', () => {
    expect(twoClass1d({ seed: 4 })).toEqual(twoClass1d({ seed: 4 }));
    expect(twoClass1d({ seed: 4 })).not.toEqual(twoClass1d({ seed: 5 }));
  });

  it('has the green point on class B’s side of the gap', () => {
    expect(greenPoint.label).toBe(1);
    expect(greenPoint.x[0]).toBeGreaterThan(2.5);
    expect(greenPoint.x[0]).toBeLessThan(3);
  });
});

describe('blobs2d', () => {
  it('is deterministic with n points per class', () => {
    const points = blobs2d({ n: 40, seed: 2 });
    expect(points).toHaveLength(80);
    expect(points).toEqual(blobs2d({ n: 40, seed: 2 }));
  });

  it('is separated by x + y = 4.5, a line that misses the origin', () => {
    for (const seed of [1, 2, 3]) {
      for (const { x, label } of blobs2d({ seed })) expect(classifyLinear([1, 1], -4.5, x)).toBe(label);
    }
  });

  it('cannot be separated by any line through the origin', () => {
    const points = blobs2d();
    const angles = linspace(0, 2 * Math.PI, 3601);
    const best = Math.max(...angles.map((a) => points.filter(({ x, label }) => classifyLinear([Math.cos(a), Math.sin(a)], 0, x) === label).length));
    expect(best / points.length).toBeLessThan(0.8);
  });
});

describe('xorData', () => {
  it('is the XOR truth table', () => {
    const data = xorData();
    expect(data).toHaveLength(4);
    for (const { x, y } of data) expect(y[0]).toBe(x[0] !== x[1] ? 1 : 0);
  });
});

describe('lineWithOffset', () => {
  it('lies exactly on the line when noise is 0', () => {
    for (const { x, y } of lineWithOffset({ noise: 0, slope: -2, intercept: 5, n: 11 })) expect(y).toBeCloseTo(5 - 2 * x, 12);
  });

  it('scatters around a line that misses the origin', () => {
    const data = lineWithOffset({ n: 200, seed: 9 });
    expect(data[0].x).toBe(0);
    expect(data.at(-1)!.x).toBe(10);
    const fit = leastSquares(
      data.map((d) => d.x),
      data.map((d) => d.y),
    );
    expect(fit.slope).toBeCloseTo(0.8, 1);
    expect(Math.abs(fit.intercept - 3)).toBeLessThan(0.3);
    const residualSd = Math.sqrt(fit.sse / data.length);
    expect(residualSd).toBeGreaterThan(0.4);
    expect(residualSd).toBeLessThan(0.6);
  });
});
