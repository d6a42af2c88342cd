/**
 * Numbers quoted on the home page (content/docs/index.mdx), computed with the
 * neuron module. index.facts.test.ts (beside this file) checks them independently.
 */
import { neuronOutput, stepPosition } from '../../src/neuron/index';

/** The home page cell's starting slider values. */
const w = 2;
const b = -4;

export const homeFacts = {
  w,
  b,
  /** Where sigmoid(w x + b) crosses 1/2: x = −b/w. */
  stepAt: stepPosition(w, b),
  /** The weighted sum w·x must reach −b for the output to pass 1/2. */
  thresholdOnWeightedSum: -b,
  /** The output one unit to either side of the step. */
  outputOneLeft: neuronOutput(stepPosition(w, b) - 1, { w, b }),
  outputOneRight: neuronOutput(stepPosition(w, b) + 1, { w, b }),
};
