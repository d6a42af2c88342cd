/**
 * Numbers quoted in the "threshold" article (A7-A10): a steep sigmoid as a threshold
 * unit, AND and OR from one neuron with two different biases, and the threshold of a
 * leaky integrate-and-fire neuron. Everything is computed with the neuron module;
 * threshold.facts.test.ts (beside this file) checks it independently.
 */
import { lifRate, maxAbsDifference, neuron, neuronOutput, step, stepPosition } from '../../../src/neuron/index';

/** The threshold of the first figure's example: fire once x reaches θ = 1. */
const theta = 1;

/**
 * How far σ(w x + b), with b = −w θ, is from the step step(x − θ) once x is at least
 * `margin` away from the threshold: the largest gap over [θ − 3, θ − margin] and [θ + margin, θ + 3].
 */
function gapOutside(w: number, margin = 0.1): number {
  const b = -w * theta;
  const soft = (x: number) => neuronOutput(x, { w, b });
  const hard = (x: number) => step(x - theta);
  const left = maxAbsDifference(soft, hard, { domain: [theta - 3, theta - margin], samples: 601 });
  const right = maxAbsDifference(soft, hard, { domain: [theta + margin, theta + 3], samples: 601 });
  return Math.max(left.max, right.max);
}

/** The width of the ramp from 0.1 to 0.9: σ(z) = 0.9 at z = ln 9, so the ramp spans 2 ln 9 / w in x. */
const rampWidth = (w: number) => (2 * Math.log(9)) / w;

/** The four inputs of a two-input logic gate, in truth-table order. */
const inputs = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1]
] as const;

/** One threshold unit, weights [1, 1]; only the bias differs between AND and OR. */
const gateWeights = [1, 1];
const andBias = -1.5;
const orBias = -0.5;
const table = (bias: number) => inputs.map((x) => neuron({ weights: gateWeights, bias, activation: 'step' })(x));

/** Which gate weights [1, 1] with bias b compute, for b on a grid: the bias ranges of AND and OR. */
const biasGrid = Array.from({ length: 61 }, (_, i) => -3 + i * 0.1).map((b) => Math.round(b * 10) / 10);
const gateOf = (b: number) => table(b).join('');
const andBiases = biasGrid.filter((b) => gateOf(b) === '0001');
const orBiases = biasGrid.filter((b) => gateOf(b) === '0111');
const alwaysOnBiases = biasGrid.filter((b) => gateOf(b) === '1111');

/** A sigmoid neuron with the AND weights scaled up: σ(10 x₁ + 10 x₂ − 15). */
const softAnd = inputs.map((x) => neuron({ weights: [10, 10], bias: -15 })(x));

/** The leaky integrate-and-fire neuron's threshold side (default parameters: threshold 1, R = 1). */
const lifBelow = lifRate(0.99);
const lifAbove = lifRate(1.1);

export const thresholdFacts = {
  theta,
  /** b = −w θ for the figure's default steepness w = 10. */
  figureW: 10,
  figureB: -10 * theta,
  figureStep: stepPosition(10, -10 * theta),
  /** Largest gap between σ(w(x − θ)) and step(x − θ) at least 0.1 away from θ. */
  gapW1: gapOutside(1),
  gapW10: gapOutside(10),
  gapW100: gapOutside(100),
  /** Width in x of the ramp from 0.1 to 0.9. */
  rampW1: rampWidth(1),
  rampW10: rampWidth(10),
  rampW100: rampWidth(100),
  /** The output exactly at the threshold, for any w: σ(0). */
  atThreshold: neuronOutput(theta, { w: 10, b: -10 * theta }),

  /** The logic gates. */
  gateWeights,
  andBias,
  orBias,
  andTheta: -andBias,
  orTheta: -orBias,
  andTable: table(andBias),
  orTable: table(orBias),
  /**
   * Where each gate starts on a grid of biases from −3 to 3 (step 0.1): AND from andBiasMin,
   * OR from orBiasMin, and from alwaysOnMin the unit fires for every input.
   */
  andBiasMin: Math.min(...andBiases),
  andBiasMax: Math.max(...andBiases),
  orBiasMin: Math.min(...orBiases),
  orBiasMax: Math.max(...orBiases),
  alwaysOnMin: Math.min(...alwaysOnBiases),
  /** σ(10 x₁ + 10 x₂ − 15) on the four inputs: AND, softly. */
  softAnd,

  /** Leaky integrate-and-fire: no spikes below the threshold drive, spikes above. */
  lifBelow,
  lifAbove
};
