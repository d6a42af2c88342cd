/**
 * Numbers quoted in the "logistic CDF" article (A12, A13): the sigmoid as the logistic CDF,
 * how closely sigmoid(k x) follows the normal CDF Φ(x), the two ways of choosing k, samples
 * from the logistic distribution, and the Gaussian two-class posterior as a sigmoid.
 * Computed with the neuron module; checked by logistic-cdf.facts.test.ts (beside this file).
 */
import {
  linspace,
  logisticCdf,
  logisticVariance,
  maxAbsDifference,
  mean,
  mulberry32,
  normalCdf,
  normalPdf,
  sampleLogistic,
  sigmoid,
  variance
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
const classic = maxAbsDifference((x) => sigmoid(classicK * x), (x) => normalCdf(x), { samples: 12001 });

/** The two bumps of sigmoid(1.702 x) − Φ(x) for x > 0: above Φ near the centre, below it further out. */
const classicDiff = (x: number) => sigmoid(classicK * x) - normalCdf(x);
const classicCentral = maxAbsDifference(classicDiff, () => 0, { domain: [0, 1.2], samples: 6001 });
const classicTail = maxAbsDifference(classicDiff, () => 0, { domain: [1.2, 5], samples: 6001 });

/** The k that minimises the largest gap, by a scan over [1.65, 1.75] in steps of 0.0005. */
const scan = linspace(1.65, 1.75, 201).map((k) => ({
  k,
  max: maxAbsDifference((x) => sigmoid(k * x), (x) => normalCdf(x), { domain: [-4, 4], samples: 4001 }).max
}));
const best = scan.reduce((a, b) => (b.max < a.max ? b : a));

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

/** Samples from the logistic distribution (the article's third cell, at its default n). */
const sampleCount = 2000;
const sampleSeed = 11;
const rand = mulberry32(sampleSeed);
const samples = Array.from({ length: sampleCount }, () => sampleLogistic(rand, { mu: 0, s: 1 }));

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

  sampleCount,
  sampleSeed,
  sampleMean: mean(samples),
  sampleVariance: variance(samples),

  bayes,
  bayesW,
  bayesB,
  /** Where the posterior crosses 1/2: -b/w. */
  bayesBoundary: -bayesB / bayesW,
  bayesGap: bayesGap.max
};
