/**
 * The loss gradient of a network, layer by layer, at fixed parameters: what
 * one step of gradient descent would do to each layer's biases and weights.
 * Uses the same networks and losses as trainMlp.
 */
import { activationDerivatives, activations, type ActivationName } from './activation';
import type { Sample } from './datasets';
import type { MlpLayer } from './mlp';

/** Options for {@link layerGradients} and {@link gradientSizesByLayer}. */
export interface LayerGradientOptions {
  /** The hidden layers' activation; defaults to 'tanh', as in trainMlp. */
  activation?: ActivationName;
  /**
   * The output activation, which also picks the loss as in trainMlp: 'sigmoid'
   * (the default) with cross-entropy, 'identity' with squared error.
   */
  output?: 'sigmoid' | 'identity';
}

/** The size of one layer's gradient. */
export interface LayerGradientSize {
  /** Root mean square of the layer's bias gradients (norm / √(number of biases)). */
  bias: number;
  /** Root mean square of the layer's weight gradients (norm / √(number of weights)). */
  weight: number;
  /** Sum of the squared bias gradients: the biases' part of the first-order loss drop of a step. */
  biasSquares: number;
  /** Sum of the squared weight gradients. */
  weightSquares: number;
}

/**
 * The gradient of the mean loss over data with respect to every bias and
 * weight, one entry per layer (input side first), found by backpropagation.
 * For unit i of a layer with inputs a and error signal δ = ∂loss/∂z, the bias
 * gets the mean of δᵢ and the weight W[i][j] the mean of δᵢ·aⱼ.
 *
 * @example
 * const { layers } = trainMlp(xorData(), { epochs: 0 });
 * layerGradients(layers, xorData())[1].b; // [mean of (prediction − target)] for the output unit
 */
export function layerGradients(layers: readonly MlpLayer[], data: readonly Sample[], options: LayerGradientOptions = {}): MlpLayer[] {
  const { activation = 'tanh', output = 'sigmoid' } = options;
  const last = layers.length - 1;
  const names = layers.map((_, l) => (l === last ? output : activation));
  const grads = layers.map(({ W, b }) => ({ W: W.map((row) => row.map(() => 0)), b: b.map(() => 0) }));
  for (const { x, y } of data) {
    // Forward: keep every layer's input and weighted sums.
    const inputs: number[][] = [];
    const zs: number[][] = [];
    let a: number[] = [...x];
    layers.forEach(({ W, b }, l) => {
      inputs.push(a);
      const z = W.map((row, i) => row.reduce((s, w, j) => s + w * a[j], b[i]));
      zs.push(z);
      a = z.map(activations[names[l]]);
    });
    // Backward: δ at the output is proportional to (prediction − target) for both losses.
    let delta = a.map((p, k) => (output === 'identity' ? 2 : 1) * (p - y[k]));
    for (let l = last; l >= 0; --l) {
      delta.forEach((d, i) => {
        grads[l].b[i] += d / data.length;
        inputs[l].forEach((aj, j) => (grads[l].W[i][j] += (d * aj) / data.length));
      });
      if (l > 0) {
        const W = layers[l].W;
        const derivative = activationDerivatives[names[l - 1]];
        delta = zs[l - 1].map((z, j) => delta.reduce((s, d, i) => s + W[i][j] * d, 0) * derivative(z));
      }
    }
  }
  return grads;
}

/**
 * The size of each layer's bias and weight gradient (see {@link layerGradients}),
 * input side first.
 *
 * @example
 * const { layers } = trainMlp(xorData(), { epochs: 0 });
 * gradientSizesByLayer(layers, xorData()).map((g) => g.bias / g.weight); // one ratio per layer
 */
export function gradientSizesByLayer(layers: readonly MlpLayer[], data: readonly Sample[], options: LayerGradientOptions = {}): LayerGradientSize[] {
  const squares = (values: readonly number[]) => values.reduce((s, v) => s + v * v, 0);
  return layerGradients(layers, data, options).map(({ W, b }) => {
    const biasSquares = squares(b);
    const weightSquares = W.reduce((s, row) => s + squares(row), 0);
    const weightCount = W.reduce((s, row) => s + row.length, 0);
    return {
      bias: Math.sqrt(biasSquares / b.length),
      weight: Math.sqrt(weightSquares / weightCount),
      biasSquares,
      weightSquares,
    };
  });
}
