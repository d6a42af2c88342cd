// Checks the numbers of the "step approximation" article against an independent bump network
// written out here (sigmoid, edges, heights, error loop), and against properties the prose relies on.
import { describe, expect, it } from 'vitest';
import { dec, nielsenF, sig as sigDigits, stepApproximationFacts as f, stepApproximationText as t } from './step-approximation.facts';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const target = (x: number) => 0.2 + 0.4 * x * x + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);

/** n equal bumps on [a, c], each as high as the target at its midpoint, hidden weight w. */
function network(n: number, w: number, a = 0, c = 1) {
  const edges = Array.from({ length: n + 1 }, (_, i) => a + ((c - a) * i) / n);
  const heights = edges.slice(0, -1).map((e, i) => target((e + edges[i + 1]) / 2));
  return (x: number) => heights.reduce((s, h, i) => s + h * (sig(w * (x - edges[i])) - sig(w * (x - edges[i + 1]))), 0);
}
/** Largest |target − g| over `samples` evenly spaced points of [lo, hi], ends included. */
function worst(g: (x: number) => number, lo: number, hi: number, samples = 1000) {
  let m = 0;
  for (let i = 0; i < samples; ++i) {
    const x = lo + ((hi - lo) * i) / (samples - 1);
    m = Math.max(m, Math.abs(target(x) - g(x)));
  }
  return m;
}

describe('step approximation facts: one neuron', () => {
  it('w = 1000, b = −400 steps at 0.4, sharply', () => {
    expect(f.s).toBeCloseTo(0.4, 12);
    expect(-f.stepB / f.stepW).toBeCloseTo(f.s, 12);
    expect(f.justBelow).toBeCloseTo(sig(-10), 12);
    expect(f.justAbove).toBeCloseTo(sig(10), 12);
    expect(f.justBelow).toBeLessThan(1e-4);
    expect(f.justAbove).toBeGreaterThan(0.9999);
    // symmetric: as far below 1 above the step as above 0 below it
    expect(1 - f.justAbove).toBeCloseTo(f.justBelow, 12);
    expect(f.stepNeuronAtS).toBe(0.5);
  });
  it('w = 10 with the same step position is a gentle ramp', () => {
    expect(f.gentleB).toBeCloseTo(-4, 12);
    expect(f.gentleBelow).toBeCloseTo(sig(-0.1), 12);
    expect(f.gentleAbove).toBeCloseTo(sig(0.1), 12);
    expect(f.gentleAbove - f.gentleBelow).toBeLessThan(0.1);
  });
  it('uses Nielsen’s function', () => {
    for (const x of [0, 0.1, 0.37, 0.5, 0.99, 1]) expect(nielsenF(x)).toBeCloseTo(target(x), 14);
  });
});

describe('step approximation facts: a bump', () => {
  it('is h between the steps and 0 outside, with biases −w s₁ and −w s₂', () => {
    const { start, end, height } = f.bump;
    const bumpAt = (x: number) => height * (sig(1000 * (x - start)) - sig(1000 * (x - end)));
    expect(f.bumpInside).toBeCloseTo(bumpAt(0.5), 12);
    expect(f.bumpOutside).toBeCloseTo(bumpAt(0.7), 12);
    expect(f.bumpInside).toBeCloseTo(height, 10);
    expect(Math.abs(f.bumpOutside)).toBeLessThan(1e-10);
    expect(f.bumpBiases[0]).toBeCloseTo(-400, 10);
    expect(f.bumpBiases[1]).toBeCloseTo(-600, 10);
  });
});

describe('step approximation facts: bumps approximating f', () => {
  it('the n = 10 network has 20 hidden neurons with biases −w × the bump edges', () => {
    expect(f.tenHidden).toBe(20);
    expect(f.tenW).toBe(1000);
    const edges = Array.from({ length: 11 }, (_, i) => i / 10);
    const expected = edges.slice(0, -1).flatMap((e, i) => [-1000 * e, -1000 * edges[i + 1]]);
    f.tenBiases.forEach((b, i) => expect(b).toBeCloseTo(expected[i], 9));
    f.tenOutputWeights.forEach((v, i) => {
      const mid = (Math.floor(i / 2) + 0.5) / 10;
      expect(v).toBeCloseTo((i % 2 === 0 ? 1 : -1) * target(mid), 12);
    });
  });
  it('each step climbs from below 0.01 to above 0.99 within 10/w, a tenth of a bump when w = 100 n', () => {
    expect(sig(-5)).toBeLessThan(0.01);
    expect(sig(5)).toBeGreaterThan(0.99);
    for (const n of f.ns) expect(10 / (100 * n) / (1 / n)).toBeCloseTo(0.1, 12);
  });
  it('over all of [0, 1] the error stays above 0.4 for every n (the edge effect)', () => {
    expect(f.errFullFloor).toBe(0.4);
    expect(f.ns).toEqual([5, 10, 20, 40]);
    f.ns.forEach((n, i) => {
      expect(f.errFull[i]).toBeCloseTo(worst(network(n, 100 * n), 0, 1), 6);
      expect(f.errFull[i]).toBeGreaterThan(0.4);
      expect(f.errFull[i]).toBeLessThan(0.47);
    });
  });
  it('at x = 1 the network gives about half of f, because σ(0) = 1/2', () => {
    expect(f.fAtOne).toBeCloseTo(target(1), 14);
    const lastHeight = target(1 - 1 / 80);
    expect(f.approxAtOne).toBeCloseTo(lastHeight * (1 - 0.5), 3);
    expect(Math.abs(f.approxAtOne - f.fAtOne / 2)).toBeLessThan(0.01);
  });
  it('on [0.02, 0.98] the error falls like 1/n (matching the module author’s 0.447, 0.234, 0.141, 0.074)', () => {
    expect(f.inner).toEqual([0.02, 0.98]);
    f.ns.forEach((n, i) => expect(f.errInner[i]).toBeCloseTo(worst(network(n, 100 * n), 0.02, 0.98), 6));
    [0.447, 0.234, 0.141, 0.074].forEach((v, i) => expect(f.errInner[i]).toBeCloseTo(v, 3));
    for (let i = 1; i < f.ns.length; ++i) expect(f.errInner[i]).toBeLessThan(f.errInner[i - 1]);
    // roughly halving as n doubles, from n = 10 on
    expect(f.errInner[3] / f.errInner[1]).toBeLessThan(0.4);
    // and within a staircase's bound: the steepest slope of f times half a bump's width, 1/(2n)
    const slope = (x: number) => 0.8 * x + 0.3 * Math.sin(15 * x) + 4.5 * x * Math.cos(15 * x) - 2.5 * Math.sin(50 * x);
    const steepest = Math.max(...Array.from({ length: 10001 }, (_, i) => Math.abs(slope(i / 10000))));
    f.ns.forEach((n, i) => expect(f.errInner[i]).toBeLessThan(steepest / (2 * n)));
  });
  it('with the bumps widened to [−10/w, 1 + 10/w] the error over all of [0, 1] falls too', () => {
    f.ns.forEach((n, i) => {
      const m = 10 / (100 * n);
      expect(f.errFullWidened[i]).toBeCloseTo(worst(network(n, 100 * n, -m, 1 + m), 0, 1), 6);
      expect(f.errFullWidened[i]).toBeLessThanOrEqual(f.errFull[i]);
    });
    for (let i = 1; i < f.ns.length; ++i) expect(f.errFullWidened[i]).toBeLessThan(f.errFullWidened[i - 1]);
    expect(f.errFullWidened[3]).toBeLessThan(0.1);
    // the outer steps, 10/w outside the interval, are σ(10) risen at its ends
    f.outerShortfall.forEach((d) => expect(d).toBeCloseTo(1 - sig(10), 12));
  });
});

describe('step approximation facts: the numbers as the prose prints them', () => {
  it('formats with significant digits, a real minus sign and powers of ten for tiny numbers', () => {
    expect(sigDigits(0.4596)).toBe('0.46');
    expect(sigDigits(0.07433)).toBe('0.074');
    expect(sigDigits(0.00004539)).toBe('4.5 × 10⁻⁵');
    expect(sigDigits(0)).toBe('0');
    expect(dec(-400, 0)).toBe('−400');
    expect(dec(-0, 0)).toBe('0');
  });
  it('prints each stated number rounded, not altered', () => {
    expect(t).toEqual({
      stepB: '−400',
      s: '0.4',
      nearStep: '4.5 × 10⁻⁵',
      gentleB: '−4',
      gentleBelow: '0.48',
      gentleAbove: '0.52',
      bumpInside: '0.8',
      bumpOutside: '0',
      bumpBiases: ['−400', '−600'],
      tenBiases: ['0', '−100', '−100', '−200', '−200', '−300', '−300', '−400', '−400', '−500', '−500', '−600', '−600', '−700', '−700', '−800', '−800', '−900', '−900', '−1000'],
      errFull: ['0.46', '0.44', '0.42', '0.42'],
      errFullFloor: '0.4',
      errInner: ['0.45', '0.23', '0.14', '0.074'],
      errFullWidened: ['0.41', '0.27', '0.15', '0.076'],
      outerShortfall: '4.5 × 10⁻⁵',
      fAtOne: '0.84',
      approxAtOne: '0.43'
    });
    // each printed decimal is the fact to within half its last digit
    const close = (shown: string, exact: number) => {
      const decimals = (shown.split('.')[1] ?? '').length;
      expect(Math.abs(Number(shown) - exact)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
    };
    f.errFull.forEach((e, i) => close(t.errFull[i]!, e));
    f.errInner.forEach((e, i) => close(t.errInner[i]!, e));
    f.errFullWidened.forEach((e, i) => close(t.errFullWidened[i]!, e));
    close(t.gentleBelow, f.gentleBelow);
    close(t.gentleAbove, f.gentleAbove);
    close(t.fAtOne, f.fAtOne);
    close(t.approxAtOne, f.approxAtOne);
    expect(Math.abs(4.5e-5 - f.justBelow)).toBeLessThan(0.05e-5);
  });
});
