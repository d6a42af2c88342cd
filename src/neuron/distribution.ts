/**
 * The logistic and normal distributions. The sigmoid is exactly the logistic
 * distribution's CDF, and it is close to the normal CDF: sigmoid(1.702 x)
 * stays within about 0.0095 of Φ(x). So a sigmoid neuron's bias plays the role
 * of a location parameter: the neuron reports the probability that a noisy
 * threshold, centred at −b/w, lies below x.
 */
import { sigmoid } from './activation';
import { randomNormal, uniformPositive, type Random } from './rng';

/** Location and scale of a logistic distribution. */
export interface LogisticOptions {
  /** The centre (mean, median and mode); defaults to 0. */
  mu?: number;
  /** The scale; the standard deviation is s π / √3. Defaults to 1. */
  s?: number;
}

/**
 * The logistic density e^(−z) / (s (1 + e^(−z))²) with z = (x − μ)/s. It is
 * symmetric in z, so it is evaluated with e^(−|z|) to avoid overflow. With
 * μ = 0 and s = 1 it equals sigmoidDerivative.
 *
 * @example
 * logisticPdf(0); // 0.25
 */
export function logisticPdf(x: number, { mu = 0, s = 1 }: LogisticOptions = {}): number {
  const e = Math.exp(-Math.abs((x - mu) / s));
  return e / (s * (1 + e) ** 2);
}

/**
 * The logistic CDF, which is the sigmoid: P(X ≤ x) = sigmoid((x − μ)/s).
 *
 * @example
 * logisticCdf(2, { mu: 2 }); // 0.5
 */
export function logisticCdf(x: number, { mu = 0, s = 1 }: LogisticOptions = {}): number {
  return sigmoid((x - mu) / s);
}

/**
 * The variance of a logistic distribution with scale s: π² s² / 3.
 *
 * @example
 * logisticVariance(1); // 3.2898…
 */
export function logisticVariance(s: number): number {
  return (Math.PI ** 2 * s ** 2) / 3;
}

/**
 * Draws from a logistic distribution by inverting its CDF: μ + s ln(u / (1 − u))
 * for uniform u, the inverse of the sigmoid (the logit).
 *
 * @example
 * sampleLogistic(mulberry32(1), { mu: 3 }); // a draw centred on 3
 */
export function sampleLogistic(rand: Random, { mu = 0, s = 1 }: LogisticOptions = {}): number {
  const u = uniformPositive(rand);
  return mu + s * Math.log(u / (1 - u));
}

/** Mean and standard deviation of a normal distribution. */
export interface NormalOptions {
  /** Defaults to 0. */
  mu?: number;
  /** Defaults to 1. */
  sigma?: number;
}

/**
 * The normal density e^(−z²/2) / (σ √(2π)) with z = (x − μ)/σ.
 *
 * @example
 * normalPdf(0); // 0.3989…
 */
export function normalPdf(x: number, { mu = 0, sigma = 1 }: NormalOptions = {}): number {
  const z = (x - mu) / sigma;
  return Math.exp(-(z * z) / 2) / (sigma * Math.sqrt(2 * Math.PI));
}

/**
 * The normal CDF Φ((x − μ)/σ) = erfc(−z/√2) / 2. Written with erfc rather than
 * 1 + erf so that far-left tail probabilities keep their relative accuracy.
 *
 * @example
 * normalCdf(0); // 0.5
 * normalCdf(1.96); // 0.975…
 */
export function normalCdf(x: number, { mu = 0, sigma = 1 }: NormalOptions = {}): number {
  return erfc(-(x - mu) / (sigma * Math.SQRT2)) / 2;
}

/**
 * Draws from a normal distribution (Box–Muller).
 *
 * @example
 * sampleNormal(mulberry32(1), { mu: 10, sigma: 2 }); // a draw from N(10, 2²)
 */
export function sampleNormal(rand: Random, { mu = 0, sigma = 1 }: NormalOptions = {}): number {
  return randomNormal(rand, mu, sigma);
}

// Below this, erf's power series is used; above, erfc's continued fraction.
// Both converge to double precision here within their term limits.
const SERIES_LIMIT = 2.5;

/**
 * The error function erf(x) = (2/√π) ∫₀ˣ e^(−t²) dt, accurate to about 1e-15.
 *
 * @example
 * erf(1); // 0.8427007929497149
 */
export function erf(x: number): number {
  if (Math.abs(x) < SERIES_LIMIT) return erfSeries(x);
  return Math.sign(x) * (1 - erfcContinuedFraction(Math.abs(x)));
}

/**
 * The complementary error function erfc(x) = 1 − erf(x), computed directly for
 * large x so that tiny values are not lost to rounding.
 *
 * @example
 * erfc(5); // 1.5374597944280…e-12
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < SERIES_LIMIT) return 1 - erfSeries(x);
  return erfcContinuedFraction(x);
}

// erf(x) = (2/√π) e^(−x²) Σₙ 2ⁿ x^(2n+1) / (1·3·5⋯(2n+1)). Every term is
// positive, so unlike the alternating Taylor series nothing cancels.
function erfSeries(x: number): number {
  let term = x;
  let total = x;
  for (let n = 1; n < 100 && Math.abs(term) > 1e-17 * Math.abs(total); ++n) {
    term *= (2 * x * x) / (2 * n + 1);
    total += term;
  }
  return (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * total;
}

// erfc(x) = (e^(−x²)/√π) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …))))),
// evaluated from the bottom up; for x ≥ 2.5, 60 levels reach double precision.
function erfcContinuedFraction(x: number): number {
  let tail = x;
  for (let k = 60; k >= 1; --k) tail = x + k / 2 / tail;
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / tail;
}
