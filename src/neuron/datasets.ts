/**
 * Small synthetic data sets, each built so that the bias matters: the classes
 * or the line sit away from the origin. All are deterministic given a seed.
 */
import { linspace } from './linalg';
import { mulberry32, randomNormal, uniform } from './rng';

/** A classification example: an input vector and its class, 0 or 1. */
export interface LabeledPoint {
  x: number[];
  label: 0 | 1;
}

/** A regression example for a network: an input vector and a target vector. */
export interface Sample {
  x: number[];
  y: number[];
}

/** A point in the plane, ready to plot. */
export interface Point {
  x: number;
  y: number;
}

/** Options for {@link twoClass1d}. */
export interface TwoClass1dOptions {
  /** Points per class; defaults to 20. */
  n?: number;
  seed?: number;
  /** Where class A (label 0) is spread uniformly; defaults to [1, 2]. */
  classA?: readonly [number, number];
  /** Where class B (label 1) is spread uniformly; defaults to [3, 4]. */
  classB?: readonly [number, number];
}

/**
 * Two classes on the positive number line with a gap between them, away from
 * 0: A (label 0) in [1, 2], B (label 1) in [3, 4]. A neuron without a bias
 * computes sigmoid(w x), which is on the same side of 1/2 for every positive x,
 * so it gives every point the same answer; with a bias the step can sit in the
 * gap. Class A comes first, then class B.
 *
 * @example
 * twoClass1d({ n: 2 }); // [{ x: [1.…], label: 0 }, …, { x: [3.…], label: 1 }, …]
 */
export function twoClass1d({ n = 20, seed = 1, classA = [1, 2], classB = [3, 4] }: TwoClass1dOptions = {}): LabeledPoint[] {
  const rand = mulberry32(seed);
  const spread = ([min, max]: readonly [number, number], label: 0 | 1): LabeledPoint[] =>
    Array.from({ length: n }, () => ({ x: [uniform(rand, min, max)], label }));
  return [...spread(classA, 0), ...spread(classB, 1)];
}

/**
 * A point on class B's side of twoClass1d's gap (at x = 2.75, label 1), not in
 * the training data. A bias-free neuron gives it the same answer as every
 * class A point, whatever its weight; a neuron with a bias can tell them apart.
 *
 * @example
 * neuron({ weights: [1000] })(greenPoint.x); // 1, and also 1 for x = 1.5 in class A
 */
export const greenPoint: LabeledPoint = { x: [2.75], label: 1 };

/** Options for {@link blobs2d}. */
export interface Blobs2dOptions {
  /** Points per class; defaults to 50. */
  n?: number;
  seed?: number;
  /** The centres of class 0 and class 1; defaults to [[1, 1], [3.5, 3.5]]. */
  centers?: readonly [readonly [number, number], readonly [number, number]];
  /** The standard deviation of each blob in x and in y; defaults to 0.5. */
  sd?: number;
}

/**
 * Two Gaussian blobs in the plane, class 0 around centers[0] and class 1
 * around centers[1]. The default centres lie on one ray from the origin, so
 * the separating line (near x + y = 4.5) misses the origin by about 3.2 and no
 * line through the origin can separate the classes: each such line cuts both
 * blobs or neither.
 *
 * @example
 * blobs2d({ n: 100, seed: 3 }).length; // 200
 */
export function blobs2d({
  n = 50,
  seed = 1,
  centers = [
    [1, 1],
    [3.5, 3.5],
  ],
  sd = 0.5,
}: Blobs2dOptions = {}): LabeledPoint[] {
  const rand = mulberry32(seed);
  const blob = ([cx, cy]: readonly [number, number], label: 0 | 1): LabeledPoint[] =>
    Array.from({ length: n }, () => ({ x: [randomNormal(rand, cx, sd), randomNormal(rand, cy, sd)], label }));
  return [...blob(centers[0], 0), ...blob(centers[1], 1)];
}

/**
 * The four XOR examples, as network samples: y is 1 when exactly one input is
 * 1. Note the input (0, 0): a network without biases maps it to the same
 * output whatever its weights, because every weighted sum is 0.
 *
 * @example
 * xorData()[1]; // { x: [0, 1], y: [1] }
 */
export function xorData(): Sample[] {
  return [
    { x: [0, 0], y: [0] },
    { x: [0, 1], y: [1] },
    { x: [1, 0], y: [1] },
    { x: [1, 1], y: [0] },
  ];
}

/** Options for {@link lineWithOffset}. */
export interface LineWithOffsetOptions {
  /** Number of points; defaults to 30. */
  n?: number;
  /** Defaults to 0.8. */
  slope?: number;
  /** Where the true line crosses x = 0; defaults to 3. */
  intercept?: number;
  /** The standard deviation of the Gaussian noise added to y; defaults to 0.5. */
  noise?: number;
  seed?: number;
  /** The x values are evenly spaced over this interval; defaults to [0, 10]. */
  domain?: readonly [number, number];
}

/**
 * Noisy points around the line y = slope · x + intercept, which misses the
 * origin: data that a line through the origin (no bias) fits badly.
 *
 * @example
 * lineWithOffset({ noise: 0 })[0]; // { x: 0, y: 3 }
 */
export function lineWithOffset({ n = 30, slope = 0.8, intercept = 3, noise = 0.5, seed = 1, domain = [0, 10] }: LineWithOffsetOptions = {}): Point[] {
  const rand = mulberry32(seed);
  return linspace(domain[0], domain[1], n).map((x) => ({ x, y: slope * x + intercept + randomNormal(rand, 0, noise) }));
}
