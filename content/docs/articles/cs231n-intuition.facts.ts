/**
 * Numbers quoted in the "CS231n intuition" article (A15, A16): the bias trick, the cost of a
 * bias in a CIFAR-10-sized linear layer, the constant input's (lack of) information, the 2-D
 * boundary with and without a bias, and the 1-D inputs lifted to height 1 (figure 3).
 * Computed with the neuron module; checked by cs231n-intuition.facts.test.ts (beside this
 * file). The article prints every number through the formatters below, rounded to what a
 * reader needs.
 */
import {
  accuracy,
  appendOne,
  blobs2d,
  boundaryDistanceFromOrigin,
  dense,
  denseBiasTrick,
  linspace,
  neuron,
  mulberry32,
  randomNormal,
  trainLogisticRegression,
  twoClass1d,
  uniform,
  variance,
  withBiasColumn
} from '../../../src/neuron/index';

export { dec as num, int, pct, tenTo } from '../../prose-numbers';
/** The smallest power of ten at or above a positive x, as the exponent: powerAbove(9.9e-16) is -15. */
export const powerAbove = (x: number): number => Math.ceil(Math.log10(x));

/** A toy linear classifier in the style of CS231n's 4-pixel, 3-class example. */
export const toy = {
  W: [
    [0.2, -0.5, 0.1, 2.0],
    [1.5, 1.3, 2.1, 0.0],
    [0.0, 0.25, 0.2, -0.3]
  ],
  b: [1.1, 3.2, -1.2],
  x: [56, 231, 24, 2]
};
const toyScores = dense(toy.W, toy.b, toy.x);
const toyTrick = denseBiasTrick(withBiasColumn(toy.W, toy.b), toy.x);

/** CIFAR-10's shapes in the CS231n notes: 32 x 32 x 3 = 3072 inputs, 10 classes. */
const inputs = 32 * 32 * 3;
const classes = 10;
const rand = mulberry32(231);
const W = Array.from({ length: classes }, () => Array.from({ length: inputs }, () => randomNormal(rand, 0, 0.001)));
const b = Array.from({ length: classes }, () => randomNormal(rand, 0, 0.1));
const x = Array.from({ length: inputs }, () => uniform(rand, 0, 255));
const Wb = withBiasColumn(W, b);
const cifarScores = dense(W, b, x);
const cifarTrick = denseBiasTrick(Wb, x);
const maxAbsDiff = (u: number[], v: number[]) => Math.max(...u.map((ui, i) => Math.abs(ui - v[i])));

/** Parameters, counted from the matrices themselves. */
const weightCount = W.reduce((n, row) => n + row.length, 0);
const biasCount = b.length;
const paramCount = Wb.reduce((n, row) => n + row.length, 0);

/** Arithmetic per example for z = W x + b: a dot product of length `inputs` per class, then one addition. */
const forwardMultiplications = classes * inputs;
const forwardWeightAdditions = classes * (inputs - 1);
const forwardBiasAdditions = classes;
/** Backward, for a batch: dL/dW = sum_n dL/dz_n x_n^T, dL/db = sum_n dL/dz_n. */
const batch = 256;
const backwardWeightMultiplications = batch * classes * inputs;
const backwardWeightAdditions = (batch - 1) * classes * inputs;
const backwardBiasAdditions = (batch - 1) * classes;

/** The bias's gradient is the sum of the units' gradients over the batch: a finite-difference check. */
const gradBatch = blobs2d({ n: 5, seed: 2 }).map((p) => p.x);
const gradW = [
  [0.5, -1],
  [2, 0.3],
  [-0.7, 0.8]
];
const gradB = [0.1, -0.4, 0.25];
/** A smooth loss of the scores, L = ½ Σ_n ‖z_n‖², so that dL/dz_n = z_n. */
const loss = (bias: number[]) => gradBatch.reduce((s, xn) => s + dense(gradW, bias, xn).reduce((t, z) => t + (z * z) / 2, 0), 0);
const h = 1e-6;
const biasGradFiniteDiff = gradB.map((_, i) => {
  const up = gradB.map((v, j) => (j === i ? v + h : v));
  const down = gradB.map((v, j) => (j === i ? v - h : v));
  return (loss(up) - loss(down)) / (2 * h);
});
const biasGradSumOfDz = gradB.map((_, i) => gradBatch.reduce((s, xn) => s + dense(gradW, gradB, xn)[i], 0));

/** The constant input: zero variance across a data set, unlike the real inputs. */
const augmented = blobs2d().map((p) => appendOne(p.x));
const columnVariances = [0, 1, 2].map((j) => variance(augmented.map((row) => row[j])));

/** Adding c to every bias changes every score by c, for every input (figure 2's layer and inputs). */
const shift = 0.75;
const shiftInputs = blobs2d({ n: 10, seed: 4 });
const shiftedBy = shiftInputs.flatMap((p) => {
  const before = dense(gradW, gradB, p.x);
  const after = dense(gradW, gradB.map((v) => v + shift), p.x);
  return after.map((a, i) => a - before[i]);
});

/** The 2-D picture: logistic regression on blobs2d with and without a bias. */
const blobs = blobs2d();
const withBias = trainLogisticRegression(blobs, { bias: true, epochs: 500 });
const noBias = trainLogisticRegression(blobs, { bias: false, epochs: 500 });

/** Without a bias, training settles on a line that puts both blobs on the positive side. */
const noBiasAllClass1 = blobs.every((p) => noBias.predict(p.x) >= 0.5);

/** The best any line through the origin does on the blobs: every direction, 0.1 degree apart. */
const bestOriginLineAccuracy = Math.max(
  ...linspace(0, 2 * Math.PI, 3601).map((t) => accuracy(neuron({ weights: [Math.cos(t), Math.sin(t)], activation: 'step' }), blobs))
);

/**
 * Figure 3: 1-D inputs with the constant 1 appended, (x, 1), classified by a neuron with no
 * bias of its own and weights [w, b]. Its zero line passes through the origin of the (x, 1)
 * plane and crosses height 1 at x = −b/w. The cell's sliders start at these values.
 */
export const lift = { w: 2, b: -5 };
const line1d = twoClass1d();
const lifted = line1d.map((p) => ({ x: appendOne(p.x), label: p.label }));
const liftedNeuron = neuron({ weights: [lift.w, lift.b], activation: 'step' });
const plainNeuron = neuron({ weights: [lift.w], bias: lift.b, activation: 'step' });
const liftedBiasFree = neuron({ weights: [lift.w, 0], activation: 'step' });

export const cs231nFacts = {
  toyScores,
  toyTrick,
  toyMaxDiff: maxAbsDiff(toyScores, toyTrick),

  inputs,
  classes,
  weightCount,
  biasCount,
  paramCount,
  trickColumns: Wb[0].length,
  biasShareOfParams: biasCount / paramCount,
  /** One parameter in this many is a bias. */
  paramsPerBias: paramCount / biasCount,
  cifarMaxDiff: maxAbsDiff(cifarScores, cifarTrick),

  forwardMultiplications,
  forwardWeightAdditions,
  forwardBiasAdditions,
  forwardOps: forwardMultiplications + forwardWeightAdditions + forwardBiasAdditions,
  biasShareOfForwardOps: forwardBiasAdditions / (forwardMultiplications + forwardWeightAdditions + forwardBiasAdditions),
  /** One forward operation in this many is a bias's addition. */
  forwardOpsPerBiasAddition: (forwardMultiplications + forwardWeightAdditions + forwardBiasAdditions) / forwardBiasAdditions,
  batch,
  backwardWeightMultiplications,
  backwardWeightAdditions,
  backwardBiasAdditions,

  biasGradFiniteDiff,
  biasGradSumOfDz,
  biasGradMaxDiff: maxAbsDiff(biasGradFiniteDiff, biasGradSumOfDz),
  /** The finite differences agree with the sum to within 10 to this power. */
  biasGradDiffExponent: powerAbove(maxAbsDiff(biasGradFiniteDiff, biasGradSumOfDz)),
  gradBatchSize: gradBatch.length,

  constantColumnVariance: columnVariances[2],
  inputVariances: columnVariances.slice(0, 2),

  shift,
  shiftInputCount: shiftInputs.length,
  shiftUnitCount: gradW.length,
  shiftScoreCount: shiftedBy.length,
  shiftSpread: Math.max(...shiftedBy) - Math.min(...shiftedBy),
  /** The changes differ from one another by less than 10 to this power. */
  shiftSpreadExponent: powerAbove(Math.max(...shiftedBy) - Math.min(...shiftedBy)),
  shiftMean: shiftedBy.reduce((s, v) => s + v, 0) / shiftedBy.length,

  bestOriginLineAccuracy,
  blobsWithBiasAccuracy: accuracy(withBias.predict, blobs),
  blobsNoBiasAccuracy: accuracy(noBias.predict, blobs),
  blobsNoBiasAllClass1: noBiasAllClass1,
  blobsCount: blobs.length,
  blobsWithBiasDistance: boundaryDistanceFromOrigin(withBias.weights, withBias.bias),
  blobsWithBiasWeights: withBias.weights,
  blobsWithBiasBias: withBias.bias,

  liftPoints: lifted.length,
  liftHeights: lifted.map((p) => p.x[1]),
  liftThreshold: -lift.b / lift.w,
  liftAccuracy: accuracy(liftedNeuron, lifted),
  /** The lifted, bias-free neuron and the ordinary one with bias b answer alike on every input. */
  liftSameAsBias: line1d.every((p) => liftedNeuron(appendOne(p.x)) === plainNeuron(p.x)),
  /** With b = 0 the zero line is the vertical axis, and every input is on its positive side. */
  liftNoBiasAccuracy: accuracy(liftedBiasFree, lifted),
  liftClassAMax: Math.max(...line1d.filter((p) => p.label === 0).map((p) => p.x[0])),
  liftClassBMin: Math.min(...line1d.filter((p) => p.label === 1).map((p) => p.x[0]))
};
