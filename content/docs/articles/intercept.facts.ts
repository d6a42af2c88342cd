/**
 * Numbers quoted in the prose of content/docs/articles/intercept.mdx, computed
 * with the neuron module from the same seeded data sets the article's cells use.
 * intercept.facts.test.ts (beside this file) checks each one independently.
 */
import {
  blobs2d,
  classifyLinear,
  dense,
  leastSquares,
  lineWithOffset,
  mulberry32,
  randomNormal,
  trainPerceptron,
  trainWithAndWithoutBias,
  type ActivationName,
  type MlpResult,
  type Sample,
} from '../../../src/neuron/index';

// --- Regression: lineWithOffset() with and without the constant term. -------
const line = lineWithOffset();
const lineXs = line.map((p) => p.x);
const lineYs = line.map((p) => p.y);
const fitWith = leastSquares(lineXs, lineYs);
const fitWithout = leastSquares(lineXs, lineYs, { intercept: false });

// --- Classification: blobs2d() and the perceptron. ---------------------------
const blobs = blobs2d();
const perceptronWith = trainPerceptron(blobs);
const perceptronWithout = trainPerceptron(blobs, { bias: false });
const accuracyOf = (weights: readonly number[], bias: number) =>
  blobs.filter((p) => classifyLinear(weights, bias, p.x) === p.label).length / blobs.length;

// The best any line through the origin can do: only its direction matters, so
// scan directions finely (every 0.01°) and keep the best accuracy.
let bestThroughOrigin = 0;
for (let i = 0; i < 36000; ++i) {
  const angle = (i / 36000) * 2 * Math.PI;
  bestThroughOrigin = Math.max(bestThroughOrigin, accuracyOf([Math.cos(angle), Math.sin(angle)], 0));
}

// --- A stack of bias-free layers maps 0 to 0 (unless sigmoid hidden units). --
/** Runs x through `depth` random bias-free layers of `width` units (seeded), then a linear read-out. */
export function biasFreeStack(x: readonly number[], activation: ActivationName, seed = 1, depth = 3, width = 8): number[] {
  const rand = mulberry32(seed);
  let a: number[] = [...x];
  for (let l = 0; l < depth; ++l) {
    const W = Array.from({ length: width }, () => a.map(() => randomNormal(rand, 0, 1)));
    a = dense(W, undefined, a, activation);
  }
  const readOut = [a.map(() => randomNormal(rand, 0, 1))];
  return dense(readOut, undefined, a);
}
const zeroInput = [0, 0];
const stackAtZero = {
  tanh: biasFreeStack(zeroInput, 'tanh')[0],
  relu: biasFreeStack(zeroInput, 'relu')[0],
  sigmoid: biasFreeStack(zeroInput, 'sigmoid')[0],
};

// --- An MLP on 1-D data that needs an offset (the cell's exact setup). -------
/** The training set of the article's MLP cell: 13 points around y = 0.8 x + 3 on [-3, 3]. */
export const mlpData: Sample[] = lineWithOffset({ n: 13, domain: [-3, 3] }).map((p) => ({ x: [p.x], y: [p.y] }));
/** The options of the article's MLP cell. */
export const mlpOptions = { hidden: [8], epochs: 80, learningRate: 0.05, output: 'identity' } as const;
const mlp = trainWithAndWithoutBias(mlpData, mlpOptions);

// --- MLPs on the blobs, with and without biases, three hidden activations. ---
const blobSamples: Sample[] = blobs.map((p) => ({ x: p.x, y: [p.label] }));
/** The options used for the blob networks. */
export const blobMlpOptions = { hidden: [8], epochs: 200, learningRate: 0.5 } as const;
const blobAccuracy = (net: MlpResult) =>
  blobSamples.filter((s) => (net.predict(s.x)[0] >= 0.5 ? 1 : 0) === s.y[0]).length / blobSamples.length;
const blobNets = Object.fromEntries(
  (['tanh', 'relu', 'sigmoid'] as const).map((activation) => {
    const { withBias, withoutBias } = trainWithAndWithoutBias(blobSamples, { ...blobMlpOptions, activation });
    return [activation, { withBias, withoutBias, accuracyWith: blobAccuracy(withBias), accuracyWithout: blobAccuracy(withoutBias) }];
  })
) as Record<'tanh' | 'relu' | 'sigmoid', { withBias: MlpResult; withoutBias: MlpResult; accuracyWith: number; accuracyWithout: number }>;

/** The trained networks and data behind the facts, for the tests. */
export const interceptInternals = { line, blobs, blobSamples, perceptronWith, perceptronWithout, mlp, blobNets };

export const interceptFacts = {
  // Regression.
  lineN: line.length,
  trueSlope: 0.8,
  trueIntercept: 3,
  slopeWith: fitWith.slope,
  interceptWith: fitWith.intercept,
  sseWith: fitWith.sse,
  rSquaredWith: fitWith.rSquared,
  slopeWithout: fitWithout.slope,
  sseWithout: fitWithout.sse,
  rSquaredWithout: fitWithout.rSquared,
  sseRatio: fitWithout.sse / fitWith.sse,
  // Perceptron on the blobs.
  blobN: blobs.length,
  perceptronEpochsWith: perceptronWith.errorsPerEpoch.length,
  perceptronConvergedWith: perceptronWith.converged,
  perceptronBiasWith: perceptronWith.bias,
  perceptronAccuracyWith: accuracyOf(perceptronWith.weights, perceptronWith.bias),
  perceptronEpochsWithout: perceptronWithout.errorsPerEpoch.length,
  perceptronConvergedWithout: perceptronWithout.converged,
  perceptronAccuracyWithout: accuracyOf(perceptronWithout.weights, 0),
  bestAccuracyThroughOrigin: bestThroughOrigin,
  // Bias-free stacks at the zero input.
  stackAtZero,
  // The 1-D MLP.
  mlpLossWith: mlp.withBias.lossPerEpoch[mlp.withBias.lossPerEpoch.length - 1],
  mlpLossWithout: mlp.withoutBias.lossPerEpoch[mlp.withoutBias.lossPerEpoch.length - 1],
  mlpAtZeroWith: mlp.withBias.predict([0])[0],
  mlpAtZeroWithout: mlp.withoutBias.predict([0])[0],
  // The blob MLPs: accuracy with and without biases, per hidden activation.
  blobAccuracy: {
    tanh: { with: blobNets.tanh.accuracyWith, without: blobNets.tanh.accuracyWithout },
    relu: { with: blobNets.relu.accuracyWith, without: blobNets.relu.accuracyWithout },
    sigmoid: { with: blobNets.sigmoid.accuracyWith, without: blobNets.sigmoid.accuracyWithout },
  },
};
