// Checks the numbers of the "CS231n intuition" article against independent computations
// (loops written out here), values from the CS231n notes, and known properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cs231nFacts as f, int, lift, num, pct, powerAbove, tenTo, toy } from './cs231n-intuition.facts';
import { blobs2d, dense, denseBiasTrick, twoClass1d, withBiasColumn } from '../../../src/neuron/index';

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
    // one parameter in 3073 is a bias: each unit has 3072 weights and one bias
    expect(f.paramsPerBias).toBe(3073);
  });
  it('counts the arithmetic of z = W x + b', () => {
    expect(f.forwardMultiplications).toBe(3072 * 10);
    expect(f.forwardWeightAdditions).toBe(3071 * 10);
    expect(f.forwardBiasAdditions).toBe(10);
    expect(f.biasShareOfForwardOps).toBeCloseTo(10 / (30720 + 30710 + 10), 15);
    expect(f.forwardOps).toBe(61440);
    // one forward operation in 6144 is a bias's addition
    expect(f.forwardOpsPerBiasAddition).toBe(6144);
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
    expect(f.gradBatchSize).toBe(batch.length);
    expect(batch.length).toBe(10);
    // the prose says the two agree to within 10^biasGradDiffExponent, the tightest such power
    expect(f.biasGradMaxDiff).toBeLessThanOrEqual(10 ** f.biasGradDiffExponent);
    expect(f.biasGradMaxDiff).toBeGreaterThan(10 ** (f.biasGradDiffExponent - 1));
  });
});

describe('cs231n facts: the constant input and the shift', () => {
  it('the appended 1 has zero variance; the real inputs do not', () => {
    expect(f.constantColumnVariance).toBe(0);
    for (const v of f.inputVariances) expect(v).toBeGreaterThan(0.5);
  });
  it('the real inputs have variances near 0.25 + 1.25² (blob sd 0.5, centres 1.25 from their mean)', () => {
    for (const v of f.inputVariances) expect(Math.abs(v - 1.8125)).toBeLessThan(0.25);
  });
  it('changing every bias by c changes every score by c, whatever the input', () => {
    // figure 2: blobs2d({ n: 10 }) has 10 points per class, so 20 inputs, each with 3 scores
    expect(f.shiftInputCount).toBe(20);
    expect(f.shiftUnitCount).toBe(3);
    expect(f.shiftScoreCount).toBe(60);
    const inputs = blobs2d({ n: 10, seed: 4 }).map((p) => p.x);
    const W = [
      [0.5, -1],
      [2, 0.3],
      [-0.7, 0.8]
    ];
    const b = [0.1, -0.4, 0.25];
    for (const x of inputs) {
      const before = scores(W, b, x);
      const after = scores(
        W,
        b.map((v) => v + f.shift),
        x
      );
      after.forEach((a, i) => expect(a - before[i]).toBeCloseTo(f.shift, 12));
    }
    expect(f.shiftMean).toBeCloseTo(f.shift, 12);
    expect(f.shiftSpread).toBeLessThan(1e-12);
    expect(f.shiftSpread).toBeLessThan(10 ** f.shiftSpreadExponent);
    expect(f.shiftSpreadExponent).toBeLessThanOrEqual(-15);
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
  it('trained without a bias, the model calls every point class 1, so it gets half right', () => {
    expect(f.blobsCount).toBe(100);
    expect(f.blobsNoBiasAllClass1).toBe(true);
    expect(f.blobsNoBiasAccuracy).toBe(blobs.filter((p) => p.label === 1).length / blobs.length);
    expect(f.blobsNoBiasAccuracy).toBe(0.5);
    expect(f.blobsNoBiasAccuracy).toBeLessThan(f.bestOriginLineAccuracy);
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

describe('cs231n facts: the inputs lifted to (x, 1) (figure 3)', () => {
  const data = twoClass1d();
  it('every lifted input is at height 1: the new coordinate is the same for all', () => {
    expect(f.liftPoints).toBe(40);
    expect(f.liftHeights.every((y) => y === 1)).toBe(true);
  });
  it('the classes are where the prose says: class 0 in [1, 2], class 1 in [3, 4]', () => {
    for (const p of data) {
      const [lo, hi] = p.label === 0 ? [1, 2] : [3, 4];
      expect(p.x[0]).toBeGreaterThanOrEqual(lo);
      expect(p.x[0]).toBeLessThanOrEqual(hi);
    }
  });
  it('the zero line through the origin crosses height 1 at −b/w, in the gap, and classifies every point', () => {
    expect(lift).toEqual({ w: 2, b: -5 });
    const cross = f.liftThreshold;
    expect(lift.w * cross + lift.b * 1).toBeCloseTo(0, 14); // (cross, 1) is on w·x + b·x₂ = 0
    expect(cross).toBe(2.5);
    expect(f.liftClassAMax).toBeLessThan(cross);
    expect(f.liftClassBMin).toBeGreaterThan(cross);
    const right = data.filter((p) => (lift.w * p.x[0] + lift.b * 1 >= 0 ? 1 : 0) === p.label).length;
    expect(f.liftAccuracy).toBe(right / data.length);
    expect(f.liftAccuracy).toBe(1);
    expect(f.liftSameAsBias).toBe(true);
  });
  it('with b = 0 the line is the vertical axis and every (positive) input is on its positive side', () => {
    expect(data.every((p) => p.x[0] > 0)).toBe(true);
    expect(f.liftNoBiasAccuracy).toBe(data.filter((p) => p.label === 1).length / data.length);
    expect(f.liftNoBiasAccuracy).toBe(0.5);
  });
});

describe('cs231n facts: how the prose prints numbers', () => {
  it('rounds and signs as the article needs', () => {
    expect(num(3.1133512)).toBe('3.1');
    expect(num(1.7619)).toBe('1.8');
    expect(num(1.6748)).toBe('1.7');
    expect(num(-5, 0)).toBe('\u22125');
    expect(num(0.75, 2)).toBe('0.75');
    expect(pct(0.65)).toBe('65 %');
    expect(pct(1)).toBe('100 %');
    expect(int(7864320)).toBe('7,864,320');
  });
  it('writes bounds as powers of ten', () => {
    expect(powerAbove(9.99e-16)).toBe(-15);
    expect(powerAbove(9.97e-9)).toBe(-8);
    expect(powerAbove(1e-3)).toBe(-3);
    expect(tenTo(-15)).toBe('10\u207b\u00b9\u2075');
    expect(tenTo(-8)).toBe('10\u207b\u2078');
  });
});
