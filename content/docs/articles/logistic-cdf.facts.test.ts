// Checks the numbers of the "logistic CDF" article against independent computations: the
// normal CDF by Simpson integration of e^(−t²/2)/√(2π) written out here, the logistic
// variance by numerical integration, the minimax k by bisection on equal bumps, Bayes' rule
// with Gaussians written out by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logisticCdfFacts as f } from './logistic-cdf.facts';

const sig = (z: number) => 1 / (1 + Math.exp(-z));

/** Simpson's rule on [a, b] with n (even) intervals. */
function simpson(g: (t: number) => number, a: number, b: number, n = 2000): number {
  const h = (b - a) / n;
  let total = g(a) + g(b);
  for (let i = 1; i < n; ++i) total += (i % 2 ? 4 : 2) * g(a + i * h);
  return (total * h) / 3;
}
const phiDensity = (t: number) => Math.exp(-(t * t) / 2) / Math.sqrt(2 * Math.PI);
/** Φ(x) = 1/2 + ∫₀ˣ φ, by Simpson. */
const Phi = (x: number) => 0.5 + simpson(phiDensity, 0, x, 400);

/** The largest |sigmoid(k x) − Φ(x)| over a grid on [-4, 4], computed here. */
function gap(k: number, step = 0.002) {
  let worst = { max: 0, at: 0 };
  for (let x = -4; x <= 4 + 1e-12; x += step) {
    const d = Math.abs(sig(k * x) - Phi(x));
    if (d > worst.max) worst = { max: d, at: x };
  }
  return worst;
}

describe('logistic-cdf facts: the sigmoid is the logistic CDF', () => {
  it('logisticCdf(x; mu, s) equals sigmoid(x/s − mu/s), so w = 1/s and b = −mu/s', () => {
    expect(f.weight).toBe(1 / f.s);
    expect(f.bias).toBe(-f.mu / f.s);
    expect(f.exampleGap).toBeLessThan(1e-15);
    // the CDF is 1/2 at the centre, which for the neuron is −b/w
    expect(-f.bias / f.weight).toBe(f.mu);
  });
  it('the logistic density integrates to the sigmoid (property)', () => {
    const pdf = (t: number) => Math.exp(-t) / (1 + Math.exp(-t)) ** 2;
    fc.assert(
      fc.property(fc.double({ min: -6, max: 6, noNaN: true }), (x) => Math.abs(simpson(pdf, -40, x, 4000) - sig(x)) < 1e-7),
      { numRuns: 30 }
    );
  });
  it('has variance π²/3 for s = 1 (numerical integration of x² times the density)', () => {
    const second = simpson((t) => (t * t * Math.exp(-Math.abs(t))) / (1 + Math.exp(-Math.abs(t))) ** 2, -60, 60, 24000);
    expect(f.varianceOfStandardLogistic).toBeCloseTo(second, 6);
    expect(f.varianceOfStandardLogistic).toBeCloseTo(Math.PI ** 2 / 3, 12);
    expect(f.sdOfStandardLogistic).toBeCloseTo(Math.sqrt(second), 6);
    expect(f.sdOfStandardLogistic).toBeCloseTo(1.81, 2);
  });
});

describe('logistic-cdf facts: sigmoid(k x) against Φ(x)', () => {
  it('k = 1.702 stays within 0.0095 of Φ, worst near |x| = 0.57', () => {
    const g = gap(f.classicK, 0.001);
    expect(f.classicMax).toBeCloseTo(g.max, 5);
    expect(f.classicMax).toBeLessThan(0.0095);
    expect(f.classicMax).toBeGreaterThan(0.0094);
    expect(f.classicAt).toBeCloseTo(0.57, 1);
  });
  it('the gap has two bumps of opposite sign and nearly equal size: the minimax balances them', () => {
    expect(f.classicCentralGap).toBeCloseTo(sig(1.702 * f.classicCentralAt) - Phi(f.classicCentralAt), 9);
    expect(f.classicTailGap).toBeCloseTo(sig(1.702 * f.classicTailAt) - Phi(f.classicTailAt), 9);
    expect(f.classicCentralGap).toBeGreaterThan(0); // steeper than Φ near the centre
    expect(f.classicTailGap).toBeLessThan(0); // heavier tail: below Φ further out
    expect(f.classicCentralAt).toBeCloseTo(0.57, 1);
    expect(f.classicTailAt).toBeCloseTo(2.04, 1);
    expect(Math.abs(f.classicCentralGap + f.classicTailGap)).toBeLessThan(1e-4);
  });
  it('the minimax k is about 1.7017, worst gap about 0.00946 (equal bumps, found by bisection here)', () => {
    // Independent method: at the minimax k the central bump and the tail bump are equal
    // (equioscillation), so bisect on k for central(k) = tail(k), with Φ tabulated once on a
    // grid of step 1e-4 by Simpson's rule on each cell, and the bumps read off that grid.
    const h = 1e-4;
    const xs = Array.from({ length: 30001 }, (_, i) => i * h); // [0, 3]
    const table = [0.5];
    for (let i = 1; i < xs.length; ++i) table.push(table[i - 1] + simpson(phiDensity, xs[i - 1], xs[i], 2));
    const bumps = (k: number) => {
      let central = 0;
      let tail = 0;
      xs.forEach((x, i) => {
        const d = sig(k * x) - table[i];
        if (d > central) central = d; // above Φ near the centre
        if (-d > tail) tail = -d; // below Φ further out
      });
      return { central, tail };
    };
    let lo = 1.69;
    let hi = 1.71;
    for (let i = 0; i < 40; ++i) {
      const mid = (lo + hi) / 2;
      const { central, tail } = bumps(mid);
      if (central > tail) hi = mid; // a larger k grows the central bump
      else lo = mid;
    }
    const k = (lo + hi) / 2;
    expect(f.bestK).toBeCloseTo(k, 5);
    expect(f.bestMax).toBeCloseTo(bumps(k).central, 7);
    expect(f.bestK).toBeCloseTo(1.7017, 4);
    expect(f.bestMax).toBeCloseTo(0.00946, 5);
    // worse on either side, and 1.702 is only a little worse
    expect(Math.max(...Object.values(bumps(f.bestK - 0.001)))).toBeGreaterThan(f.bestMax);
    expect(Math.max(...Object.values(bumps(f.bestK + 0.001)))).toBeGreaterThan(f.bestMax);
    expect(f.classicMax).toBeCloseTo(Math.max(...Object.values(bumps(1.702))), 7);
    expect(f.classicMax).toBeCloseTo(0.00949, 5);
    expect(f.classicMax - f.bestMax).toBeLessThan(1e-4);
  });
  it('matching variances gives s = √3/π ≈ 0.551, k ≈ 1.814 and a larger worst gap', () => {
    expect(f.varianceMatchedS ** 2 * (Math.PI ** 2 / 3)).toBeCloseTo(1, 12);
    expect(f.varianceMatchedS).toBeCloseTo(0.5513, 4);
    expect(f.varianceMatchedK).toBeCloseTo(1.8138, 4);
    expect(f.classicS).toBeCloseTo(0.5875, 4);
    expect(f.varianceMatchedMax).toBeCloseTo(gap(f.varianceMatchedK, 0.001).max, 5);
    expect(f.varianceMatchedMax).toBeGreaterThan(2 * f.classicMax);
  });
  it('matching slopes at 0 gives k = 4/√(2π) ≈ 1.596, also worse than 1.702', () => {
    expect(f.slopeMatchedK).toBeCloseTo(4 / Math.sqrt(2 * Math.PI), 12);
    expect(f.slopeMatchedMax).toBeCloseTo(gap(f.slopeMatchedK, 0.001).max, 5);
    expect(f.slopeMatchedMax).toBeGreaterThan(f.classicMax);
    expect(f.slopeMatchedMax).toBeLessThan(f.varianceMatchedMax);
  });
  it('Bowling et al.: a cubic term brings the worst gap down to about 1.4e-4', () => {
    let worst = 0;
    for (let x = -6; x <= 6; x += 0.001) worst = Math.max(worst, Math.abs(sig(0.07056 * x ** 3 + 1.5976 * x) - Phi(x)));
    expect(f.bowlingMax).toBeCloseTo(worst, 6);
    expect(f.bowlingMax).toBeLessThan(1.5e-4);
    expect(f.bowlingMax).toBeGreaterThan(1.3e-4);
  });
  it('the logistic of the classic constant is a little wider than Φ (sd > 1)', () => {
    expect(f.classicSd).toBeCloseTo(Math.PI / (Math.sqrt(3) * 1.702), 12);
    expect(f.classicSd).toBeGreaterThan(1);
  });
});

describe('logistic-cdf facts: trials with a logistic-noisy threshold', () => {
  it('the fraction of trials that fire follows σ(w x + b), within 4 standard errors at every input', () => {
    const n = f.trialCount;
    f.trialInputs.forEach((x, i) => {
      const p = sig(f.weight * x + f.bias);
      expect(Math.abs(f.trialFractions[i] - p)).toBeLessThanOrEqual(4 * Math.sqrt((p * (1 - p)) / n) + 1e-12);
    });
    expect(f.trialStandardError).toBeCloseTo(Math.sqrt(0.25 / n), 12);
    expect(f.trialStandardError).toBeCloseTo(0.035, 3);
  });
});

describe('logistic-cdf facts: the Gaussian two-class posterior is a sigmoid', () => {
  const { mu0, mu1, sigma, p1 } = f.bayes;
  const gauss = (x: number, m: number) => Math.exp(-((x - m) ** 2) / (2 * sigma * sigma));
  const post = (x: number) => (p1 * gauss(x, mu1)) / (p1 * gauss(x, mu1) + (1 - p1) * gauss(x, mu0));
  it('w = (mu1 − mu0)/σ², b = (mu0² − mu1²)/(2σ²) + ln(p1/p0)', () => {
    expect(f.bayesW).toBeCloseTo((mu1 - mu0) / sigma ** 2, 12);
    expect(f.bayesB).toBeCloseTo((mu0 ** 2 - mu1 ** 2) / (2 * sigma ** 2) + Math.log(p1 / (1 - p1)), 12);
    expect(f.bayesGap).toBeLessThan(1e-12);
    fc.assert(fc.property(fc.double({ min: -8, max: 8, noNaN: true }), (x) => Math.abs(post(x) - sig(f.bayesW * x + f.bayesB)) < 1e-12));
  });
  it('the boundary −b/w is where the posterior is 1/2, shifted from the midpoint towards the rarer class 1', () => {
    expect(post(f.bayesBoundary)).toBeCloseTo(0.5, 12);
    expect(f.bayesBoundary).toBeGreaterThan((mu0 + mu1) / 2);
  });
});
