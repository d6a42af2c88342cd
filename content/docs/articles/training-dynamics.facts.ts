/**
 * Numbers quoted in the "training dynamics" article (A18-A21): small networks trained with and
 * without biases from the same initial weights, the size of the bias and weight gradients, and
 * what the starting value of a bias does. Computed with the neuron module; checked by
 * training-dynamics.facts.test.ts (beside this file).
 */
import {
  lineWithOffset,
  logLoss,
  mean,
  sigmoid,
  trainMlp,
  trainWithAndWithoutBias,
  xorData,
  type MlpOptions,
  type MlpResult,
  type Sample
} from '../../../src/neuron/index';

/** The article's data: 13 noisy points around y = 0.8 x + offset on [-3, 3] (x = 0 is one of them). */
export const lineData = (offset: number, seed: number): Sample[] =>
  lineWithOffset({ n: 13, domain: [-3, 3], intercept: offset, seed }).map((p) => ({ x: [p.x], y: [p.y] }));

/** The options of the article's first cell (the reader's sliders change offset, seed and rate). */
export const baseOptions = { hidden: [8], epochs: 60, learningRate: 0.05, output: 'identity' } as const;
/** For the facts the same networks train longer, to see where they end. */
export const longEpochs = 200;
export const seeds = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** "Reached" means a mean squared error below 1 (the noise alone gives about 0.25). */
export const threshold = 1;

const firstEpochBelow = (losses: readonly number[], level: number) => {
  const i = losses.findIndex((l) => l < level);
  return i < 0 ? Infinity : i + 1;
};

type Activation = NonNullable<MlpOptions['activation']>;
const runs = (activation: Activation, offset: number) =>
  seeds.map((seed) => trainWithAndWithoutBias(lineData(offset, seed), { ...baseOptions, epochs: longEpochs, activation, seed }));

function summarise(pairs: { withBias: MlpResult; withoutBias: MlpResult }[]) {
  const w = pairs.map((p) => p.withBias.lossPerEpoch);
  const n = pairs.map((p) => p.withoutBias.lossPerEpoch);
  const reachWith = w.map((l) => firstEpochBelow(l, threshold));
  const reachWithout = n.map((l) => firstEpochBelow(l, threshold));
  return {
    reachWith,
    reachWithout,
    meanReachWith: mean(reachWith),
    meanReachWithout: mean(reachWithout),
    /** Seeds where the network with biases got below the threshold strictly sooner. */
    seedsBiasFaster: reachWith.filter((r, i) => r < reachWithout[i]).length,
    /** Seeds where the network without biases got there strictly sooner. */
    seedsBiasSlower: reachWith.filter((r, i) => r > reachWithout[i]).length,
    lossAt5With: mean(w.map((l) => l[4])),
    lossAt5Without: mean(n.map((l) => l[4])),
    finalWith: mean(w.map((l) => l[longEpochs - 1])),
    finalWithout: mean(n.map((l) => l[longEpochs - 1])),
    /** Seeds where the network without biases ended at least as low. */
    seedsWithoutNotWorse: w.filter((l, i) => n[i][longEpochs - 1] <= l[longEpochs - 1]).length,
    maxFinalRelDiff: Math.max(...w.map((l, i) => Math.abs(n[i][longEpochs - 1] - l[longEpochs - 1]) / l[longEpochs - 1]))
  };
}

// --- A18: four settings, ten seeds each. -----------------------------------------------------
const sigmoidOffsetRuns = runs('sigmoid', 3);
const tanhOffsetRuns = runs('tanh', 3);
const tanhCentredRuns = runs('tanh', 0);

/** The trained networks, for the tests. */
export const internals = { sigmoidOffsetRuns, tanhOffsetRuns, tanhCentredRuns };

// --- A19: bias vs weight gradient per parameter, first epoch (= at the initial weights). -----
const ratioAtStart = (r: MlpResult) => r.biasGradNormPerEpoch[0] / r.weightGradNormPerEpoch[0];
const gradientRatios = (activation: Activation, offset: number) =>
  seeds.map((seed) => ratioAtStart(trainMlp(lineData(offset, seed), { ...baseOptions, epochs: 1, activation, seed })));
const ratiosSigmoidOffset = gradientRatios('sigmoid', 3);
const ratiosTanhOffset = gradientRatios('tanh', 3);
const ratiosTanhCentred = gradientRatios('tanh', 0);
/** XOR (inputs 0 and 1, not centred; targets balanced): the ratio depends on the seed. */
const xorRatios = seeds.map((seed) => ratioAtStart(trainMlp(xorData(), { hidden: [8], epochs: 1, learningRate: 0.5, seed })));
/** The ratio over the epochs of the gradient cell's default run (tanh, offset 3, seed 1). */
const defaultRun = trainMlp(lineData(3, 1), { ...baseOptions, activation: 'tanh', seed: 1 });
const defaultRatios = defaultRun.biasGradNormPerEpoch.map((g, i) => g / defaultRun.weightGradNormPerEpoch[i]);

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
  tanhOffset: summarise(tanhOffsetRuns),
  tanhCentred: summarise(tanhCentredRuns),

  ratiosSigmoidOffset,
  ratiosTanhOffset,
  ratiosTanhCentred,
  minRatioSigmoidOffset: Math.min(...ratiosSigmoidOffset),
  maxRatioSigmoidOffset: Math.max(...ratiosSigmoidOffset),
  minRatioTanhOffset: Math.min(...ratiosTanhOffset),
  maxRatioTanhOffset: Math.max(...ratiosTanhOffset),
  maxRatioTanhCentred: Math.max(...ratiosTanhCentred),
  xorRatios,
  minRatioXor: Math.min(...xorRatios),
  maxRatioXor: Math.max(...xorRatios),
  defaultRatioStart: defaultRatios[0],
  defaultRatioEnd: defaultRatios[defaultRatios.length - 1],
  defaultMinRatio: Math.min(...defaultRatios),

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
