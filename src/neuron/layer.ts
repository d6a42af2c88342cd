/**
 * A dense layer: many neurons reading the same input, y = f(W x + b). Also the
 * "bias trick", which folds b into W as one more column fed by a constant 1 —
 * showing that a bias is just a weight on an input that never changes.
 */
import { activations, type ActivationName } from './activation';
import { addVec, matVec } from './linalg';

/**
 * Applies a dense layer: activation(W x + b), with W[i] the weights of output
 * unit i. Pass undefined for b to leave the bias out.
 *
 * @example
 * dense([[1, 2], [3, 4]], [10, 20], [1, 1]); // [13, 27]
 * dense([[1, 2], [3, 4]], undefined, [1, 1], 'relu'); // [3, 7]
 */
export function dense(
  W: readonly (readonly number[])[],
  b: readonly number[] | undefined,
  x: readonly number[],
  activation: ActivationName = 'identity',
): number[] {
  const weighted = matVec(W, x);
  const z = b === undefined ? weighted : addVec(weighted, b);
  return z.map(activations[activation]);
}

/**
 * Returns [W | b]: W with the bias vector appended as its last column.
 *
 * @example
 * withBiasColumn([[1, 2], [3, 4]], [10, 20]); // [[1, 2, 10], [3, 4, 20]]
 */
export function withBiasColumn(W: readonly (readonly number[])[], b: readonly number[]): number[][] {
  if (W.length !== b.length) {
    throw new Error(`withBiasColumn: ${W.length} rows but ${b.length} biases`);
  }
  return W.map((row, i) => [...row, b[i]]);
}

/**
 * Returns x with a constant 1 appended: the input that the bias column
 * multiplies.
 *
 * @example
 * appendOne([2, 3]); // [2, 3, 1]
 */
export function appendOne(x: readonly number[]): number[] {
  return [...x, 1];
}

/**
 * A bias-free layer applied to [x, 1]. With Wb = withBiasColumn(W, b) this
 * equals dense(W, b, x) exactly.
 *
 * @example
 * denseBiasTrick([[1, 2, 10], [3, 4, 20]], [1, 1]); // [13, 27]
 */
export function denseBiasTrick(Wb: readonly (readonly number[])[], x: readonly number[]): number[] {
  return matVec(Wb, appendOne(x));
}
