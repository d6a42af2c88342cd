/**
 * Numbers quoted in the "shift" article (A5, A6): where sigmoid(w x + b) crosses 1/2,
 * and what logistic regression learns on twoClass1d with and without a bias.
 * Everything is computed with the neuron module; shift.facts.test.ts (beside this file) checks it.
 */
import {
  accuracy,
  greenPoint,
  linspace,
  logLoss,
  mean,
  neuron,
  neuronOutput,
  stepPosition,
  trainLogisticRegression,
  twoClass1d
} from '../../../src/neuron/index';

/** The training set of the article: class A (label 0) in [1, 2], class B (label 1) in [3, 4]. */
const data = twoClass1d();
const xsA = data.filter((p) => p.label === 0).map((p) => p.x[0]);
const xsB = data.filter((p) => p.label === 1).map((p) => p.x[0]);

/** Training settings used by the article's cells: the module's defaults. */
const epochs = 200;
const learningRate = 0.5;

const noBias = trainLogisticRegression(data, { bias: false, epochs, learningRate });
const withBias = trainLogisticRegression(data, { bias: true, epochs, learningRate });
/** The same models trained 25 times longer: what happens to w if we keep going? */
const longEpochs = 5000;
const noBiasLong = trainLogisticRegression(data, { bias: false, epochs: longEpochs, learningRate });
const withBiasLong = trainLogisticRegression(data, { bias: true, epochs: longEpochs, learningRate });

/** The best accuracy any bias-free neuron sigmoid(w x) reaches on the data, over w in [-100, 100]. */
const bestNoBiasAccuracy = Math.max(...linspace(-100, 100, 2001).map((w) => accuracy(neuron({ weights: [w] }), data)));

/** Classes on both sides of 0: A in [-2, -1], B in [1, 2]. Here no bias is needed. */
const symmetric = twoClass1d({ classA: [-2, -1], classB: [1, 2] });
const symmetricNoBias = trainLogisticRegression(symmetric, { bias: false, epochs, learningRate });
const symmetricNoBiasLong = trainLogisticRegression(symmetric, { bias: false, epochs: longEpochs, learningRate });

const w = 2;

/** A hand-set neuron with a bias: switch at 2.5, in the gap. */
const handW = 10;
const handB = -25;
const hand = neuron({ weights: [handW], bias: handB });

/** The first number of epochs after which the neuron with a bias classifies every training point. */
let withBiasSeparatedAt = NaN;
for (let k = 1; k <= epochs; ++k) {
  if (accuracy(trainLogisticRegression(data, { bias: true, epochs: k, learningRate }).predict, data) === 1) {
    withBiasSeparatedAt = k;
    break;
  }
}

/** The mean log loss of a trained model on the data (lossPerEpoch holds the loss before each update). */
const finalLoss = (model: { predict: (x: readonly number[]) => number }, points = data) =>
  mean(points.map((p) => logLoss(model.predict(p.x), p.label)));

export const shiftFacts = {
  /** The example weight of the first figure. */
  w,
  /** Where sigmoid(2x + 2) and sigmoid(2x - 2) cross 1/2: at -b/w. */
  stepAtBPlus2: stepPosition(w, 2),
  stepAtBMinus2: stepPosition(w, -2),
  /** sigmoid(w * 0) for the example weight: 1/2, as for every w. */
  outputAtZero: neuronOutput(0, { w }),

  /** The data. */
  pointsPerClass: xsA.length,
  classAMax: Math.max(...xsA),
  classBMin: Math.min(...xsB),
  greenX: greenPoint.x[0],
  epochs,
  learningRate,
  longEpochs,

  /** Logistic regression without a bias. */
  noBiasW: noBias.weights[0],
  noBiasLossStart: noBias.lossPerEpoch[0],
  noBiasLossEnd: finalLoss(noBias),
  noBiasAccuracy: accuracy(noBias.predict, data),
  noBiasGreen: noBias.predict(greenPoint.x),
  /** Outputs of the bias-free model at the smallest and largest class A points. */
  noBiasLowestA: noBias.predict([Math.min(...xsA)]),
  noBiasHighestA: noBias.predict([Math.max(...xsA)]),
  /** How many class A points the bias-free model calls class B. */
  noBiasAWrong: data.filter((p) => p.label === 0 && noBias.predict(p.x) >= 0.5).length,
  noBiasWLong: noBiasLong.weights[0],
  noBiasLossLong: finalLoss(noBiasLong),
  bestNoBiasAccuracy,

  /** The hand-set neuron of figure 3. */
  handW,
  handB,
  handStep: stepPosition(handW, handB),
  handAccuracy: accuracy(hand, data),
  handGreen: hand(greenPoint.x),

  /** Logistic regression with a bias. */
  withBiasSeparatedAt,
  withBiasW: withBias.weights[0],
  withBiasB: withBias.bias,
  withBiasStep: stepPosition(withBias.weights[0], withBias.bias),
  withBiasLossEnd: finalLoss(withBias),
  withBiasAccuracy: accuracy(withBias.predict, data),
  withBiasGreen: withBias.predict(greenPoint.x),
  withBiasWLong: withBiasLong.weights[0],
  withBiasStepLong: stepPosition(withBiasLong.weights[0], withBiasLong.bias),
  withBiasLossLong: finalLoss(withBiasLong),

  /** Classes on both sides of 0, no bias. */
  symmetricNoBiasAccuracy: accuracy(symmetricNoBias.predict, symmetric),
  symmetricNoBiasW: symmetricNoBias.weights[0],
  symmetricNoBiasWLong: symmetricNoBiasLong.weights[0]
};
