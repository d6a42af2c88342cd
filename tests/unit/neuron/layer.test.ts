import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addVec, appendOne, dense, denseBiasTrick, matVec, relu, withBiasColumn } from '../../../src/neuron/index';

const value = fc.double({ min: -1e3, max: 1e3, noNaN: true });
const layerShape = fc.record({ inputs: fc.integer({ min: 1, max: 6 }), outputs: fc.integer({ min: 1, max: 6 }) });
const layerCase = layerShape.chain(({ inputs, outputs }) =>
  fc.record({
    W: fc.array(fc.array(value, { minLength: inputs, maxLength: inputs }), { minLength: outputs, maxLength: outputs }),
    b: fc.array(value, { minLength: outputs, maxLength: outputs }),
    x: fc.array(value, { minLength: inputs, maxLength: inputs }),
  }),
);

describe('dense', () => {
  it('computes W x + b, then the activation', () => {
    expect(
      dense(
        [
          [1, 2],
          [3, 4],
        ],
        [10, 20],
        [1, 1],
      ),
    ).toEqual([13, 27]);
    expect(
      dense(
        [
          [1, 2],
          [-3, -4],
        ],
        undefined,
        [1, 1],
        'relu',
      ),
    ).toEqual([3, 0]);
  });

  it('leaves the bias out when b is undefined', () => {
    fc.assert(
      fc.property(layerCase, ({ W, x }) => {
        expect(dense(W, undefined, x)).toEqual(matVec(W, x));
      }),
    );
  });

  it('applies the activation to each unit', () => {
    fc.assert(
      fc.property(layerCase, ({ W, b, x }) => {
        expect(dense(W, b, x, 'relu')).toEqual(addVec(matVec(W, x), b).map(relu));
      }),
    );
  });
});

describe('the bias trick', () => {
  it('appends a 1 to the input and b as a column of W', () => {
    expect(appendOne([2, 3])).toEqual([2, 3, 1]);
    expect(
      withBiasColumn(
        [
          [1, 2],
          [3, 4],
        ],
        [10, 20],
      ),
    ).toEqual([
      [1, 2, 10],
      [3, 4, 20],
    ]);
    expect(() => withBiasColumn([[1, 2]], [1, 2])).toThrow(/rows/);
  });

  it('gives exactly W x + b: the bias is a weight on a constant input of 1', () => {
    fc.assert(
      fc.property(layerCase, ({ W, b, x }) => {
        expect(denseBiasTrick(withBiasColumn(W, b), x)).toEqual(dense(W, b, x));
      }),
    );
  });

  it('does not modify its inputs', () => {
    const W = [[1, 2]];
    const x = [3, 4];
    withBiasColumn(W, [5]);
    appendOne(x);
    expect(W).toEqual([[1, 2]]);
    expect(x).toEqual([3, 4]);
  });
});
