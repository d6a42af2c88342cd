/**
 * Activation functions: what a neuron does with its weighted sum z = w · x + b.
 * Each is a plain function of one number.
 */

/**
 * The Heaviside step: 1 once z reaches 0, else 0. The original perceptron's
 * activation; its derivative is zero wherever it exists, so gradient descent
 * cannot train it.
 *
 * @example
 * step(-0.1); // 0
 * step(0); // 1
 */
export function step(z: number): number {
  return z >= 0 ? 1 : 0;
}

/**
 * The logistic sigmoid 1 / (1 + e^(−z)), a smooth step from 0 to 1 crossing
 * 1/2 at z = 0. Only ever exponentiates a non-positive number, so it never
 * overflows: sigmoid(-1000) is 0 rather than NaN, sigmoid(-700) is still
 * positive.
 *
 * @example
 * sigmoid(0); // 0.5
 * sigmoid(-1000); // 0
 */
export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/**
 * The slope of the sigmoid, σ(z)(1 − σ(z)), written as σ(z)σ(−z) so that it
 * stays accurate in the tails (where 1 − σ(z) would round to 0). Largest at
 * z = 0, where it is 1/4.
 *
 * @example
 * sigmoidDerivative(0); // 0.25
 */
export function sigmoidDerivative(z: number): number {
  return sigmoid(z) * sigmoid(-z);
}

/**
 * The hyperbolic tangent, a sigmoid rescaled to run from −1 to 1:
 * tanh(z) = 2σ(2z) − 1.
 *
 * @example
 * tanh(0); // 0
 */
export function tanh(z: number): number {
  return Math.tanh(z);
}

/**
 * The rectified linear unit max(0, z).
 *
 * @example
 * relu(-2); // 0
 * relu(3); // 3
 */
export function relu(z: number): number {
  return Math.max(0, z);
}

/**
 * Returns z unchanged: a neuron with this activation is a linear model.
 *
 * @example
 * identity(1.5); // 1.5
 */
export function identity(z: number): number {
  return z;
}

/**
 * The activations by name, so options can say activation: 'tanh'.
 *
 * @example
 * activations.relu(-1); // 0
 */
export const activations = { step, sigmoid, tanh, relu, identity } as const;

/**
 * The name of an activation: 'step', 'sigmoid', 'tanh', 'relu' or 'identity'.
 *
 * @example
 * const name: ActivationName = 'sigmoid';
 */
export type ActivationName = keyof typeof activations;

/**
 * The derivative of each activation with respect to z, as used by
 * backpropagation. The step and ReLU kinks at 0 are given the derivative 0.
 *
 * @example
 * activationDerivatives.tanh(0); // 1
 */
export const activationDerivatives: Record<ActivationName, (z: number) => number> = {
  step: () => 0,
  sigmoid: sigmoidDerivative,
  tanh: (z) => 1 - Math.tanh(z) ** 2,
  relu: (z) => (z > 0 ? 1 : 0),
  identity: () => 1,
};
