import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addVec, batchNorm, matVec, mean, transpose, variance } from '../../../src/neuron/index';

const value = fc.double({ min: -10, max: 10, noNaN: true });
// A batch of 2–12 examples with 1–4 features, a weight matrix, and a bias.
const layerCase = fc
  .record({
    examples: fc.integer({ min: 2, max: 12 }),
    inputs: fc.integer({ min: 1, max: 4 }),
    outputs: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ examples, inputs, outputs }) =>
    fc.record({
      X: fc.array(fc.array(value, { minLength: inputs, maxLength: inputs }), {
        minLength: examples,
        maxLength: examples,
      }),
      W: fc.array(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: inputs, maxLength: inputs }), {
        minLength: outputs,
        maxLength: outputs,
      }),
      b: fc.array(fc.double({ min: -100, max: 100, noNaN: true }), { minLength: outputs, maxLength: outputs }),
    }),
  );

describe('batchNorm', () => {
  it('gives each feature mean 0 and variance close to 1', () => {
    const batch = [
      [1, 10, -3],
      [2, 30, -3.5],
      [4, 20, -1],
      [9, 60, -2],
    ];
    for (const column of transpose(batchNorm(batch))) {
      expect(mean(column)).toBeCloseTo(0, 12);
      expect(variance(column)).toBeCloseTo(1, 4);
    }
  });

  it('normalises each feature over the batch, not each example', () => {
    expect(
      batchNorm([
        [1, 10],
        [3, 30],
      ]).map((row) => row.map((v) => Math.round(v * 1e4) / 1e4)),
    ).toEqual([
      [-1, -1],
      [1, 1],
    ]);
  });

  it('removes any constant bias: batchNorm(XWᵀ + b) = batchNorm(XWᵀ)', () => {
    fc.assert(
      fc.property(layerCase, ({ X, W, b }) => {
        const withoutBias = batchNorm(X.map((x) => matVec(W, x)));
        const withBias = batchNorm(X.map((x) => addVec(matVec(W, x), b)));
        withBias.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - withoutBias[i][j])).toBeLessThan(1e-9)));
      }),
    );
  });

  it('applies gamma and beta afterwards, per feature if given arrays', () => {
    const batch = [
      [1, 10],
      [2, 40],
      [6, 20],
    ];
    const out = transpose(batchNorm(batch, { gamma: [2, 3], beta: [5, -1] }));
    expect(mean(out[0])).toBeCloseTo(5, 12);
    expect(mean(out[1])).toBeCloseTo(-1, 12);
    expect(Math.sqrt(variance(out[0]))).toBeCloseTo(2, 4);
    expect(Math.sqrt(variance(out[1]))).toBeCloseTo(3, 4);
  });

  it('maps a constant feature to beta rather than NaN', () => {
    expect(batchNorm([[4], [4], [4]], { beta: 0.5 })).toEqual([[0.5], [0.5], [0.5]]);
  });
});
