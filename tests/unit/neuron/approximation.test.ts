import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bump, bumpApproximation, linspace, maxAbsDifference, maxError, neuron, sigmoid, stepNeuron } from '../../../src/neuron/index';

// Nielsen's example function from chapter 4.
const nielsen = (x: number) => 0.2 + 0.4 * x ** 2 + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);
// The outermost steps are only half risen at the domain's ends, so errors are
// measured just inside it.
const interior: [number, number] = [0.02, 0.98];

describe('stepNeuron', () => {
  it('is a neuron with weight w and bias −w s, half on at s', () => {
    fc.assert(
      fc.property(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: 1, max: 1e4, noNaN: true }), (s, w) => {
        expect(stepNeuron(s, { s, w })).toBe(0.5);
        const x = s + 0.3;
        expect(stepNeuron(x, { s, w })).toBeCloseTo(neuron({ weights: [w], bias: -w * s })([x]), 12);
      }),
    );
  });

  it('is nearly a step for large w', () => {
    expect(stepNeuron(0.29, { s: 0.3 })).toBeLessThan(1e-4);
    expect(stepNeuron(0.31, { s: 0.3 })).toBeGreaterThan(1 - 1e-4);
  });
});

describe('bump', () => {
  it('is height inside [start, end) and 0 outside', () => {
    const b = { start: 0.4, end: 0.6, height: 0.8 };
    expect(bump(0.5, b)).toBeCloseTo(0.8, 10);
    expect(bump(0.3, b)).toBeCloseTo(0, 10);
    expect(bump(0.7, b)).toBeCloseTo(0, 10);
  });
});

describe('bumpApproximation', () => {
  it('tiles the domain with n equal bumps whose heights are f at the midpoints', () => {
    const { bumps } = bumpApproximation(nielsen, { n: 8, domain: [-1, 3] });
    expect(bumps).toHaveLength(8);
    expect(bumps[0].start).toBe(-1);
    expect(bumps[7].end).toBe(3);
    bumps.forEach((b, i) => {
      expect(b.end - b.start).toBeCloseTo(0.5, 12);
      if (i > 0) expect(b.start).toBe(bumps[i - 1].end);
      expect(b.height).toBe(nielsen((b.start + b.end) / 2));
    });
  });

  it('is a one-hidden-layer network: its parameters reproduce evaluate', () => {
    const approx = bumpApproximation(nielsen, { n: 6, w: 300 });
    expect(approx.weights).toHaveLength(12);
    expect(approx.biases).toHaveLength(12);
    const network = (x: number) => approx.weights.reduce((total, w, j) => total + approx.outputWeights[j] * sigmoid(w * x + approx.biases[j]), 0);
    for (const x of linspace(-0.5, 1.5, 41)) expect(network(x)).toBeCloseTo(approx.evaluate(x), 12);
  });

  it('gets closer to a smooth function as bumps are added (w = 100 n)', () => {
    const errors = [5, 10, 20, 40].map((n) => maxError(nielsen, bumpApproximation(nielsen, { n, w: 100 * n }).evaluate, interior));
    for (let i = 1; i < errors.length; ++i) expect(errors[i]).toBeLessThan(errors[i - 1]);
    // A staircase's error shrinks roughly like 1/n.
    expect(errors[3]).toBeLessThan(errors[0] / 4);
  });

  it('also improves with n for the default weight, and for a different function', () => {
    const f = (x: number) => Math.exp(-x) * Math.cos(3 * x);
    const errors = [4, 16, 64].map((n) => maxError(f, bumpApproximation(f, { n, domain: [0, 2], w: 5000 }).evaluate, [0.01, 1.99]));
    expect(errors[1]).toBeLessThan(errors[0]);
    expect(errors[2]).toBeLessThan(errors[1]);
  });

  it('is only half-way up at the ends of the domain', () => {
    const approx = bumpApproximation(nielsen, { n: 10 });
    expect(approx.evaluate(0)).toBeCloseTo(approx.bumps[0].height / 2, 6);
  });
});

describe('maxAbsDifference and maxError', () => {
  it('find the largest gap and where it is', () => {
    const result = maxAbsDifference(
      () => 0,
      (x) => Math.exp(-((x - 1) ** 2)),
      { domain: [0, 2], samples: 201 },
    );
    expect(result.max).toBe(1);
    expect(result.at).toBeCloseTo(1, 12);
    expect(
      maxError(
        (x) => x,
        (x) => x + 0.25 * x * x,
        [0, 1],
      ),
    ).toBeCloseTo(0.25, 12);
    expect(maxAbsDifference(Math.sin, Math.sin)).toEqual({ max: 0, at: -6 });
  });
});
