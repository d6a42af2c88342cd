// Checks the numbers of the "CS231n intuition" article against independent computations
// (loops written out here), values from the CS231n notes, and known properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cs231nFacts as f, toy } from './cs231n-intuition.facts';
import { blobs2d, dense, denseBiasTrick, withBiasColumn } from '../../../src/neuron/index';

const scores = (W: number[][], b: number[], x: number[]) => {
  const out: number[] = [];
  for (let i = 0; i < W.length; ++i) {
    let z = b[i];
    for (let j = 0; j < x.length; ++j) z += W[i][j] * x[j];
    out.push(z);
  }
  return out;
};

describe('cs231n facts: the bias trick', () => {
  it('gives the toy scores that a written-out W x + b gives, both ways, exactly', () => {
    const expected = scores(toy.W, toy.b, toy.x);
    f.toyScores.forEach((s, i) => expect(s).toBeCloseTo(expected[i], 10));
    f.toyTrick.forEach((s, i) => expect(s).toBeCloseTo(expected[i], 10));
    // by hand: 0.2·56 − 0.5·231 + 0.1·24 + 2·2 + 1.1
    expect(f.toyScores[0]).toBeCloseTo(-96.8, 10);
    expect(f.toyMaxDiff).toBe(0);
    expect(f.cifarMaxDiff).toBe(0);
  });
  it('holds for any small layer (property)', () => {
    const small = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(small, small, small), { minLength: 1, maxLength: 5 }), fc.tuple(small, small, small), (rows, x) => {
        const W = rows.map((r) => [r[0], r[1]]);
        const b = rows.map((r) => r[2]);
        const direct = dense(W, b, [x[0], x[1]]);
        const trick = denseBiasTrick(withBiasColumn(W, b), [x[0], x[1]]);
        direct.forEach((d, i) => expect(trick[i]).toBeCloseTo(d, 8));
      })
    );
  });
});

describe('cs231n facts: counting', () => {
  it('matches the CIFAR-10 shapes of the CS231n notes: W is 10 x 3072, b is 10 x 1, [W b] is 10 x 3073', () => {
    expect(f.inputs).toBe(3072);
    expect(f.classes).toBe(10);
    expect(f.weightCount).toBe(30720);
    expect(f.biasCount).toBe(10);
    expect(f.paramCount).toBe(30730);
    expect(f.trickColumns).toBe(3073);
    expect(f.biasShareOfParams).toBeCloseTo(10 / 30730, 15);
  });
  it('counts the arithmetic of z = W x + b', () => {
    expect(f.forwardMultiplications).toBe(3072 * 10);
    expect(f.forwardWeightAdditions).toBe(3071 * 10);
    expect(f.forwardBiasAdditions).toBe(10);
    expect(f.biasShareOfForwardOps).toBeCloseTo(10 / (30720 + 30710 + 10), 15);
    expect(f.backwardWeightMultiplications).toBe(256 * 30720);
    expect(f.backwardWeightAdditions).toBe(255 * 30720);
    expect(f.backwardBiasAdditions).toBe(255 * 10);
  });
});

describe('cs231n facts: the bias gradient', () => {
  it('is the sum over the batch of dL/dz (L = ½ Σ‖z‖², so dL/dz = z)', () => {
    const batch = blobs2d({ n: 5, seed: 2 }).map((p) => p.x);
    const W = [
      [0.5, -1],
      [2, 0.3],
      [-0.7, 0.8]
    ];
    const b = [0.1, -0.4, 0.25];
    const summed = [0, 0, 0];
    for (const x of batch) scores(W, b, x).forEach((z, i) => (summed[i] += z));
    f.biasGradSumOfDz.forEach((g, i) => expect(g).toBeCloseTo(summed[i], 10));
    f.biasGradFiniteDiff.forEach((g, i) => expect(g).toBeCloseTo(summed[i], 5));
    expect(f.biasGradMaxDiff).toBeLessThan(1e-6);
  });
});

describe('cs231n facts: the constant input and the shift', () => {
  it('the appended 1 has zero variance; the real inputs do not', () => {
    expect(f.constantColumnVariance).toBe(0);
    for (const v of f.inputVariances) expect(v).toBeGreaterThan(0.5);
  });
  it('changing every bias by delta changes every score by delta, whatever the input', () => {
    expect(f.shiftMean).toBeCloseTo(f.delta, 12);
    expect(f.shiftSpread).toBeLessThan(1e-12);
  });
});

describe('cs231n facts: the 2-D blobs', () => {
  const blobs = blobs2d();
  it('no line through the origin separates them (every direction checked)', () => {
    let best = 0;
    for (let k = 0; k <= 3600; ++k) {
      const t = (k / 3600) * 2 * Math.PI;
      const correct = blobs.filter((p) => (Math.cos(t) * p.x[0] + Math.sin(t) * p.x[1] >= 0 ? 1 : 0) === p.label).length;
      expect(correct).toBeLessThan(blobs.length);
      best = Math.max(best, correct / blobs.length);
    }
    expect(f.bestOriginLineAccuracy).toBeCloseTo(best, 12);
    expect(f.bestOriginLineAccuracy).toBeLessThan(0.8);
    expect(f.blobsNoBiasAccuracy).toBeLessThan(1);
  });
  it('the trained line with a bias separates them and misses the origin by |b| / ‖w‖', () => {
    const [w1, w2] = f.blobsWithBiasWeights;
    const b = f.blobsWithBiasBias;
    expect(blobs.every((p) => (w1 * p.x[0] + w2 * p.x[1] + b >= 0 ? 1 : 0) === p.label)).toBe(true);
    expect(f.blobsWithBiasAccuracy).toBe(1);
    expect(f.blobsWithBiasDistance).toBeCloseTo(Math.abs(b) / Math.hypot(w1, w2), 12);
    expect(f.blobsWithBiasDistance).toBeGreaterThan(2.5);
  });
});
