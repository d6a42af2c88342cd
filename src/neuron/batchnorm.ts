/**
 * Batch normalisation: standardise each feature over a batch of examples,
 * then rescale by γ and shift by β. Subtracting the batch mean removes any
 * constant added to a feature — including the bias of the layer before, which
 * is why layers followed by batch norm are usually built without one (β takes
 * over its job).
 */
import { mean, transpose, variance } from './linalg';

/** Options for {@link batchNorm}. */
export interface BatchNormOptions {
  /** Added to the variance so that a constant feature does not divide by zero; defaults to 1e-5. */
  epsilon?: number;
  /** The scale applied after standardising: one number, or one per feature. Defaults to 1. */
  gamma?: number | readonly number[];
  /** The shift applied last: one number, or one per feature. Defaults to 0. */
  beta?: number | readonly number[];
}

/**
 * Normalises a batch whose rows are examples and columns are features: each
 * value becomes γ (x − mean) / √(variance + ε) + β, with the mean and
 * (population) variance taken over its column.
 *
 * @example
 * batchNorm([[1, 10], [3, 30]]); // ≈ [[-1, -1], [1, 1]]
 * batchNorm([[1, 10], [3, 30]], { gamma: 2, beta: [0, 5] }); // ≈ [[-2, 3], [2, 7]]
 */
export function batchNorm(batch: readonly (readonly number[])[], { epsilon = 1e-5, gamma = 1, beta = 0 }: BatchNormOptions = {}): number[][] {
  const normalizedColumns = transpose(batch).map((column, j) => {
    const m = mean(column);
    const sd = Math.sqrt(variance(column) + epsilon);
    const scale = perFeature(gamma, j);
    const shift = perFeature(beta, j);
    return column.map((x) => (scale * (x - m)) / sd + shift);
  });
  return transpose(normalizedColumns);
}

function perFeature(value: number | readonly number[], j: number): number {
  return typeof value === 'number' ? value : value[j];
}
