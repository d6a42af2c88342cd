/**
 * Numbers quoted in the "logistic CDF" article (A12, A13): the sigmoid as the logistic CDF,
 * a simulated neuron with a logistic-noisy threshold, how closely sigmoid(k x) follows the normal
 * CDF Φ(x) (the minimax k, and the two other ways of choosing k), and the Gaussian two-class
 * posterior as a sigmoid.
 * Computed with the neuron module; checked by logistic-cdf.facts.test.ts (beside this file).
 */
import {
  logisticCdf,
  logisticVariance,
  maxAbsDifference,
  mulberry32,
  normalCdf,
  normalPdf,
  sampleLogistic,
  sigmoid
} from '../../../src/neuron/index';

/** The example threshold distribution: centre mu, scale s. As a neuron: w = 1/s, b = -mu/s. */
const mu = 1.5;
const s = 0.5;
const exampleGap = maxAbsDifference(
  (x) => logisticCdf(x, { mu, s }),
  (x) => sigmoid(x / s - mu / s),
  { domain: [-6, 6], samples: 2001 }
);

/** The classic constant: sigmoid(1.702 x) against Φ(x). */
const classicK = 1.702;

/** The two bumps of sigmoid(1.702 x) − Φ(x) for x > 0: above Φ near the centre, below it further out. */
const classicDiff = (x: number) => sigmoid(classicK * x) - normalCdf(x);
const classicCentral = maxAbsDifference(classicDiff, () => 0, { domain: [0, 1.2], samples: 6001 });
const classicTail = maxAbsDifference(classicDiff, () => 0, { domain: [1.2, 5], samples: 6001 });

/** Golden-section search for the minimum of a function that falls and then rises on [lo, hi]. */
function goldenMin(g: (t: number) => number, lo: number, hi: number, tolerance: number): number {
  const r = (Math.sqrt(5) - 1) / 2;
  let a = hi - r * (hi - lo);
  let b = lo + r * (hi - lo);
  let ga = g(a);
  let gb = g(b);
  while (hi - lo > tolerance) {
    if (ga < gb) {
      [hi, b, gb] = [b, a, ga];
      a = hi - r * (hi - lo);
      ga = g(a);
    } else {
      [lo, a, ga] = [a, b, gb];
      b = lo + r * (hi - lo);
      gb = g(b);
    }
  }
  return (lo + hi) / 2;
}

/**
 * The worst gap max over x of |sigmoid(k x) − Φ(x)|, found finely: the gap is odd in x, so scan
 * x in [0, 4] in steps of 0.002, then refine every local maximum of the scan by a golden-section
 * search within one step of it.
 */
function worstGap(k: number): { max: number; at: number } {
  const gap = (x: number) => Math.abs(sigmoid(k * x) - normalCdf(x));
  const step = 0.002;
  const values = Array.from({ length: 2001 }, (_, i) => gap(i * step));
  let worst = { max: 0, at: 0 };
  for (let i = 1; i < values.length - 1; ++i) {
    if (values[i] < values[i - 1] || values[i] < values[i + 1]) continue;
    const at = goldenMin((x) => -gap(x), (i - 1) * step, (i + 1) * step, 1e-12);
    if (gap(at) > worst.max) worst = { max: gap(at), at };
  }
  return worst;
}

/** The minimax k: the one whose worst gap is smallest, by a golden-section search over k. */
const bestK = goldenMin((k) => worstGap(k).max, 1.6, 1.8, 1e-7);
const best = { k: bestK, max: worstGap(bestK).max };
const classic = worstGap(classicK);

/** Matching variances instead: π² s² / 3 = 1 gives s = √3/π, k = 1/s = π/√3. */
const varianceMatchedS = Math.sqrt(3) / Math.PI;
const varianceMatchedK = 1 / varianceMatchedS;
const varianceMatched = maxAbsDifference((x) => sigmoid(varianceMatchedK * x), (x) => normalCdf(x), {
  samples: 12001
});

/** Matching the slopes at 0 instead: k/4 = φ(0) gives k = 4 φ(0). */
const slopeMatchedK = 4 * normalPdf(0);
const slopeMatched = maxAbsDifference((x) => sigmoid(slopeMatchedK * x), (x) => normalCdf(x), { samples: 12001 });

/** Bowling et al. (2009): a cubic term in the exponent, sigmoid(0.07056 x³ + 1.5976 x). */
const bowling = maxAbsDifference((x) => sigmoid(0.07056 * x ** 3 + 1.5976 * x), (x) => normalCdf(x), {
  samples: 12001
});

/**
 * The article's second cell: a neuron whose threshold is drawn afresh in every trial from the
 * logistic distribution (centre mu, scale s); at each input x it counts the trials in which x beats
 * the threshold. The fraction that fire estimates σ(w x + b) with standard error √(p(1 − p)/n),
 * largest (1/(2√n)) at x = mu, where p = 1/2.
 */
const trialCount = 200;
const trialSeed = 11;
const trialRand = mulberry32(trialSeed);
const trialInputs = Array.from({ length: 49 }, (_, i) => -6 + i * 0.25);
const trialFractions = trialInputs.map((x) => {
  let fired = 0;
  for (let t = 0; t < trialCount; ++t) if (x > sampleLogistic(trialRand, { mu, s })) fired += 1;
  return fired / trialCount;
});

/** A two-class problem with Gaussian class densities of equal variance. */
const bayes = { mu0: -1, mu1: 2, sigma: 1.5, p1: 0.3 };
const bayesW = (bayes.mu1 - bayes.mu0) / bayes.sigma ** 2;
const bayesB = (bayes.mu0 ** 2 - bayes.mu1 ** 2) / (2 * bayes.sigma ** 2) + Math.log(bayes.p1 / (1 - bayes.p1));
const posterior = (x: number) => {
  const a = bayes.p1 * normalPdf(x, { mu: bayes.mu1, sigma: bayes.sigma });
  const c = (1 - bayes.p1) * normalPdf(x, { mu: bayes.mu0, sigma: bayes.sigma });
  return a / (a + c);
};
const bayesGap = maxAbsDifference(posterior, (x) => sigmoid(bayesW * x + bayesB), { domain: [-8, 8] });

export const logisticCdfFacts = {
  mu,
  s,
  /** The neuron with this threshold distribution. */
  weight: 1 / s,
  bias: -mu / s,
  /** Largest |logisticCdf − sigmoid(w x + b)| on [-6, 6]: zero up to rounding. */
  exampleGap: exampleGap.max,

  classicK,
  classicMax: classic.max,
  classicAt: Math.abs(classic.at),
  classicCentralGap: classicDiff(classicCentral.at),
  classicCentralAt: classicCentral.at,
  classicTailGap: classicDiff(classicTail.at),
  classicTailAt: classicTail.at,
  bestK: best.k,
  bestMax: best.max,
  /** 1/1.702: the logistic scale that the classic constant corresponds to. */
  classicS: 1 / classicK,
  /** The standard deviation of that logistic, s π / √3: a bit wider than Φ's 1. */
  classicSd: Math.sqrt(logisticVariance(1 / classicK)),

  varianceOfStandardLogistic: logisticVariance(1),
  varianceMatchedS,
  varianceMatchedK,
  varianceMatchedMax: varianceMatched.max,
  varianceMatchedAt: Math.abs(varianceMatched.at),

  slopeMatchedK,
  slopeMatchedMax: slopeMatched.max,
  bowlingMax: bowling.max,

  /** The logistic's standard deviation for s = 1, π/√3: the "1.81 s" of the prose. */
  sdOfStandardLogistic: Math.sqrt(logisticVariance(1)),

  trialCount,
  trialSeed,
  trialInputs,
  trialFractions,
  /** The largest standard error of a fraction of trialCount trials, 1/(2√n), at x = mu. */
  trialStandardError: 0.5 / Math.sqrt(trialCount),

  bayes,
  bayesW,
  bayesB,
  /** Where the posterior crosses 1/2: -b/w. */
  bayesBoundary: -bayesB / bayesW,
  bayesGap: bayesGap.max
};
