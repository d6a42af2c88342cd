/**
 * A few vector and matrix operations, written out plainly. Vectors are
 * number[]; matrices are number[][] in row-major order, so W[i] holds the
 * weights of output unit i and matVec(W, x)[i] = W[i] · x.
 */

/**
 * Sums numbers from left to right.
 *
 * @example
 * sum([1, 2, 3]); // 6
 */
export function sum(xs: readonly number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}

/**
 * The dot product a · b = Σ a[i] b[i]. Accumulates left to right, so that
 * appending a pair (c, 1) adds exactly c to the result (see the bias trick in
 * layer.ts).
 *
 * @example
 * dot([1, 2, 3], [4, 5, 6]); // 32
 */
export function dot(a: readonly number[], b: readonly number[]): number {
  assertSameLength(a, b, 'dot');
  let total = 0;
  for (let i = 0; i < a.length; ++i) total += a[i] * b[i];
  return total;
}

/**
 * Multiplies a matrix by a vector: one dot product per row.
 *
 * @example
 * matVec([[1, 0], [0, 2]], [3, 4]); // [3, 8]
 */
export function matVec(W: readonly (readonly number[])[], x: readonly number[]): number[] {
  return W.map((row) => dot(row, x));
}

/**
 * Adds two vectors element by element.
 *
 * @example
 * addVec([1, 2], [10, 20]); // [11, 22]
 */
export function addVec(a: readonly number[], b: readonly number[]): number[] {
  assertSameLength(a, b, 'addVec');
  return a.map((ai, i) => ai + b[i]);
}

/**
 * The Euclidean length √(v · v).
 *
 * @example
 * norm([3, 4]); // 5
 */
export function norm(v: readonly number[]): number {
  return Math.sqrt(dot(v, v));
}

/**
 * Swaps rows and columns: transpose(M)[j][i] = M[i][j].
 *
 * @example
 * transpose([[1, 2, 3], [4, 5, 6]]); // [[1, 4], [2, 5], [3, 6]]
 */
export function transpose(M: readonly (readonly number[])[]): number[][] {
  if (M.length === 0) return [];
  return M[0].map((_, j) => M.map((row) => row[j]));
}

/**
 * Solves A x = b by Gaussian elimination with partial pivoting (choosing the
 * largest available pivot in each column keeps rounding errors small). Throws
 * an Error when A is singular, or so close to it that the answer would be noise.
 *
 * @example
 * solveLinearSystem([[2, 1], [1, 3]], [3, 5]); // [0.8, 1.4]
 */
export function solveLinearSystem(A: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = A.length;
  if (b.length !== n || A.some((row) => row.length !== n)) {
    throw new Error(`solveLinearSystem: expected an n×n matrix and a length-n vector, got ${n} rows and ${b.length} values`);
  }
  const M = A.map((row, i) => [...row, b[i]]); // augmented matrix [A | b]
  const scale = Math.max(...A.map((row) => Math.max(...row.map(Math.abs))));
  const tolerance = n * Number.EPSILON * (scale || 1);
  for (let col = 0; col < n; ++col) {
    let pivot = col;
    for (let row = col + 1; row < n; ++row) {
      if (Math.abs(M[row][col]) > Math.abs(M[pivot][col])) pivot = row;
    }
    if (Math.abs(M[pivot][col]) <= tolerance) {
      throw new Error('solveLinearSystem: the matrix is singular (its columns are linearly dependent)');
    }
    [M[col], M[pivot]] = [M[pivot], M[col]];
    for (let row = col + 1; row < n; ++row) {
      const factor = M[row][col] / M[col][col];
      for (let k = col; k <= n; ++k) M[row][k] -= factor * M[col][k];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; --row) {
    let rest = M[row][n];
    for (let k = row + 1; k < n; ++k) rest -= M[row][k] * x[k];
    x[row] = rest / M[row][row];
  }
  return x;
}

/**
 * The arithmetic mean; NaN for an empty list.
 *
 * @example
 * mean([1, 2, 6]); // 3
 */
export function mean(xs: readonly number[]): number {
  return sum(xs) / xs.length;
}

/**
 * The population variance (dividing by n, not n − 1): the mean squared
 * distance from the mean. Batch normalisation uses exactly this.
 *
 * @example
 * variance([1, 2, 3, 4]); // 1.25
 */
export function variance(xs: readonly number[]): number {
  const m = mean(xs);
  return mean(xs.map((x) => (x - m) ** 2));
}

/**
 * Returns n evenly spaced numbers from start to stop, both included.
 *
 * @example
 * linspace(0, 1, 5); // [0, 0.25, 0.5, 0.75, 1]
 */
export function linspace(start: number, stop: number, n: number): number[] {
  if (n === 1) return [start];
  return Array.from({ length: n }, (_, i) => start + ((stop - start) * i) / (n - 1));
}

function assertSameLength(a: readonly number[], b: readonly number[], name: string): void {
  if (a.length !== b.length) {
    throw new Error(`${name}: vectors differ in length (${a.length} and ${b.length})`);
  }
}
