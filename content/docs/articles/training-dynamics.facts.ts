/**
 * Numbers quoted in the "training dynamics" article (A18-A21): small networks trained with and
 * without biases from the same initial weights (full batch on 13 points, and mini-batches on 400),
 * the size of each layer's bias and weight gradients, and what the starting value of a bias does.
 * Computed with the neuron module; checked by training-dynamics.facts.test.ts (beside this file).
 */
import {
  gradientSizesByLayer,
  lineWithOffset,
  logLoss,
  mean,
  sigmoid,
  trainMlp,
  trainWithAndWithoutBias,
  type MlpOptions,
  type MlpResult,
  type Sample
} from '../../../src/neuron/index';

/** The article's data: n noisy points around y = 0.8 x + offset on [-3, 3] (13 by default; x = 0 is one of them). */
export const lineData = (offset: number, seed: number, n = 13): Sample[] =>
  lineWithOffset({ n, domain: [-3, 3], intercept: offset, seed }).map((p) => ({ x: [p.x], y: [p.y] }));

/** The options of the article's first cell (the reader's sliders change offset, seed and rate). */
export const baseOptions = { hidden: [8], epochs: 60, learningRate: 0.05, output: 'identity' } as const;
/** For the facts the same networks train longer, to see where they end. */
export const longEpochs = 200;
export const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** "Reached" means a mean squared error below 1 (the noise alone gives about 0.25). */
export const threshold = 1;

/** The first epoch (counting from 1) whose loss is below level; Infinity if none. */
export const firstEpochBelow = (losses: readonly number[], level: number) => {
  const i = losses.findIndex((l) => l < level);
  return i < 0 ? Infinity : i + 1;
};

type Activation = NonNullable<MlpOptions['activation']>;
const runs = (activation: Activation, offset: number) =>
  seeds.map((seed) => trainWithAndWithoutBias(lineData(offset, seed), { ...baseOptions, epochs: longEpochs, activation, seed }));

/** Epochs to a loss below level, with and without biases, one entry per seed. */
function reachSummary(w: readonly number[][], n: readonly number[][], level: number) {
  const reachWith = w.map((l) => firstEpochBelow(l, level));
  const reachWithout = n.map((l) => firstEpochBelow(l, level));
  return {
    reachWith,
    reachWithout,
    meanReachWith: mean(reachWith),
    meanReachWithout: mean(reachWithout),
    minReachWith: Math.min(...reachWith),
    maxReachWith: Math.max(...reachWith),
    minReachWithout: Math.min(...reachWithout),
    maxReachWithout: Math.max(...reachWithout),
    /** The largest gap between the two, in epochs, over the seeds. */
    maxReachGap: Math.max(...reachWith.map((r, i) => Math.abs(r - reachWithout[i]))),
    /** Seeds where the network with biases got below the level strictly sooner. */
    seedsBiasFaster: reachWith.filter((r, i) => r < reachWithout[i]).length,
    /** Seeds where the network without biases got there strictly sooner. */
    seedsBiasSlower: reachWith.filter((r, i) => r > reachWithout[i]).length
  };
}

function summarise(pairs: { withBias: MlpResult; withoutBias: MlpResult }[]) {
  const w = pairs.map((p) => p.withBias.lossPerEpoch);
  const n = pairs.map((p) => p.withoutBias.lossPerEpoch);
  const last = w[0].length - 1;
  return {
    ...reachSummary(w, n, threshold),
    lossAt5With: mean(w.map((l) => l[4])),
    lossAt5Without: mean(n.map((l) => l[4])),
    finalWith: mean(w.map((l) => l[last])),
    finalWithout: mean(n.map((l) => l[last])),
    /** Seeds where the network without biases ended at least as low. */
    seedsWithoutNotWorse: w.filter((l, i) => n[i][last] <= l[last]).length
  };
}

// --- A18, small: 13 points, full batch (one epoch = one step), ten seeds per setting. ---------
const sigmoidOffsetRuns = runs('sigmoid', 3);
const sigmoidCentredRuns = runs('sigmoid', 0);
const tanhOffsetRuns = runs('tanh', 3);

// --- A18, closer to ordinary training: 400 points, mini-batches of 20, 20 seeds. -------------
export const miniBatchPoints = 400;
export const miniBatchOptions = {
  hidden: [8],
  activation: 'sigmoid',
  output: 'identity',
  epochs: 30,
  learningRate: 0.01,
  batchSize: 20
} as const;
export const miniBatchSeeds = Array.from({ length: 20 }, (_, i) => i + 1);
/** Two targets: a loss of 1 (as above) and 0.5, twice the noise level. */
export const miniBatchTargets = [1, 0.5] as const;
const miniBatchRuns = miniBatchSeeds.map((seed) =>
  trainWithAndWithoutBias(lineData(3, seed, miniBatchPoints), { ...miniBatchOptions, seed })
);
const mbW = miniBatchRuns.map((r) => r.withBias.lossPerEpoch);
const mbN = miniBatchRuns.map((r) => r.withoutBias.lossPerEpoch);

/** The trained networks, for the tests. */
export const internals = { sigmoidOffsetRuns, sigmoidCentredRuns, tanhOffsetRuns, miniBatchRuns };

// --- A19: each layer's bias and weight gradients at the initial weights (offset data). ------
type Layered = { hidden: number[]; output: number[] };
function startGradients(activation: Activation, offset: number) {
  const ratio: Layered = { hidden: [], output: [] };
  const biasShare: Layered = { hidden: [], output: [] };
  for (const seed of seeds) {
    const data = lineData(offset, seed);
    const { layers } = trainMlp(data, { ...baseOptions, epochs: 0, activation, seed });
    const sizes = gradientSizesByLayer(layers, data, { activation, output: 'identity' });
    const total = sizes.reduce((s, g) => s + g.biasSquares + g.weightSquares, 0);
    (['hidden', 'output'] as const).forEach((name, l) => {
      ratio[name].push(sizes[l].bias / sizes[l].weight);
      biasShare[name].push(sizes[l].biasSquares / total);
    });
  }
  const range = (v: number[]) => ({ min: Math.min(...v), max: Math.max(...v) });
  return {
    /** Bias gradient RMS over weight gradient RMS, per layer, one entry per seed. */
    ratio,
    /** The layer's biases' share of the first-order loss drop of one step (sum of squared gradients). */
    biasShare,
    hiddenRatio: range(ratio.hidden),
    outputRatio: range(ratio.output),
    hiddenBiasShare: range(biasShare.hidden),
    outputBiasShare: range(biasShare.output)
  };
}
/** How much more the first full-batch step lowers the loss with biases than without. */
const firstStepGain = sigmoidOffsetRuns.map(
  ({ withBias: w, withoutBias: n }) => (w.lossPerEpoch[0] - w.lossPerEpoch[1]) / (n.lossPerEpoch[0] - n.lossPerEpoch[1])
);

// --- A21: the starting value of the biases (ReLU hidden units, offset data). ------------------
export const initOptions = { ...baseOptions, epochs: 40, activation: 'relu' } as const;
const biasInits = [-1, 0, 0.01, 0.5];
const initRuns = Object.fromEntries(
  biasInits.map((biasInit) => [biasInit, seeds.map((seed) => trainMlp(lineData(3, seed), { ...initOptions, seed, biasInit }))])
) as Record<number, MlpResult[]>;
const lossAt = (biasInit: number, epoch: number) => mean(initRuns[biasInit].map((r) => r.lossPerEpoch[epoch - 1]));
/** Hidden ReLU units that are off (z <= 0) for every training input at the start. */
const deadAtStart = (biasInit: number) =>
  mean(
    seeds.map((seed) => {
      const [hidden] = trainMlp(lineData(3, seed), { ...initOptions, epochs: 0, seed, biasInit }).layers;
      const xs = lineData(3, seed).map((s) => s.x[0]);
      return hidden.W.filter((row, i) => xs.every((x) => row[0] * x + hidden.b[i] <= 0)).length;
    })
  );

/** Imbalanced classes: the output bias that predicts the prior, and the loss it starts from. */
const prior = 0.1;
const priorBias = Math.log(prior / (1 - prior));
const labels = Array.from({ length: 100 }, (_, i) => (i < 100 * prior ? 1 : 0));
const startLoss = (b: number) => mean(labels.map((y) => logLoss(sigmoid(b), y)));

export const trainingFacts = {
  n: 13,
  hidden: 8,
  epochs: baseOptions.epochs,
  learningRate: baseOptions.learningRate,
  longEpochs,
  seedCount: seeds.length,
  threshold,

  sigmoidOffset: summarise(sigmoidOffsetRuns),
  sigmoidCentred: summarise(sigmoidCentredRuns),
  tanhOffset: summarise(tanhOffsetRuns),

  miniBatch: {
    points: miniBatchPoints,
    batchSize: miniBatchOptions.batchSize,
    stepsPerEpoch: miniBatchPoints / miniBatchOptions.batchSize,
    learningRate: miniBatchOptions.learningRate,
    epochs: miniBatchOptions.epochs,
    seedCount: miniBatchSeeds.length,
    /** The mean loss during the first epoch (each batch's loss before its step). */
    firstEpochWith: mean(mbW.map((l) => l[0])),
    firstEpochWithout: mean(mbN.map((l) => l[0])),
    reach1: reachSummary(mbW, mbN, miniBatchTargets[0]),
    reachHalf: reachSummary(mbW, mbN, miniBatchTargets[1]),
    finalWith: mean(mbW.map((l) => l[l.length - 1])),
    finalWithout: mean(mbN.map((l) => l[l.length - 1]))
  },

  gradSigmoidOffset: startGradients('sigmoid', 3),
  gradTanhOffset: startGradients('tanh', 3),
  gradTanhCentred: startGradients('tanh', 0),
  firstStepGain,
  minFirstStepGain: Math.min(...firstStepGain),
  maxFirstStepGain: Math.max(...firstStepGain),

  initEpochs: initOptions.epochs,
  biasInits,
  initLoss1: Object.fromEntries(biasInits.map((b) => [b, lossAt(b, 1)])) as Record<number, number>,
  initLoss10: Object.fromEntries(biasInits.map((b) => [b, lossAt(b, 10)])) as Record<number, number>,
  initLossEnd: Object.fromEntries(biasInits.map((b) => [b, lossAt(b, initOptions.epochs)])) as Record<number, number>,
  deadAtStart: Object.fromEntries(biasInits.map((b) => [b, deadAtStart(b)])) as Record<number, number>,

  prior,
  priorBias,
  startLossZeroBias: startLoss(0),
  startLossPriorBias: startLoss(priorBias)
};
