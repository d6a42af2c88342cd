/**
 * Numbers quoted in the "step approximation" article (A14): Nielsen's visual proof.
 * A steep sigmoid is a step at s = −b/w, two steps make a bump, and a row of bumps
 * approximates f(x) = 0.2 + 0.4x² + 0.3x sin(15x) + 0.05 cos(50x) on [0, 1].
 * Everything is computed with the neuron module; step-approximation.facts.test.ts (beside this file)
 * checks it independently. `stepApproximationText` holds the numbers as the prose prints them,
 * rounded to what a reader needs.
 */
import { bump, bumpApproximation, maxError, neuronOutput, stepNeuron, stepPosition } from '../../../src/neuron/index';

import { dec, sig } from '../../prose-numbers';

export { dec, sig };

/** Nielsen's example function (Neural Networks and Deep Learning, ch. 4). */
export const nielsenF = (x: number) => 0.2 + 0.4 * x ** 2 + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);

/** One neuron: w = 1000 and b = −400 put the step at s = 0.4. */
const stepW = 1000;
const stepB = -400;
const s = stepPosition(stepW, stepB);

/** A bump from two neurons: up at 0.4, down at 0.6, height 0.8. */
const bumpSpec = { start: 0.4, end: 0.6, height: 0.8 };

/** The bump approximation with w = 100 n, measured on the whole interval and slightly inside it. */
const ns = [5, 10, 20, 40] as const;
const inner = [0.02, 0.98] as const;
const approx = (n: number, domain: readonly [number, number] = [0, 1]) =>
  bumpApproximation(nielsenF, { n, w: 100 * n, domain });
const errFull = ns.map((n) => maxError(nielsenF, approx(n).evaluate, [0, 1]));
const errInner = ns.map((n) => maxError(nielsenF, approx(n).evaluate, inner));

/**
 * The edge fix: let the bumps cover a slightly wider interval, [−m, 1 + m] with
 * m = 10 / w (a few rise-widths), so that the outer steps are fully risen at 0 and 1.
 */
const margin = (n: number) => 10 / (100 * n);
const errFullWidened = ns.map((n) => maxError(nielsenF, approx(n, [-margin(n), 1 + margin(n)]).evaluate, [0, 1]));
/** How far the widened network's first step is from fully risen at x = 0 (the same for every n: 1 − σ(10)). */
const outerShortfall = ns.map((n) => 1 - stepNeuron(0, { s: -margin(n), w: 100 * n }));

/** What the network at n = 10 is made of. */
const ten = approx(10);

export const stepApproximationFacts = {
  /** One neuron. */
  stepW,
  stepB,
  s,
  /** σ(w x + b) a hundredth either side of the step, w = 1000. */
  justBelow: neuronOutput(s - 0.01, { w: stepW, b: stepB }),
  justAbove: neuronOutput(s + 0.01, { w: stepW, b: stepB }),
  /** The same neuron with w = 10 and b chosen for the same s: a gentle ramp, not a step. */
  gentleB: -10 * s,
  gentleBelow: neuronOutput(s - 0.01, { w: 10, b: -10 * s }),
  gentleAbove: neuronOutput(s + 0.01, { w: 10, b: -10 * s }),
  /** stepNeuron is the same neuron written with s instead of b. */
  stepNeuronAtS: stepNeuron(s, { s, w: stepW }),

  /** The bump. */
  bump: bumpSpec,
  bumpInside: bump(0.5, bumpSpec),
  bumpOutside: bump(0.7, bumpSpec),
  bumpBiases: [-stepW * bumpSpec.start, -stepW * bumpSpec.end],

  /** The approximation of Nielsen's function. */
  ns: [...ns],
  inner: [...inner],
  errFull,
  errInner,
  errFullWidened,
  outerShortfall,
  /** A bound the prose can state: the error over all of [0, 1] never falls below this (one decimal, rounded down). */
  errFullFloor: Math.floor(Math.min(...errFull) * 10) / 10,
  /** f at the right end, and half of it: the edge error at x = 1. */
  fAtOne: nielsenF(1),
  approxAtOne: approx(40).evaluate(1),
  /** The network for n = 10: hidden neurons, biases, output weights. */
  tenHidden: ten.weights.length,
  tenBiases: ten.biases,
  tenOutputWeights: ten.outputWeights,
  tenW: ten.weights[0]
};

const f = stepApproximationFacts;
/** The numbers as the prose prints them. */
export const stepApproximationText = {
  stepB: dec(f.stepB, 0),
  s: dec(f.s),
  /** σ a hundredth either side of the step: this far from 0 below, and from 1 above. */
  nearStep: sig(f.justBelow),
  gentleB: dec(f.gentleB, 0),
  gentleBelow: sig(f.gentleBelow),
  gentleAbove: sig(f.gentleAbove),
  bumpInside: dec(f.bumpInside),
  bumpOutside: sig(f.bumpOutside),
  bumpBiases: f.bumpBiases.map((b) => dec(b, 0)),
  tenBiases: f.tenBiases.map((b) => dec(b, 0)),
  errFull: f.errFull.map((e) => sig(e)),
  errFullFloor: dec(f.errFullFloor),
  errInner: f.errInner.map((e) => sig(e)),
  errFullWidened: f.errFullWidened.map((e) => sig(e)),
  outerShortfall: sig(f.outerShortfall[0]!),
  fAtOne: sig(f.fAtOne),
  approxAtOne: sig(f.approxAtOne)
};
