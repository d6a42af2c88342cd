/**
 * Numbers quoted in the "threshold" article (A7-A10): the door of the first figure, a steep
 * sigmoid as a threshold unit, AND and OR from one neuron with two different biases, and the
 * threshold of a leaky integrate-and-fire neuron. Everything is computed with the neuron module;
 * threshold.facts.test.ts (beside this file) checks it independently. `thresholdText` holds
 * the numbers as the prose prints them, rounded to what a reader needs.
 */
import { lifRate, maxAbsDifference, neuron, neuronOutput, step, stepPosition, twoClass1d } from '../../../src/neuron/index';

import { dec, sig } from '../../prose-numbers';

export { dec, sig };

/** The door of the first figure: how many of the 20 A and 20 B find σ(w x + b) open (≥ 0.9), shut (≤ 0.1) or ajar. */
const visitors = twoClass1d();
function door(w: number, b: number) {
  const out = visitors.map((p) => ({ label: p.label, y: neuronOutput(p.x[0]!, { w, b }) }));
  return {
    w,
    b,
    edge: stepPosition(w, b),
    openB: out.filter((p) => p.label === 1 && p.y >= 0.9).length,
    shutA: out.filter((p) => p.label === 0 && p.y <= 0.1).length,
    ajar: out.filter((p) => p.y > 0.1 && p.y < 0.9).length,
    perClass: out.filter((p) => p.label === 0).length
  };
}
/** Both doors put the edge at 2.5, midway between A on [1, 2] and B on [3, 4]; one is steep, one gentle. */
const steepDoor = door(10, -25);
const gentleDoor = door(1, -2.5);
/** The figure starts at w = 4: the most visitors any bias on its slider (−30 to 0, step 0.5) answers cleanly. */
const startW = 4;
const startBestClean = Math.max(
  ...Array.from({ length: 61 }, (_, i) => -30 + i * 0.5).map((b) => {
    const d = door(startW, b);
    return d.openB + d.shutA;
  })
);

/** The edge of the second figure's example: the step from 0 to 1 sits at x = s = 1. */
const theta = 1;
/** How far from the edge the comparison with the step starts. */
const margin = 0.1;

/**
 * How far σ(w x + b), with b = −w θ (edge at θ), is from the step step(x − θ) once x is at least
 * `margin` away from the edge: the largest gap over [θ − 3, θ − margin] and [θ + margin, θ + 3].
 */
function gapOutside(w: number): number {
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
const lifThreshold = 1;
const lifDriveBelow = 0.99;
const lifDriveAbove = 1.1;
const lifBelow = lifRate(lifDriveBelow);
const lifAbove = lifRate(lifDriveAbove);

export const thresholdFacts = {
  /** The two doors of the first figure, both with the edge at 2.5. */
  steepDoor,
  gentleDoor,
  startW,
  startBestClean,
  theta,
  margin,
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
  lifThreshold,
  lifDriveBelow,
  lifDriveAbove,
  lifBelow,
  lifAbove
};

const f = thresholdFacts;
/** The numbers as the prose prints them. */
export const thresholdText = {
  margin: dec(f.margin),
  gapW1: sig(f.gapW1),
  gapW10: sig(f.gapW10),
  gapW100: sig(f.gapW100),
  rampW1: sig(f.rampW1),
  rampW10: sig(f.rampW10),
  rampW100: sig(f.rampW100),
  andBias: dec(f.andBias),
  orBias: dec(f.orBias),
  andTheta: dec(f.andTheta),
  orTheta: dec(f.orTheta),
  andBiasMin: dec(f.andBiasMin, 0),
  orBiasMin: dec(f.orBiasMin, 0),
  alwaysOnMin: dec(f.alwaysOnMin, 0),
  softAnd: f.softAnd.map((y) => sig(y)),
  doorEdge: dec(f.steepDoor.edge),
  steepDoorB: dec(f.steepDoor.b, 0),
  gentleDoorB: dec(f.gentleDoor.b, 1),
  lifAbove: sig(f.lifAbove)
};
