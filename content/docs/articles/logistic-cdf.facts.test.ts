// Checks the numbers of the "logistic CDF" article against independent computations: the
// normal CDF by Simpson integration of e^(−t²/2)/√(2π) written out here, the logistic
// variance by numerical integration, Bayes' rule with Gaussians written out by hand.
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
  it('the minimax k is about 1.70 (a golden-section search on the independent gap agrees)', () => {
    let lo = 1.6;
    let hi = 1.8;
    const r = (Math.sqrt(5) - 1) / 2;
    for (let i = 0; i < 20; ++i) {
      const a = hi - r * (hi - lo);
      const c = lo + r * (hi - lo);
      if (gap(a, 0.004).max < gap(c, 0.004).max) hi = c;
      else lo = a;
    }
    expect(f.bestK).toBeCloseTo((lo + hi) / 2, 2);
    expect(f.bestMax).toBeLessThanOrEqual(f.classicMax);
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

describe('logistic-cdf facts: samples', () => {
  it('sample mean and variance are near 0 and π²/3 (within a few standard errors)', () => {
    const n = f.sampleCount;
    const sd = Math.sqrt(Math.PI ** 2 / 3);
    expect(Math.abs(f.sampleMean)).toBeLessThan((4 * sd) / Math.sqrt(n));
    // the logistic's kurtosis is 4.2, so Var(sample variance) ≈ σ⁴ (4.2 − 1)/n
    expect(Math.abs(f.sampleVariance - sd ** 2)).toBeLessThan(4 * sd ** 2 * Math.sqrt(3.2 / n));
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
