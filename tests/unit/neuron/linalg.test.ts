import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addVec, dot, linspace, matVec, mean, norm, solveLinearSystem, sum, transpose, variance } from '../../../src/neuron/index';

const small = fc.double({ min: -100, max: 100, noNaN: true });
const vector = (n: number) => fc.array(small, { minLength: n, maxLength: n });
const matrix = (rows: number, columns: number) => fc.array(vector(columns), { minLength: rows, maxLength: rows });

describe('dot, matVec, addVec, norm, sum', () => {
  it('compute small known cases', () => {
    expect(dot([1, 2, 3], [4, 5, 6])).toBe(32);
    expect(
      matVec(
        [
          [1, 0],
          [0, 2],
          [1, 1],
        ],
        [3, 4],
      ),
    ).toEqual([3, 8, 7]);
    expect(addVec([1, 2], [10, 20])).toEqual([11, 22]);
    expect(norm([3, 4])).toBe(5);
    expect(sum([])).toBe(0);
  });

  it('refuse vectors of different lengths', () => {
    expect(() => dot([1, 2], [1])).toThrow(/length/);
    expect(() => addVec([1], [1, 2])).toThrow(/length/);
  });

  it('dot is symmetric and matVec is linear', () => {
    fc.assert(
      fc.property(matrix(3, 4), vector(4), vector(4), (W, x, y) => {
        expect(dot(x, y)).toBe(dot(y, x));
        const together = matVec(W, addVec(x, y));
        const apart = addVec(matVec(W, x), matVec(W, y));
        together.forEach((v, i) => expect(v).toBeCloseTo(apart[i], 6));
      }),
    );
  });
});

describe('transpose', () => {
  it('swaps rows and columns, and twice is the identity', () => {
    expect(
      transpose([
        [1, 2, 3],
        [4, 5, 6],
      ]),
    ).toEqual([
      [1, 4],
      [2, 5],
      [3, 6],
    ]);
    expect(transpose([])).toEqual([]);
    fc.assert(
      fc.property(matrix(3, 5), (M) => {
        expect(transpose(transpose(M))).toEqual(M);
      }),
    );
  });
});

describe('solveLinearSystem', () => {
  it('solves a known system', () => {
    const [x, y] = solveLinearSystem(
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    );
    expect(x).toBeCloseTo(0.8, 12);
    expect(y).toBeCloseTo(1.4, 12);
  });

  it('needs pivoting when the first pivot is zero', () => {
    expect(
      solveLinearSystem(
        [
          [0, 1],
          [1, 0],
        ],
        [2, 3],
      ),
    ).toEqual([3, 2]);
  });

  it('recovers x from A x for well-conditioned A', () => {
    fc.assert(
      fc.property(matrix(4, 4), vector(4), (M, x) => {
        // Adding a large diagonal keeps A comfortably invertible.
        const A = M.map((row, i) => row.map((v, j) => (i === j ? v + 1000 : v)));
        const solved = solveLinearSystem(A, matVec(A, x));
        solved.forEach((v, i) => expect(v).toBeCloseTo(x[i], 8));
      }),
    );
  });

  it('throws a clear error on a singular matrix', () => {
    expect(() =>
      solveLinearSystem(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toThrow(/singular/);
    expect(() =>
      solveLinearSystem(
        [
          [0, 0],
          [0, 0],
        ],
        [0, 0],
      ),
    ).toThrow(/singular/);
  });

  it('rejects mismatched shapes', () => {
    expect(() => solveLinearSystem([[1, 2]], [1])).toThrow(/n×n/);
  });
});

describe('mean, variance, linspace', () => {
  it('compute the population variance', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(variance([1, 2, 3, 4])).toBe(1.25);
    expect(variance([7, 7, 7])).toBe(0);
  });

  it('variance ignores a shift and scales with the square', () => {
    fc.assert(
      fc.property(fc.array(small, { minLength: 2, maxLength: 30 }), small, (xs, c) => {
        expect(variance(xs.map((x) => x + c))).toBeCloseTo(variance(xs), 6);
        expect(variance(xs.map((x) => 3 * x))).toBeCloseTo(9 * variance(xs), 5);
      }),
    );
  });

  it('linspace includes both ends with even steps', () => {
    expect(linspace(0, 1, 5)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(linspace(2, 3, 1)).toEqual([2]);
    fc.assert(
      fc.property(small, small, fc.integer({ min: 2, max: 200 }), (start, stop, n) => {
        const xs = linspace(start, stop, n);
        expect(xs).toHaveLength(n);
        expect(xs[0] === start).toBe(true);
        expect(xs[n - 1]).toBeCloseTo(stop, 10);
      }),
    );
  });
});
