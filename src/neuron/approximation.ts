/**
 * Universal approximation by hand, after Michael Nielsen's "Neural Networks
 * and Deep Learning", chapter 4. A sigmoid neuron with a large weight w is
 * almost a step, and its bias b = −w s places the step at x = s. Two opposite
 * steps make a bump; a row of bumps traces any continuous function, and more
 * neurons trace it more closely.
 */
import { sigmoid } from './activation';
import { linspace } from './linalg';
import { neuronOutput } from './neuron';

/** Options for {@link stepNeuron}. */
export interface StepNeuronOptions {
  /** Where the step happens. */
  s: number;
  /** The weight: the larger, the sharper the step. Defaults to 1000. */
  w?: number;
}

/**
 * A sigmoid neuron used as a step at x = s: sigmoid(w (x − s)), that is a
 * neuron with weight w and bias b = −w s.
 *
 * @example
 * stepNeuron(0.29, { s: 0.3 }); // ≈ 0 (0.0000454)
 * stepNeuron(0.31, { s: 0.3 }); // ≈ 1
 */
export function stepNeuron(x: number, { s, w = 1000 }: StepNeuronOptions): number {
  return neuronOutput(x, { w, b: -w * s });
}

/** A rectangle of the given height on [start, end). */
export interface Bump {
  start: number;
  end: number;
  height: number;
}

/**
 * A bump: height · (a step up at start − a step down at end). Two hidden
 * neurons and their output weights ±height.
 *
 * @example
 * bump(0.5, { start: 0.4, end: 0.6, height: 0.8 }); // ≈ 0.8
 * bump(0.7, { start: 0.4, end: 0.6, height: 0.8 }); // ≈ 0
 */
export function bump(x: number, { start, end, height, w = 1000 }: Bump & { w?: number }): number {
  return height * (stepNeuron(x, { s: start, w }) - stepNeuron(x, { s: end, w }));
}

/** Options for {@link bumpApproximation}. */
export interface BumpApproximationOptions {
  /** The number of bumps (each uses two hidden neurons). */
  n: number;
  /** The interval to cover; defaults to [0, 1]. */
  domain?: readonly [number, number];
  /**
   * The hidden neurons' weight; defaults to 1000. Each step takes about 10/w to
   * rise, which should be small next to a bump's width, so scale w with n:
   * w = 100 n makes every rise about a tenth of a bump.
   */
  w?: number;
}

/** A one-hidden-layer network built from bumps, written out as parameters. */
export interface BumpApproximation {
  bumps: Bump[];
  /** The network's output at x: the sum of the bumps. */
  evaluate: (x: number) => number;
  /** The hidden neurons' weights (all w), in pairs: the up step then the down step of each bump. */
  weights: number[];
  /** The hidden neurons' biases, −w · start and −w · end for each bump: the biases place the steps. */
  biases: number[];
  /** The output weights, +height and −height for each bump. */
  outputWeights: number[];
}

/**
 * Approximates f on a domain by n equal-width bumps, each as high as f at the
 * bump's midpoint. The result is a staircase, so the error shrinks roughly like
 * 1/n for a smooth f. Within a few 1/w of the domain's two ends the outermost
 * steps are only half risen (sigmoid(0) = 1/2), so measure the error slightly
 * inside the domain.
 *
 * @example
 * const f = (x: number) => 0.2 + 0.4 * x ** 2 + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);
 * const approx = bumpApproximation(f, { n: 20, w: 2000 });
 * approx.evaluate(0.52); // ≈ f(0.525), the height of the bump over [0.5, 0.55)
 */
export function bumpApproximation(f: (x: number) => number, { n, domain = [0, 1], w = 1000 }: BumpApproximationOptions): BumpApproximation {
  const edges = linspace(domain[0], domain[1], n + 1);
  const bumps = edges.slice(0, -1).map((start, i) => {
    const end = edges[i + 1];
    return { start, end, height: f((start + end) / 2) };
  });
  // evaluate reruns on every slider move, so it loops over the bumps instead of
  // building two neuron objects per bump. It does the same arithmetic as
  // summing bump(x, { ...b, w }) over the bumps, in the same order, so the
  // results are identical to the last bit.
  const evaluate = (x: number): number => {
    const wx = w * x; // every hidden neuron has the same weight, so the same w x
    let total = 0;
    for (const { start, end, height } of bumps) {
      total += height * (sigmoid(wx + -w * start) - sigmoid(wx + -w * end));
    }
    return total;
  };
  return {
    bumps,
    evaluate,
    weights: bumps.flatMap(() => [w, w]),
    biases: bumps.flatMap(({ start, end }) => [-w * start, -w * end]),
    outputWeights: bumps.flatMap(({ height }) => [height, -height]),
  };
}

/** Options for {@link maxAbsDifference}. */
export interface MaxAbsDifferenceOptions {
  /** The interval to compare over; defaults to [-6, 6]. */
  domain?: readonly [number, number];
  /** The number of evenly spaced points compared, ends included; defaults to 2001. */
  samples?: number;
}

/**
 * The largest gap |f(x) − g(x)| over evenly spaced points, and where it occurs.
 *
 * @example
 * maxAbsDifference((x) => sigmoid(1.702 * x), (x) => normalCdf(x)); // { max: ≈0.0095, at: ≈0.57 }
 */
export function maxAbsDifference(
  f: (x: number) => number,
  g: (x: number) => number,
  { domain = [-6, 6], samples = 2001 }: MaxAbsDifferenceOptions = {},
): { max: number; at: number } {
  let worst = { max: 0, at: domain[0] };
  for (const x of linspace(domain[0], domain[1], samples)) {
    const gap = Math.abs(f(x) - g(x));
    if (gap > worst.max) worst = { max: gap, at: x };
  }
  return worst;
}

/**
 * The largest gap |f(x) − g(x)| over evenly spaced points of a domain: how
 * well g approximates f.
 *
 * @example
 * maxError(f, bumpApproximation(f, { n: 40, w: 4000 }).evaluate, [0.02, 0.98]); // about 0.07
 */
export function maxError(f: (x: number) => number, g: (x: number) => number, domain: readonly [number, number] = [0, 1], samples = 1000): number {
  return maxAbsDifference(f, g, { domain, samples }).max;
}
