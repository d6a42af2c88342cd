// Checks the numbers the home page quotes against the sigmoid written out here.
import { describe, expect, it } from 'vitest';
import { homeFacts as f } from './index.facts';

const sigma = (z: number) => 1 / (1 + Math.exp(-z));

describe('home page facts', () => {
  it('the step sits where w x + b = 0, and the output there is 1/2', () => {
    expect(f.w * f.stepAt + f.b).toBe(0);
    expect(sigma(f.w * f.stepAt + f.b)).toBe(0.5);
    expect(f.stepAt).toBe(2);
  });
  it('the threshold on the weighted sum is −b', () => {
    expect(f.thresholdOnWeightedSum).toBe(4);
    expect(f.w * f.stepAt).toBe(f.thresholdOnWeightedSum);
  });
  it('one unit either side of the step the output is σ(∓w)', () => {
    expect(f.outputOneLeft).toBeCloseTo(sigma(-f.w), 12);
    expect(f.outputOneRight).toBeCloseTo(sigma(f.w), 12);
    expect(f.outputOneLeft + f.outputOneRight).toBeCloseTo(1, 12);
  });
});
