// Checks the numbers of the "threshold" article against independent computations: a sigmoid,
// a threshold unit and the LIF rate condition written out here, and properties the prose relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thresholdFacts as f } from './threshold.facts';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
/** A McCulloch–Pitts unit written with its threshold: fires when the weighted sum reaches θ. */
const unit = (weights: number[], theta: number) => (x: number[]) =>
  weights.reduce((s, w, i) => s + w * x[i], 0) >= theta ? 1 : 0;
const inputs = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1]
];

describe('threshold facts: a steep sigmoid against the step', () => {
  it('puts the figure threshold at −b/w', () => {
    expect(f.figureStep).toBe(-f.figureB / f.figureW);
    expect(f.figureStep).toBe(f.theta);
    expect(f.atThreshold).toBe(0.5);
  });
  it('the gap 0.1 from the threshold is σ(−0.1 w), the worst point being the nearest one', () => {
    expect(f.gapW1).toBeCloseTo(sig(-0.1), 10);
    expect(f.gapW10).toBeCloseTo(sig(-1), 10);
    expect(f.gapW100).toBeCloseTo(sig(-10), 12);
    expect(f.gapW1).toBeGreaterThan(f.gapW10);
    expect(f.gapW10).toBeGreaterThan(f.gapW100);
  });
  it('the 0.1-to-0.9 ramp has the stated width, shrinking like 1/w', () => {
    for (const [w, width] of [
      [1, f.rampW1],
      [10, f.rampW10],
      [100, f.rampW100]
    ]) {
      const b = -w * f.theta;
      expect(sig(w * (f.theta - width / 2) + b)).toBeCloseTo(0.1, 12);
      expect(sig(w * (f.theta + width / 2) + b)).toBeCloseTo(0.9, 12);
    }
    expect(f.rampW1 / f.rampW100).toBeCloseTo(100, 10);
  });
});

describe('threshold facts: AND and OR from one unit', () => {
  it('gives the textbook truth tables, and b = −θ', () => {
    expect(f.andTable).toEqual([0, 0, 0, 1]);
    expect(f.orTable).toEqual([0, 1, 1, 1]);
    expect(f.andTable).toEqual(inputs.map(unit(f.gateWeights, f.andTheta)));
    expect(f.orTable).toEqual(inputs.map(unit(f.gateWeights, f.orTheta)));
    expect(f.andBias).toBe(-f.andTheta);
    expect(f.orBias).toBe(-f.orTheta);
    expect(f.gateWeights).toEqual([1, 1]);
  });
  it('switches gate exactly where −b passes 2, 1 and 0, the values the weighted sum can take', () => {
    expect(f.andBiasMin).toBe(-2);
    expect(f.orBiasMin).toBe(-1);
    expect(f.alwaysOnMin).toBe(0);
    expect(f.andBiasMax).toBeLessThan(f.orBiasMin);
    expect(f.orBiasMax).toBeLessThan(f.alwaysOnMin);
    fc.assert(
      fc.property(fc.double({ min: -2, max: -1, noNaN: true, maxExcluded: true }), (b) =>
        inputs.map(unit([1, 1], -b)).join('') === '0001'
      )
    );
    fc.assert(
      fc.property(fc.double({ min: -1, max: -1e-9, noNaN: true }), (b) =>
        inputs.map(unit([1, 1], -b)).join('') === '0111'
      )
    );
  });
  it('a sigmoid with weights (10, 10) and bias −15 rounds to AND', () => {
    inputs.forEach((x, i) => expect(f.softAnd[i]).toBeCloseTo(sig(10 * x[0] + 10 * x[1] - 15), 12));
    expect(f.softAnd.map(Math.round)).toEqual([0, 0, 0, 1]);
  });
});

describe('threshold facts: the integrate-and-fire threshold', () => {
  it('never reaches threshold 1 with drive 0.99 (v → 0.99 from below), fires with 1.1', () => {
    expect(f.lifBelow).toBe(0);
    // time to charge from 0 to 1 with τ = 0.02 towards 1.1, plus a 2 ms refractory period
    const period = 0.002 + 0.02 * Math.log(1.1 / (1.1 - 1));
    expect(f.lifAbove).toBeCloseTo(1 / period, 8);
  });
});
