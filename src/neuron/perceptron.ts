/**
 * Rosenblatt's perceptron: a step neuron trained by nudging its weights (and
 * bias) towards each example it gets wrong.
 */
import { step } from './activation';
import type { LabeledPoint } from './datasets';
import { preActivation } from './neuron';
import { mulberry32, shuffle } from './rng';

/**
 * The class a linear threshold unit assigns to x: 1 when w · x + b ≥ 0, else 0.
 *
 * @example
 * classifyLinear([1, 1], -3, [2, 2]); // 1
 * classifyLinear([1, 1], -3, [1, 1]); // 0
 */
export function classifyLinear(weights: readonly number[], bias: number, x: readonly number[]): 0 | 1 {
  return step(preActivation(weights, bias, x)) === 1 ? 1 : 0;
}

/** Options for {@link trainPerceptron}. */
export interface PerceptronOptions {
  /** Whether to learn a bias; if false it stays 0. Defaults to true. */
  bias?: boolean;
  /** The most passes over the data; training stops early after an error-free pass. Defaults to 50. */
  epochs?: number;
  /** How far each mistake moves the weights; defaults to 1. */
  learningRate?: number;
  /** If given, the points are visited in a fresh seeded random order each epoch; otherwise in the order given. */
  seed?: number;
}

/** A trained perceptron. */
export interface PerceptronResult {
  weights: number[];
  bias: number;
  /** The number of mistakes made (and corrected) during each epoch. */
  errorsPerEpoch: number[];
  /** Whether the last epoch was free of mistakes, so every point is classified correctly. */
  converged: boolean;
}

/**
 * Trains a perceptron, starting from all-zero weights. On each mistake the
 * weights move by learningRate · (label − prediction) · x, and the bias by
 * learningRate · (label − prediction), as if it were a weight on a constant
 * input of 1. If the classes can be split by a line (through the origin, when
 * bias is false), this finds one.
 *
 * @example
 * const { weights, bias, converged } = trainPerceptron(blobs2d());
 */
export function trainPerceptron(
  points: readonly LabeledPoint[],
  { bias: learnBias = true, epochs = 50, learningRate = 1, seed }: PerceptronOptions = {},
): PerceptronResult {
  if (points.length === 0) throw new Error('trainPerceptron: no points');
  const rand = seed === undefined ? undefined : mulberry32(seed);
  const weights = new Array<number>(points[0].x.length).fill(0);
  let bias = 0;
  const errorsPerEpoch: number[] = [];
  for (let epoch = 0; epoch < epochs; ++epoch) {
    let errors = 0;
    for (const { x, label } of rand ? shuffle(points, rand) : points) {
      const error = label - classifyLinear(weights, bias, x);
      if (error === 0) continue;
      ++errors;
      for (let i = 0; i < weights.length; ++i) weights[i] += learningRate * error * x[i];
      if (learnBias) bias += learningRate * error;
    }
    errorsPerEpoch.push(errors);
    if (errors === 0) break;
  }
  return { weights, bias, errorsPerEpoch, converged: errorsPerEpoch[errorsPerEpoch.length - 1] === 0 };
}
