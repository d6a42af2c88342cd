/**
 * Least-squares line fitting, with and without an intercept. The intercept is
 * the bias of a linear neuron: leave it out and the fitted line must pass
 * through the origin, however far from it the data lie.
 */
import { appendOne } from './layer';
import { dot, matVec, mean, solveLinearSystem, transpose, variance } from './linalg';

/** Options for {@link leastSquares} and {@link leastSquaresMulti}. */
export interface LeastSquaresOptions {
  /** Whether to fit an intercept (a bias); defaults to true. */
  intercept?: boolean;
}

/** A fitted line y ≈ slope · x + intercept and how well it fits. */
export interface LineFit {
  slope: number;
  /** 0 when fitted without an intercept. */
  intercept: number;
  /** y − (slope · x + intercept), one per point. */
  residuals: number[];
  /** The sum of squared residuals, the quantity least squares minimises. */
  sse: number;
  /**
   * 1 − SSE / Σ(y − ȳ)², the share of the variance in y explained. Measured
   * against the mean in both cases, so a line forced through the origin can
   * score below 0: worse than the flat line y = ȳ. NaN when y is constant.
   */
  rSquared: number;
}

/**
 * Fits a straight line to points (xs[i], ys[i]) by ordinary least squares, in
 * closed form. With an intercept: slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² and
 * intercept = ȳ − slope · x̄. Without: slope = Σxy / Σx², intercept 0.
 *
 * @example
 * leastSquares([0, 1, 2], [3, 5, 7]); // slope 2, intercept 3, sse 0
 * leastSquares([0, 1, 2], [3, 5, 7], { intercept: false }).slope; // 3.8
 */
export function leastSquares(xs: readonly number[], ys: readonly number[], { intercept = true }: LeastSquaresOptions = {}): LineFit {
  if (xs.length !== ys.length) throw new Error('leastSquares: xs and ys differ in length');
  let slope: number;
  let offset: number;
  if (intercept) {
    const xMean = mean(xs);
    const yMean = mean(ys);
    const dx = xs.map((x) => x - xMean);
    const dy = ys.map((y) => y - yMean);
    slope = dot(dx, dy) / dot(dx, dx);
    offset = yMean - slope * xMean;
  } else {
    slope = dot(xs, ys) / dot(xs, xs);
    offset = 0;
  }
  if (!Number.isFinite(slope)) throw new Error('leastSquares: the x values do not determine a line');
  const residuals = ys.map((y, i) => y - (slope * xs[i] + offset));
  const sse = dot(residuals, residuals);
  return { slope, intercept: offset, residuals, sse, rSquared: 1 - sse / totalSumOfSquares(ys) };
}

/** A fitted linear model y ≈ weights · x + bias. */
export interface LinearFit {
  weights: number[];
  /** 0 when fitted without an intercept. */
  bias: number;
  /** The sum of squared residuals. */
  sse: number;
}

/**
 * Fits y ≈ weights · x + bias to rows of X by solving the normal equations
 * DᵀD θ = Dᵀy. With an intercept, the design matrix D is X with a column of
 * ones appended — the bias trick again, so the bias is just the last weight.
 *
 * @example
 * leastSquaresMulti([[0, 0], [1, 0], [0, 1], [1, 1]], [1, 3, 4, 6]); // weights [2, 3], bias 1
 */
export function leastSquaresMulti(X: readonly (readonly number[])[], y: readonly number[], { intercept = true }: LeastSquaresOptions = {}): LinearFit {
  if (X.length !== y.length) throw new Error('leastSquaresMulti: X and y differ in length');
  const D = intercept ? X.map(appendOne) : X;
  const columns = transpose(D);
  const gram = columns.map((a) => columns.map((b) => dot(a, b)));
  const theta = solveLinearSystem(gram, matVec(columns, y));
  const weights = intercept ? theta.slice(0, -1) : theta;
  const bias = intercept ? theta[theta.length - 1] : 0;
  const residuals = matVec(D, theta).map((prediction, i) => y[i] - prediction);
  return { weights, bias, sse: dot(residuals, residuals) };
}

// Σ(y − ȳ)², the SSE of the flat line y = ȳ; NaN when y is constant, so
// that R² reports "undefined" rather than dividing by zero.
function totalSumOfSquares(ys: readonly number[]): number {
  const total = ys.length * variance(ys);
  return total === 0 ? NaN : total;
}
