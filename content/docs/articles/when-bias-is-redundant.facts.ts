/**
 * Numbers quoted in the "when bias is redundant" article (A17, A22, A23): small and larger
 * networks trained with and without biases, batch normalization cancelling a bias (forward, in
 * the gradient, and in the running mean), layer normalization cancelling only a bias's common
 * part, and the arithmetic of a separate bias pass. Computed with the neuron module; checked by
 * when-bias-is-redundant.facts.test.ts (beside this file).
 */
import {
  batchNorm,
  blobs2d,
  conv1x1Cost,
  dense,
  mean,
  mulberry32,
  randomNormal,
  trainWithAndWithoutBias,
  transpose,
  twoClass1d,
  type MlpResult,
  type Sample
} from '../../../src/neuron/index';

// --- A17: a small and a larger network, with and without biases. ------------------------------
/** twoClass1d with 6 points per class: A in [1, 2] (label 0), B in [3, 4] (label 1). */
export const classData: Sample[] = twoClass1d({ n: 6 }).map((p) => ({ x: p.x, y: [p.label] }));
/** The options of the article's first cell; the reader's sliders change hidden and seed. */
export const sizeOptions = { activation: 'sigmoid', epochs: 80, learningRate: 1 } as const;
export const sizes = [1, 2, 4, 8];
export const seeds = [1, 2, 3, 4, 5, 6, 7, 8];

export const accuracyOf = (net: MlpResult) =>
  classData.filter((s) => (net.predict(s.x)[0] >= 0.5 ? 1 : 0) === s.y[0]).length / classData.length;

const sizeRuns = Object.fromEntries(
  sizes.map((h) => [h, seeds.map((seed) => trainWithAndWithoutBias(classData, { ...sizeOptions, hidden: [h], seed }))])
) as Record<number, { withBias: MlpResult; withoutBias: MlpResult }[]>;
const perSize = (pick: (r: { withBias: MlpResult; withoutBias: MlpResult }) => number) =>
  Object.fromEntries(sizes.map((h) => [h, sizeRuns[h].map(pick)])) as Record<number, number[]>;
const accWith = perSize((r) => accuracyOf(r.withBias));
const accWithout = perSize((r) => accuracyOf(r.withoutBias));
const lossWith = perSize((r) => r.withBias.lossPerEpoch[sizeOptions.epochs - 1]);
const lossWithout = perSize((r) => r.withoutBias.lossPerEpoch[sizeOptions.epochs - 1]);
const countPerfect = (accs: Record<number, number[]>) =>
  Object.fromEntries(sizes.map((h) => [h, accs[h].filter((a) => a === 1).length])) as Record<number, number>;

/** ReLU units without any bias: the network is positively homogeneous, so on x > 0 it is linear. */
const reluRuns = seeds.map((seed) => trainWithAndWithoutBias(classData, { ...sizeOptions, activation: 'relu', hidden: [8], seed }));

// --- A22: batch normalization after a layer with a bias. --------------------------------------
/** A batch of 8 examples with 2 inputs, and a layer of 3 units. */
export const bnBatch = blobs2d({ n: 4, seed: 3 }).map((p) => p.x);
export const bnW = [
  [0.8, -0.5],
  [0.3, 1.2],
  [-1.1, 0.4]
];
/** The bias direction the article's cell scales with its slider. */
export const bnBiasDirection = [1, -2, 0.5];
const layerOut = (W: number[][], b: number[]) => bnBatch.map((x) => dense(W, b, x));
const maxAbs = (A: number[][], B: number[][]) => Math.max(...A.flat().map((v, i) => Math.abs(v - B.flat()[i])));
const bnScales = [-10, -1, 0.5, 3, 100];
const bnMaxDiffs = bnScales.map((s) => maxAbs(batchNorm(layerOut(bnW, bnBiasDirection.map((d) => s * d))), batchNorm(layerOut(bnW, [0, 0, 0]))));

/** A scalar loss of the normalized outputs, L = Σ c ⊙ BN(W x + b), with fixed random c. */
const cRand = mulberry32(11);
export const lossWeights = bnBatch.map(() => bnW.map(() => randomNormal(cRand)));
const bnLoss = (W: number[][], b: number[]) =>
  batchNorm(layerOut(W, b)).reduce((s, row, n) => s + row.reduce((t, v, j) => t + lossWeights[n][j] * v, 0), 0);
const h = 1e-5;
const b0 = [0.3, -0.7, 1.5];
const gradB = b0.map((_, j) => {
  const up = b0.map((v, k) => (k === j ? v + h : v));
  const down = b0.map((v, k) => (k === j ? v - h : v));
  return (bnLoss(bnW, up) - bnLoss(bnW, down)) / (2 * h);
});
const nudgeW = (d: number) => bnW.map((row, i) => row.map((v, k) => (i === 0 && k === 0 ? v + d : v)));
const gradW00 = (bnLoss(nudgeW(h), b0) - bnLoss(nudgeW(-h), b0)) / (2 * h);

/** Running mean at inference: an exponential average of batch means, started at 0, momentum 0.1. */
const momentum = 0.1;
const steps = 50;
const runningBias = 2;
const runRand = mulberry32(5);
const batches = Array.from({ length: steps }, () => Array.from({ length: 8 }, () => [randomNormal(runRand, 1, 1), randomNormal(runRand, 2, 1)]));
const runningMean = (b: number[]) => {
  let running = bnW.map(() => 0);
  for (const batch of batches) {
    const batchMean = transpose(batch.map((x) => dense(bnW, b, x))).map(mean);
    running = running.map((r, j) => (1 - momentum) * r + momentum * batchMean[j]);
  }
  return running;
};
const runWith = runningMean(bnW.map(() => runningBias));
const runWithout = runningMean([0, 0, 0]);
/** How much of the bias the running mean has absorbed after `steps` updates (1 = all of it). */
const absorbed = runWith.map((v, j) => (v - runWithout[j]) / runningBias);

// --- LayerNorm: normalize each example across its features. ------------------------------------
const layerNorm = (Z: number[][]) => transpose(batchNorm(transpose(Z)));
const Z = layerOut(bnW, [0, 0, 0]);
const lnCommonDiff = maxAbs(layerNorm(Z.map((z) => z.map((v) => v + 4))), layerNorm(Z));
const lnPerFeatureDiff = maxAbs(layerNorm(Z.map((z) => z.map((v, j) => v + [1, -1, 0][j]))), layerNorm(Z));

// --- A23: the cost of a bias on a 1 x 1 projection (ENet's first-stage 64 -> 16, on a small map). --
/** The size the article's last cell times: 64 -> 16 channels on a 32 x 32 feature map. */
const proj = { inChannels: 64, outChannels: 16, height: 32, width: 32 };
const projPixels = proj.height * proj.width;
const projWeights = proj.inChannels * proj.outChannels;
const projBiases = proj.outChannels;
const projOutputs = proj.outChannels * projPixels;
/** Work and memory traffic of the convolution and of a separate bias pass, counted in values. */
const projCost = conv1x1Cost({ inChannels: proj.inChannels, outChannels: proj.outChannels, pixels: projPixels });

export const redundantInternals = { sizeRuns, reluRuns, bnMaxDiffs, bnScales, runWith, runWithout, Z };

export const redundantFacts = {
  pointsPerClass: 6,
  epochs: sizeOptions.epochs,
  seedCount: seeds.length,
  sizes,
  accWith,
  accWithout,
  perfectWith: countPerfect(accWith),
  perfectWithout: countPerfect(accWithout),
  meanLossWith: Object.fromEntries(sizes.map((s) => [s, mean(lossWith[s])])) as Record<number, number>,
  meanLossWithout: Object.fromEntries(sizes.map((s) => [s, mean(lossWithout[s])])) as Record<number, number>,
  maxAccWithoutOneUnit: Math.max(...accWithout[1]),
  reluAccWithout: reluRuns.map((r) => accuracyOf(r.withoutBias)),
  reluAccWith: reluRuns.map((r) => accuracyOf(r.withBias)),

  bnScales,
  bnMaxDiff: Math.max(...bnMaxDiffs),
  gradB,
  maxAbsGradB: Math.max(...gradB.map(Math.abs)),
  gradW00,

  momentum,
  steps,
  runningBias,
  absorbed: mean(absorbed),
  leftOver: 1 - mean(absorbed),

  lnCommonDiff,
  lnPerFeatureDiff,

  proj,
  projWeights,
  projBiases,
  projBiasShare: projBiases / (projWeights + projBiases),
  projOutputs,
  projCost,
  /** Extra additions of the bias pass, relative to the convolution's multiply-adds (1 / inChannels). */
  projExtraArithmetic: projCost.biasAdds / projCost.multiplyAdds,
  /** Extra values moved by the bias pass, relative to the values the convolution moves at least. */
  projExtraTraffic: projCost.biasTraffic / projCost.convTraffic,
  /** Multiply-adds of the convolution per value it moves (its arithmetic intensity, in values). */
  projIntensity: projCost.multiplyAdds / projCost.convTraffic
};
