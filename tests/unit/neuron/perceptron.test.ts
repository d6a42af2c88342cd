import { describe, expect, it } from 'vitest';
import { accuracy, blobs2d, classifyLinear, trainPerceptron, type LabeledPoint } from '../../../src/neuron/index';

const classifier =
  ({ weights, bias }: { weights: number[]; bias: number }) =>
  (x: number[]) =>
    classifyLinear(weights, bias, x);
const mistakes = (model: { weights: number[]; bias: number }, points: LabeledPoint[]) =>
  points.filter(({ x, label }) => classifyLinear(model.weights, model.bias, x) !== label).length;

const and: LabeledPoint[] = [
  { x: [0, 0], label: 0 },
  { x: [0, 1], label: 0 },
  { x: [1, 0], label: 0 },
  { x: [1, 1], label: 1 },
];

describe('classifyLinear', () => {
  it('says 1 on or above the boundary w · x + b = 0', () => {
    expect(classifyLinear([1, 1], -3, [2, 2])).toBe(1);
    expect(classifyLinear([1, 1], -3, [1, 2])).toBe(1);
    expect(classifyLinear([1, 1], -3, [1, 1])).toBe(0);
  });
});

describe('trainPerceptron', () => {
  it('learns AND with a bias', () => {
    const model = trainPerceptron(and);
    expect(model.converged).toBe(true);
    expect(mistakes(model, and)).toBe(0);
    expect(model.errorsPerEpoch.at(-1)).toBe(0);
  });

  it('cannot learn AND without a bias: the input (0, 0) is always on the boundary', () => {
    const model = trainPerceptron(and, { bias: false });
    expect(model.converged).toBe(false);
    expect(model.bias).toBe(0);
    expect(classifyLinear(model.weights, 0, [0, 0])).toBe(1);
    expect(model.errorsPerEpoch).toHaveLength(50);
  });

  for (const seed of [1, 2, 3, 4, 5]) {
    it(`separates blobs2d (seed ${seed}) with a bias, and not without`, () => {
      const points = blobs2d({ seed });
      const withBias = trainPerceptron(points, { seed });
      const withoutBias = trainPerceptron(points, { seed, bias: false });
      expect(withBias.converged).toBe(true);
      expect(accuracy(classifier(withBias), points)).toBe(1);
      expect(withoutBias.converged).toBe(false);
      expect(withoutBias.bias).toBe(0);
      expect(mistakes(withoutBias, points)).toBeGreaterThan(mistakes(withBias, points));
      // A line through the origin cuts across both blobs, so it gets many wrong.
      expect(accuracy(classifier(withoutBias), points)).toBeLessThan(0.8);
    });
  }

  it('is deterministic given a seed, and the seed changes the visiting order', () => {
    const points = blobs2d({ seed: 8 });
    expect(trainPerceptron(points, { seed: 3 })).toEqual(trainPerceptron(points, { seed: 3 }));
    expect(trainPerceptron(points, { seed: 3, bias: false }).weights).not.toEqual(trainPerceptron(points, { seed: 4, bias: false }).weights);
  });

  it('counts one error per update and stops after a clean epoch', () => {
    const model = trainPerceptron(blobs2d(), { seed: 1, epochs: 1000 });
    expect(model.errorsPerEpoch.slice(0, -1).every((e) => e > 0)).toBe(true);
    expect(model.errorsPerEpoch.length).toBeLessThan(1000);
  });

  it('rejects an empty data set', () => {
    expect(() => trainPerceptron([])).toThrow(/no points/);
  });
});
