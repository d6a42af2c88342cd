// Checks the numbers of the "shift" article against independent computations:
// a sigmoid and gradient descent written out here, and properties the prose relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftFacts as f } from './shift.facts';
import { greenPoint, twoClass1d } from '../../../src/neuron/index';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const data = twoClass1d().map((p) => ({ x: p.x[0], y: p.label }));
const meanLoss = (w: number, b = 0) =>
  data.reduce((s, { x, y }) => s - (y === 1 ? Math.log(sig(w * x + b)) : Math.log(1 - sig(w * x + b))), 0) / data.length;
const acc = (w: number, b = 0) => data.filter(({ x, y }) => (sig(w * x + b) >= 0.5 ? 1 : 0) === y).length / data.length;

/**
 * Plain full-batch gradient descent on the mean log loss, written out independently;
 * `afterEpoch` sees the parameters after each epoch (numbered from 1).
 */
function descend(epochs: number, learnBias: boolean, points = data, afterEpoch?: (epoch: number, w: number, b: number) => void) {
  let w = 0;
  let b = 0;
  for (let e = 0; e < epochs; ++e) {
    let gw = 0;
    let gb = 0;
    for (const { x, y } of points) {
      const err = sig(w * x + b) - y;
      gw += (err * x) / points.length;
      gb += err / points.length;
    }
    w -= f.learningRate * gw;
    if (learnBias) b -= f.learningRate * gb;
    afterEpoch?.(e + 1, w, b);
  }
  return { w, b };
}

describe('shift facts: the curve', () => {
  it('sigmoid(w x + b) crosses 1/2 at -b/w', () => {
    expect(sig(f.w * f.stepAtBPlus2 + 2)).toBeCloseTo(0.5, 12);
    expect(sig(f.w * f.stepAtBMinus2 - 2)).toBeCloseTo(0.5, 12);
    expect(f.stepAtBPlus2).toBeLessThan(0);
    expect(f.stepAtBMinus2).toBeGreaterThan(0);
  });
  it('every sigmoid(w x) passes through (0, 1/2)', () => {
    expect(f.outputAtZero).toBe(0.5);
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (w) => sig(w * 0) === 0.5));
  });
});

describe('shift facts: the data', () => {
  it('has a gap between the classes with the green point inside it', () => {
    expect(f.pointsPerClass).toBe(20);
    expect(f.classAMax).toBeLessThan(2);
    expect(f.classBMin).toBeGreaterThan(3);
    expect(f.greenX).toBe(greenPoint.x[0]);
    expect(f.classAMax).toBeLessThan(f.greenX);
    expect(f.greenX).toBeLessThan(f.classBMin);
    // on B's side of the gap: nearer B's nearest point than A's
    expect(f.classBMin - f.greenX).toBeLessThan(f.greenX - f.classAMax);
  });
});

describe('shift facts: no bias', () => {
  it('matches plain gradient descent', () => {
    expect(f.noBiasW).toBeCloseTo(descend(f.epochs, false).w, 10);
  });
  it('settles at the finite minimiser of the loss (a golden-section search agrees)', () => {
    let lo = -5;
    let hi = 5;
    const g = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 200; ++i) {
      const a = hi - g * (hi - lo);
      const c = lo + g * (hi - lo);
      if (meanLoss(a) < meanLoss(c)) hi = c;
      else lo = a;
    }
    expect(f.noBiasW).toBeCloseTo((lo + hi) / 2, 6);
    expect(f.noBiasWLong).toBeCloseTo(f.noBiasW, 10);
    expect(f.noBiasLossEnd).toBeCloseTo(meanLoss(f.noBiasW), 12);
    expect(f.noBiasLossLong).toBeCloseTo(f.noBiasLossEnd, 10);
  });
  it('starts at ln 2 and barely improves on it', () => {
    expect(f.noBiasLossStart).toBeCloseTo(Math.LN2, 12);
    expect(f.noBiasLossEnd).toBeLessThan(Math.LN2);
    expect(f.noBiasLossEnd).toBeGreaterThan(0.6);
  });
  it('calls every point class B, so it gets every A point wrong', () => {
    expect(f.noBiasW).toBeGreaterThan(0);
    expect(f.noBiasAWrong).toBe(20);
    expect(f.noBiasAccuracy).toBe(acc(f.noBiasW));
    expect(f.noBiasAccuracy).toBe(0.5);
  });
  it('gives the green point an answer on the same side of 1/2 as every A point', () => {
    expect(f.noBiasGreen).toBeCloseTo(sig(f.noBiasW * 2.75), 12);
    expect(f.noBiasLowestA).toBeGreaterThan(0.5);
    expect(f.noBiasHighestA).toBeGreaterThan(0.5);
    expect(f.noBiasGreen).toBeGreaterThan(f.noBiasHighestA);
  });
  it('cannot beat 50 % for any weight', () => {
    expect(f.bestNoBiasAccuracy).toBe(0.5);
    fc.assert(fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (w) => acc(w) <= 0.5));
  });
});

describe('shift facts: with a bias', () => {
  it('matches plain gradient descent', () => {
    const { w, b } = descend(f.epochs, true);
    expect(f.withBiasW).toBeCloseTo(w, 10);
    expect(f.withBiasB).toBeCloseTo(b, 10);
  });
  it('puts the step in the gap and classifies everything, green included', () => {
    expect(f.withBiasStep).toBeCloseTo(-f.withBiasB / f.withBiasW, 12);
    expect(f.withBiasStep).toBeGreaterThan(f.classAMax);
    expect(f.withBiasStep).toBeLessThan(f.greenX);
    expect(f.withBiasAccuracy).toBe(acc(f.withBiasW, f.withBiasB));
    expect(f.withBiasAccuracy).toBe(1);
    expect(f.withBiasGreen).toBeCloseTo(sig(f.withBiasW * 2.75 + f.withBiasB), 12);
    expect(f.withBiasGreen).toBeGreaterThan(0.5);
  });
  it('keeps growing w while the loss creeps towards 0 (separable data)', () => {
    expect(f.withBiasLossEnd).toBeCloseTo(meanLoss(f.withBiasW, f.withBiasB), 12);
    expect(f.withBiasLossEnd).toBeLessThan(f.noBiasLossEnd);
    expect(f.withBiasWLong).toBeGreaterThan(f.withBiasW);
    expect(f.withBiasLossLong).toBeLessThan(f.withBiasLossEnd);
    expect(f.withBiasStepLong).toBeGreaterThan(f.classAMax);
    expect(f.withBiasStepLong).toBeLessThan(f.classBMin);
  });
});

describe('shift facts: the hand-set neuron and when training separates', () => {
  it('w = 10, b = -25 switches at 2.5 and gets everything right', () => {
    expect(f.handStep).toBe(-f.handB / f.handW);
    expect(f.handStep).toBe(2.5);
    expect(f.handAccuracy).toBe(acc(f.handW, f.handB));
    expect(f.handAccuracy).toBe(1);
    expect(f.handGreen).toBeCloseTo(sig(f.handW * f.greenX + f.handB), 12);
  });
  it('separates the training set from epoch withBiasSeparatedAt on (checked to the end of training)', () => {
    const separatedAfter: boolean[] = [];
    descend(f.epochs, true, data, (e, w, b) => (separatedAfter[e] = acc(w, b) === 1));
    expect(separatedAfter[f.withBiasSeparatedAt - 1]).toBe(false);
    for (let e = f.withBiasSeparatedAt; e <= f.epochs; ++e) expect(separatedAfter[e]).toBe(true);
  });
});

describe('shift facts: classes on both sides of 0', () => {
  it('need no bias; w then grows without bound', () => {
    const points = twoClass1d({ classA: [-2, -1], classB: [1, 2] }).map((p) => ({ x: p.x[0], y: p.label }));
    const { w } = descend(f.epochs, false, points);
    expect(f.symmetricNoBiasW).toBeCloseTo(w, 10);
    expect(points.every(({ x, y }) => (sig(w * x) >= 0.5 ? 1 : 0) === y)).toBe(true);
    expect(f.symmetricNoBiasAccuracy).toBe(1);
    expect(f.symmetricNoBiasWLong).toBeGreaterThan(f.symmetricNoBiasW);
  });
});
