/**
 * A single artificial neuron: output = activation(w · x + b). The bias b is the
 * one parameter that does not multiply an input; it sets how large the
 * weighted sum must be before the neuron "fires", and so where its step sits.
 */
import { activations, type ActivationName } from './activation';
import { dot, norm } from './linalg';

/**
 * The weighted sum w · x + b that a neuron feeds to its activation.
 *
 * @example
 * preActivation([2, -1], 0.5, [1, 1]); // 1.5
 */
export function preActivation(weights: readonly number[], bias: number, x: readonly number[]): number {
  return dot(weights, x) + bias;
}

/** Options for {@link neuron}. */
export interface NeuronOptions {
  /** One weight per input. */
  weights: readonly number[];
  /** Added to the weighted sum; defaults to 0 (no bias). */
  bias?: number;
  /** Defaults to 'sigmoid'. */
  activation?: ActivationName;
}

/**
 * Returns a neuron as a function from an input vector to its output.
 *
 * @example
 * const n = neuron({ weights: [1, 1], bias: -1.5, activation: 'step' }); // an AND gate
 * n([1, 1]); // 1
 * n([1, 0]); // 0
 */
export function neuron({ weights, bias = 0, activation = 'sigmoid' }: NeuronOptions): (x: readonly number[]) => number {
  const f = activations[activation];
  return (x) => f(preActivation(weights, bias, x));
}

/** Options for {@link neuronOutput}: a one-input neuron. */
export interface NeuronOutputOptions {
  /** The weight: how steep the response is (and which way it faces). */
  w: number;
  /** The bias: with w, where the response changes (at x = −b/w). Defaults to 0. */
  b?: number;
  /** Defaults to 'sigmoid'. */
  activation?: ActivationName;
}

/**
 * The output of a one-input neuron, activation(w x + b): the curve an article
 * plots against x.
 *
 * @example
 * neuronOutput(2, { w: 1, b: -2 }); // 0.5, since the step sits at x = 2
 */
export function neuronOutput(x: number, { w, b = 0, activation = 'sigmoid' }: NeuronOutputOptions): number {
  return activations[activation](preActivation([w], b, [x]));
}

/**
 * Where a one-input neuron switches: the x at which w x + b = 0, so that
 * sigmoid(w x + b) = 1/2. That is −b/w: the bias moves the step, the weight
 * only scales the distance. A neuron with w = 0 is flat (it outputs
 * activation(b) everywhere) and has no step, so this returns NaN.
 *
 * @example
 * stepPosition(10, -30); // 3
 * stepPosition(0, 1); // NaN
 */
export function stepPosition(w: number, b: number): number {
  return w === 0 ? NaN : -b / w;
}

/**
 * The decision boundary of a two-input neuron, as a line in the plane.
 * Non-vertical lines are y = slope · x + intercept; when the second weight is 0
 * the line is vertical, at the given x. When both weights are 0 there is no
 * line at all, and x is NaN.
 */
export type DecisionBoundary = { vertical: false; slope: number; intercept: number } | { vertical: true; x: number };

/**
 * The line w₁x + w₂y + b = 0 that separates a two-input neuron's two answers.
 * Without a bias (b = 0) the intercept is always 0: the line is pinned to the
 * origin and can only turn.
 *
 * @example
 * decisionBoundary2d([1, 1], -4); // { vertical: false, slope: -1, intercept: 4 }
 * decisionBoundary2d([2, 0], -4); // { vertical: true, x: 2 }
 */
export function decisionBoundary2d([w1, w2]: readonly [number, number], b: number): DecisionBoundary {
  if (w2 !== 0) return { vertical: false, slope: -w1 / w2, intercept: -b / w2 };
  return { vertical: true, x: stepPosition(w1, b) };
}

/**
 * The distance from the origin to the boundary w · x + b = 0, in any number of
 * dimensions: |b| / ‖w‖. Zero whenever b is 0, which is the whole point of a
 * bias. NaN when every weight is 0.
 *
 * @example
 * boundaryDistanceFromOrigin([3, 4], 10); // 2
 */
export function boundaryDistanceFromOrigin(weights: readonly number[], bias: number): number {
  const length = norm(weights);
  return length === 0 ? NaN : Math.abs(bias) / length;
}
