/**
 * Logistic regression: a sigmoid neuron trained by gradient descent on the
 * log loss. Its output reads as a probability of class 1.
 */
import type { LabeledPoint } from './datasets';
import { mean } from './linalg';
import { neuron } from './neuron';

/**
 * The log loss (cross-entropy) of predicting probability p for a point whose
 * class is label: −ln p if the label is 1, −ln(1 − p) if it is 0. p is clamped
 * to [1e-15, 1 − 1e-15] so that a confident mistake costs about 34.5 rather
 * than Infinity.
 *
 * @example
 * logLoss(0.9, 1); // 0.105…
 * logLoss(0.9, 0); // 2.302…
 */
export function logLoss(p: number, label: number): number {
  const clamped = Math.min(Math.max(p, 1e-15), 1 - 1e-15);
  return -(label * Math.log(clamped) + (1 - label) * Math.log(1 - clamped));
}

/**
 * The fraction of points classified correctly. predict may return a class
 * (0 or 1) or a probability: either way, outputs of 1/2 or more count as 1.
 *
 * @example
 * accuracy((x) => (x[0] > 2 ? 1 : 0), twoClass1d()); // 1
 */
export function accuracy(predict: (x: number[]) => number, points: readonly LabeledPoint[]): number {
  return mean(points.map(({ x, label }) => ((predict(x) >= 0.5 ? 1 : 0) === label ? 1 : 0)));
}

/** Options for {@link trainLogisticRegression}. */
export interface LogisticRegressionOptions {
  /** Whether to learn a bias; if false it stays 0. Defaults to true. */
  bias?: boolean;
  /** Passes of full-batch gradient descent; defaults to 200. */
  epochs?: number;
  /** Defaults to 0.5. */
  learningRate?: number;
  /** The strength λ of the penalty (λ/2)‖w‖² on the weights; defaults to 0. */
  l2?: number;
}

/** A trained logistic regression. */
export interface LogisticRegressionResult {
  weights: number[];
  bias: number;
  /** The mean log loss at the start of each epoch (without the L2 penalty). */
  lossPerEpoch: number[];
  /** The trained model: the probability that x belongs to class 1. */
  predict: (x: readonly number[]) => number;
}

/**
 * Trains logistic regression by batch gradient descent from zero weights. The
 * gradient of the mean log loss is mean((p − label) x) for the weights and
 * mean(p − label) for the bias. The L2 penalty applies to the weights only:
 * penalising the bias would pull the boundary towards the origin, the very
 * constraint the bias exists to lift.
 *
 * @example
 * const model = trainLogisticRegression(twoClass1d());
 * model.predict(greenPoint.x); // above 1/2
 */
export function trainLogisticRegression(
  points: readonly LabeledPoint[],
  { bias: learnBias = true, epochs = 200, learningRate = 0.5, l2 = 0 }: LogisticRegressionOptions = {},
): LogisticRegressionResult {
  if (points.length === 0) throw new Error('trainLogisticRegression: no points');
  const weights = new Array<number>(points[0].x.length).fill(0);
  let bias = 0;
  const lossPerEpoch: number[] = [];
  for (let epoch = 0; epoch < epochs; ++epoch) {
    const predict = neuron({ weights, bias });
    const weightGradient = weights.map((w) => l2 * w);
    let biasGradient = 0;
    let loss = 0;
    for (const { x, label } of points) {
      const p = predict(x);
      const error = (p - label) / points.length;
      for (let i = 0; i < weights.length; ++i) weightGradient[i] += error * x[i];
      biasGradient += error;
      loss += logLoss(p, label) / points.length;
    }
    lossPerEpoch.push(loss);
    for (let i = 0; i < weights.length; ++i) weights[i] -= learningRate * weightGradient[i];
    if (learnBias) bias -= learningRate * biasGradient;
  }
  return { weights, bias, lossPerEpoch, predict: neuron({ weights, bias }) };
}
