// Checks the numbers of the "shift" article against independent computations:
// a sigmoid and gradient descent written out here, and properties the prose relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftFacts as f } from './shift.facts';
import { twoClass1d } from '../../../src/neuron/index';

type Pt = { x: number; y: number };
const sig = (z: number) => 1 / (1 + Math.exp(-z));
const points = (classA: readonly [number, number], classB: readonly [number, number]): Pt[] =>
  twoClass1d({ classA, classB }).map((p) => ({ x: p.x[0], y: p.label }));
const across = points([-2, -1], [0.2, 1.2]);
const right = points([1, 2], [3, 4]);
const centred = points([-2, -1], [1, 2]);
const meanLoss = (data: Pt[], w: number, b = 0) =>
  data.reduce((s, { x, y }) => s - (y === 1 ? Math.log(sig(w * x + b)) : Math.log(1 - sig(w * x + b))), 0) / data.length;
const acc = (data: Pt[], w: number, b = 0) => data.filter(({ x, y }) => (sig(w * x + b) >= 0.5 ? 1 : 0) === y).length / data.length;
const xsOf = (data: Pt[], y: number) => data.filter((p) => p.y === y).map((p) => p.x);

/**
 * Plain full-batch gradient descent on the mean log loss from w = b = 0, written out independently;
 * `afterEpoch` sees the parameters after each epoch (numbered from 1).
 */
function descend(data: Pt[], epochs: number, learnBias: boolean, afterEpoch?: (epoch: number, w: number, b: number) => void) {
  let w = 0;
  let b = 0;
  for (let e = 0; e < epochs; ++e) {
    let gw = 0;
    let gb = 0;
    for (const { x, y } of data) {
      const err = sig(w * x + b) - y;
      gw += (err * x) / data.length;
      gb += err / data.length;
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
    expect(f.stepAtBPlus2).toBe(-1);
    expect(f.stepAtBMinus2).toBe(1);
  });
  it('every sigmoid(w x) passes through (0, 1/2)', () => {
    expect(f.outputAtZero).toBe(0.5);
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (w) => sig(w * 0) === 0.5));
  });
});

describe('shift facts: data set 1, the gap straddles 0', () => {
  const g = f.across.greenX;
  const aMax = Math.max(...xsOf(across, 0));
  const bMin = Math.min(...xsOf(across, 1));

  it('has a gap around 0, off-centre, with the green point between its middle and 0', () => {
    expect(f.pointsPerClass).toBe(20);
    expect(f.across.aMax).toBe(aMax);
    expect(f.across.bMin).toBe(bMin);
    expect(f.across.gapMiddle).toBeCloseTo((aMax + bMin) / 2, 12);
    expect(aMax).toBeLessThan(f.across.gapMiddle);
    expect(f.across.gapMiddle).toBeLessThan(g); // nearer B than A
    expect(g).toBeLessThan(0); // but left of 0, where sigmoid(w x) switches
    expect(0).toBeLessThan(bMin);
    expect(bMin - g).toBeLessThan(g - aMax);
  });

  it('without a bias: every training point right from epoch 1, the green point wrong at every epoch, and worse each epoch', () => {
    expect(f.across.noBias.separatedAt).toBe(1);
    expect(acc(across, 0)).toBe(0.5); // w = 0 answers 1/2, counted as B, for everything
    let previousGreen = 0.5;
    descend(across, f.longEpochs, false, (e, w) => {
      expect(acc(across, w)).toBe(1);
      const green = sig(w * g);
      expect(green).toBeLessThan(previousGreen);
      previousGreen = green;
      if (e === 1) expect(f.across.noBias.wFirst).toBeCloseTo(w, 10);
    });
  });

  it('without a bias: w and the green output match plain gradient descent', () => {
    const { w } = descend(across, f.epochs, false);
    const { w: wLong } = descend(across, f.longEpochs, false);
    expect(f.across.noBias.w).toBeCloseTo(w, 9);
    expect(f.across.noBias.wLong).toBeCloseTo(wLong, 9);
    expect(f.across.noBias.wLong).toBeGreaterThan(2 * f.across.noBias.w);
    expect(f.across.noBias.accuracy).toBe(acc(across, w));
    expect(f.across.noBias.accuracyLong).toBe(acc(across, wLong));
    expect(f.across.noBias.green).toBeCloseTo(sig(w * g), 10);
    expect(f.across.noBias.greenLong).toBeCloseTo(sig(wLong * g), 10);
    expect(f.across.noBias.greenLong).toBeLessThan(f.across.noBias.green);
  });

  it('no bias-free weight gets the training points and the green point right together', () => {
    expect(f.across.noBiasWeightSavesGreen).toBe(false);
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (w) => acc(across, w) === 1 && sig(w * g) < 0.5 && acc(across, -w) === 0)
    );
    expect(f.across.greenNoBiasW5).toBeCloseTo(sig(-1), 12);
    expect(f.across.greenNoBiasW20).toBeCloseTo(sig(-4), 12);
  });

  it('with a bias: matches plain gradient descent, switches in the gap left of the green point', () => {
    const { w, b } = descend(across, f.epochs, true);
    const long = descend(across, f.longEpochs, true);
    expect(f.across.withBias.w).toBeCloseTo(w, 9);
    expect(f.across.withBias.b).toBeCloseTo(b, 9);
    expect(f.across.withBias.step).toBeCloseTo(-b / w, 9);
    expect(f.across.withBias.wLong).toBeCloseTo(long.w, 9);
    expect(f.across.withBias.stepLong).toBeCloseTo(-long.b / long.w, 9);
    expect(f.across.withBias.accuracy).toBe(acc(across, w, b));
    expect(f.across.withBias.accuracy).toBe(1);
    expect(f.across.withBias.green).toBeCloseTo(sig(w * g + b), 10);
    expect(f.across.withBias.greenLong).toBeCloseTo(sig(long.w * g + long.b), 10);
    for (const s of [f.across.withBias.step, f.across.withBias.stepLong]) {
      expect(s).toBeGreaterThan(aMax);
      expect(s).toBeLessThan(g);
    }
    // Training on: the switch drifts towards the middle of the gap while w keeps growing.
    expect(Math.abs(f.across.withBias.stepLong - f.across.gapMiddle)).toBeLessThan(Math.abs(f.across.withBias.step - f.across.gapMiddle));
    expect(f.across.withBias.wLong).toBeGreaterThan(f.across.withBias.w);
  });

  it('with a bias: the green point is called B from epoch greenRightFrom on', () => {
    const right: boolean[] = [];
    descend(across, f.longEpochs, true, (e, w, b) => (right[e] = sig(w * g + b) >= 0.5));
    const k = f.across.withBias.greenRightFrom;
    expect(right[k - 1]).toBe(false);
    for (let e = k; e <= f.longEpochs; ++e) expect(right[e]).toBe(true);
  });

  it('the hand-set neuron w = 5, b = 2 switches at -0.4 and gets everything right', () => {
    expect(f.across.handStep).toBeCloseTo(-f.across.handB / f.across.handW, 12);
    expect(f.across.handStep).toBeCloseTo(-0.4, 12);
    expect(f.across.handAccuracy).toBe(acc(across, 5, 2));
    expect(f.across.handAccuracy).toBe(1);
    expect(f.across.handGreen).toBeCloseTo(sig(5 * g + 2), 12);
    expect(f.across.handGreen).toBeGreaterThan(0.5);
  });
});

describe('shift facts: data set 2, both classes right of 0', () => {
  it('no bias-free weight beats 50 %', () => {
    expect(f.oneSided.bestNoBiasAccuracy).toBe(0.5);
    fc.assert(fc.property(fc.double({ min: -1e4, max: 1e4, noNaN: true }), (w) => acc(right, w) <= 0.5));
  });
  it('without a bias, training settles at the finite minimiser of the loss (a golden-section search agrees)', () => {
    let lo = -5;
    let hi = 5;
    const r = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 200; ++i) {
      const a = hi - r * (hi - lo);
      const c = lo + r * (hi - lo);
      if (meanLoss(right, a) < meanLoss(right, c)) hi = c;
      else lo = a;
    }
    expect(f.oneSided.noBias.w).toBeCloseTo(descend(right, f.epochs, false).w, 10);
    expect(f.oneSided.noBias.w).toBeCloseTo((lo + hi) / 2, 6);
    expect(f.oneSided.noBias.wLong).toBeCloseTo(f.oneSided.noBias.w, 10);
    expect(f.oneSided.noBias.lossStart).toBeCloseTo(Math.LN2, 12);
    expect(f.oneSided.noBias.lossEnd).toBeCloseTo(meanLoss(right, f.oneSided.noBias.w), 12);
    expect(f.oneSided.noBias.lossEnd).toBeLessThan(Math.LN2);
    expect(f.oneSided.noBias.lossEnd).toBeGreaterThan(0.6);
  });
  it('without a bias it calls every point B, so every A point is wrong and the green point "right"', () => {
    const w = f.oneSided.noBias.w;
    expect(w).toBeGreaterThan(0);
    expect(f.oneSided.noBias.aWrong).toBe(right.filter((p) => p.y === 0 && sig(w * p.x) >= 0.5).length);
    expect(f.oneSided.noBias.aWrong).toBe(20);
    expect(f.oneSided.noBias.accuracy).toBe(acc(right, w));
    expect(f.oneSided.noBias.green).toBeCloseTo(sig(w * f.oneSided.greenX), 12);
    expect(f.oneSided.noBias.green).toBeGreaterThan(0.5);
  });
  it('with a bias it switches in the gap and gets everything right', () => {
    const { w, b } = descend(right, f.epochs, true);
    expect(f.oneSided.withBias.step).toBeCloseTo(-b / w, 9);
    expect(f.oneSided.withBias.step).toBeGreaterThan(Math.max(...xsOf(right, 0)));
    expect(f.oneSided.withBias.step).toBeLessThan(f.oneSided.greenX);
    expect(f.oneSided.withBias.accuracy).toBe(acc(right, w, b));
    expect(f.oneSided.withBias.accuracy).toBe(1);
    expect(f.oneSided.withBias.green).toBeCloseTo(sig(w * f.oneSided.greenX + b), 10);
  });
});

describe('shift facts: the gap centred on 0', () => {
  it('needs no bias: the middle of the gap is near 0 and training gets every point right', () => {
    const m = (Math.max(...xsOf(centred, 0)) + Math.min(...xsOf(centred, 1))) / 2;
    expect(f.centred.gapMiddle).toBeCloseTo(m, 12);
    expect(Math.abs(m)).toBeLessThan(0.05);
    expect(f.centred.noBiasAccuracy).toBe(acc(centred, descend(centred, f.epochs, false).w));
    expect(f.centred.noBiasAccuracy).toBe(1);
  });
});
