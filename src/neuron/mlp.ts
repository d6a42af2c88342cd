/**
 * A small multilayer perceptron trained by backpropagation, with a switch to
 * remove every bias. Deterministic: the weights come from a seeded generator,
 * and the run with and the run without biases start from the same weights.
 */
import { activationDerivatives, activations, type ActivationName } from './activation';
import type { Sample } from './datasets';
import { dense } from './layer';
import { dot, mean, norm } from './linalg';
import { logLoss } from './logistic';
import { mulberry32, randomNormal, shuffle, type Random } from './rng';

/** One dense layer of a network: z = W a + b. */
export interface MlpLayer {
  /** W[i] holds the incoming weights of unit i. */
  W: number[][];
  /** One bias per unit; all exactly 0 when trained with bias: false. */
  b: number[];
}

/** Options for {@link trainMlp}. */
export interface MlpOptions {
  /** The size of each hidden layer; defaults to [8]. */
  hidden?: readonly number[];
  /** The hidden layers' activation; defaults to 'tanh'. */
  activation?: ActivationName;
  /**
   * The output activation, which also picks the loss: 'sigmoid' (the default)
   * minimises cross-entropy, for targets in [0, 1]; 'identity' minimises
   * squared error, for regression.
   */
  output?: 'sigmoid' | 'identity';
  /** Whether the network has biases; if false they are 0 and never updated. Defaults to true. */
  bias?: boolean;
  /** Passes over the data; defaults to 100. */
  epochs?: number;
  /** Defaults to 0.1. */
  learningRate?: number;
  /** Examples per gradient step; defaults to all of them (full-batch descent). */
  batchSize?: number;
  /** Seeds the initial weights and the mini-batch shuffling; defaults to 1. */
  seed?: number;
  /** The initial value of every bias; defaults to 0. Ignored when bias is false. */
  biasInit?: number;
}

/** A trained network and its training history. */
export interface MlpResult {
  /**
   * The mean loss over each epoch's examples, each measured just before its
   * batch's update: cross-entropy summed over outputs for a sigmoid output,
   * squared error summed over outputs for an identity output.
   */
  lossPerEpoch: number[];
  /** The trained network's output for input x. */
  predict: (x: readonly number[]) => number[];
  /** The trained parameters, input side first. */
  layers: MlpLayer[];
  /**
   * The size of the bias gradient in each epoch, per parameter: the gradient's
   * Euclidean norm divided by √(number of biases), averaged over the epoch's
   * batches. Recorded even when bias is false, as the gradient the biases
   * would have received.
   */
  biasGradNormPerEpoch: number[];
  /** The same for the weights: norm divided by √(number of weights). */
  weightGradNormPerEpoch: number[];
}

/**
 * Trains a fully connected network by (mini-)batch gradient descent with
 * backpropagation. Weights start from a seeded Glorot (Xavier) normal
 * initialisation, with standard deviation √(2 / (fan-in + fan-out)); biases
 * start at biasInit. Only the weights draw random numbers, so changing bias or
 * biasInit leaves the initial weights unchanged.
 *
 * @example
 * const net = trainMlp(xorData(), { hidden: [8], epochs: 2000, learningRate: 0.5 });
 * net.predict([1, 0]); // close to [1]
 */
export function trainMlp(data: readonly Sample[], options: MlpOptions = {}): MlpResult {
  const {
    hidden = [8],
    activation = 'tanh',
    output = 'sigmoid',
    bias = true,
    epochs = 100,
    learningRate = 0.1,
    batchSize = data.length,
    seed = 1,
    biasInit = 0
  } = options;
  if (data.length === 0) throw new Error('trainMlp: no data');
  const rand = mulberry32(seed);
  const sizes = [data[0].x.length, ...hidden, data[0].y.length];
  const layers = initialLayers(sizes, rand, bias ? biasInit : 0);
  const layerActivations = layers.map((_, l) => (l === layers.length - 1 ? output : activation));
  const lossPerEpoch: number[] = [];
  const biasGradNormPerEpoch: number[] = [];
  const weightGradNormPerEpoch: number[] = [];

  for (let epoch = 0; epoch < epochs; ++epoch) {
    const order = batchSize >= data.length ? data : shuffle(data, rand);
    const losses: number[] = [];
    const biasGradNorms: number[] = [];
    const weightGradNorms: number[] = [];
    for (let start = 0; start < order.length; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      // Gradients of the batch's summed loss; dividing by the batch size gives
      // the gradient of its mean loss.
      const gradients = zeroGradients(layers);
      for (const sample of batch) {
        losses.push(backpropagate(layers, layerActivations, sample, gradients));
      }
      const biasGradient = gradients.flatMap((g) => g.b).map((v) => v / batch.length);
      const weightGradient = gradients.flatMap((g) => g.W.flat()).map((v) => v / batch.length);
      biasGradNorms.push(perParameterNorm(biasGradient));
      weightGradNorms.push(perParameterNorm(weightGradient));
      const stepSize = learningRate / batch.length;
      layers.forEach(({ W, b }, l) => {
        W.forEach((row, i) => descend(row, gradients[l].W[i], stepSize));
        if (bias) descend(b, gradients[l].b, stepSize);
      });
    }
    lossPerEpoch.push(mean(losses));
    biasGradNormPerEpoch.push(mean(biasGradNorms));
    weightGradNormPerEpoch.push(mean(weightGradNorms));
  }

  return {
    lossPerEpoch,
    predict: (x) => forward(layers, layerActivations, x).output,
    layers,
    biasGradNormPerEpoch,
    weightGradNormPerEpoch
  };
}

/**
 * Trains the same network twice from the same initial weights: once with
 * biases and once without, for side-by-side comparisons.
 *
 * @example
 * const { withBias, withoutBias } = trainWithAndWithoutBias(xorData(), { epochs: 500 });
 * withoutBias.predict([0, 0]); // [0.5]: without biases, a zero input gives z = 0 everywhere
 */
export function trainWithAndWithoutBias(
  data: readonly Sample[],
  options: Omit<MlpOptions, 'bias'> = {}
): { withBias: MlpResult; withoutBias: MlpResult } {
  return {
    withBias: trainMlp(data, { ...options, bias: true }),
    withoutBias: trainMlp(data, { ...options, bias: false })
  };
}

function initialLayers(sizes: readonly number[], rand: Random, biasInit: number): MlpLayer[] {
  return sizes.slice(1).map((fanOut, l) => {
    const fanIn = sizes[l];
    const sd = Math.sqrt(2 / (fanIn + fanOut));
    return {
      W: Array.from({ length: fanOut }, () => Array.from({ length: fanIn }, () => randomNormal(rand, 0, sd))),
      b: new Array<number>(fanOut).fill(biasInit)
    };
  });
}

// Runs the network on x, keeping what backpropagation needs: each layer's
// input and weighted sum z.
function forward(layers: readonly MlpLayer[], names: readonly ActivationName[], x: readonly number[]) {
  const inputs: (readonly number[])[] = [];
  const zs: number[][] = [];
  let a: readonly number[] = x;
  layers.forEach(({ W, b }, l) => {
    inputs.push(a);
    const z = dense(W, b, a); // W a + b, before the activation
    zs.push(z);
    a = z.map(activations[names[l]]);
  });
  return { inputs, zs, output: a.slice() };
}

// Adds one sample's loss gradient to gradients and returns its loss. For a
// sigmoid output with cross-entropy, and for an identity output with squared
// error, the gradient with respect to the output's z is simply proportional to
// (prediction − target); the chain rule carries it back one layer at a time.
function backpropagate(
  layers: readonly MlpLayer[],
  names: readonly ActivationName[],
  { x, y }: Sample,
  gradients: MlpLayer[]
): number {
  const { inputs, zs, output } = forward(layers, names, x);
  const isRegression = names[names.length - 1] === 'identity';
  const errors = output.map((p, k) => p - y[k]);
  const loss = isRegression ? dot(errors, errors) : output.reduce((total, p, k) => total + logLoss(p, y[k]), 0);
  let delta = isRegression ? errors.map((e) => 2 * e) : errors;
  for (let l = layers.length - 1; l >= 0; --l) {
    const g = gradients[l];
    for (let i = 0; i < delta.length; ++i) {
      for (let j = 0; j < inputs[l].length; ++j) g.W[i][j] += delta[i] * inputs[l][j];
      g.b[i] += delta[i];
    }
    if (l > 0) {
      const W = layers[l].W;
      const derivative = activationDerivatives[names[l - 1]];
      // Send the error back through the weights (Wᵀ delta), then through the
      // previous layer's activation.
      delta = zs[l - 1].map((z, j) => {
        let back = 0;
        for (let i = 0; i < delta.length; ++i) back += W[i][j] * delta[i];
        return back * derivative(z);
      });
    }
  }
  return loss;
}

function zeroGradients(layers: readonly MlpLayer[]): MlpLayer[] {
  return layers.map(({ W, b }) => ({ W: W.map((row) => row.map(() => 0)), b: b.map(() => 0) }));
}

// One gradient-descent step, in place: parameters −= stepSize · gradient.
function descend(parameters: number[], gradient: readonly number[], stepSize: number): void {
  for (let i = 0; i < parameters.length; ++i) parameters[i] -= stepSize * gradient[i];
}

function perParameterNorm(gradient: readonly number[]): number {
  return gradient.length === 0 ? 0 : norm(gradient) / Math.sqrt(gradient.length);
}
