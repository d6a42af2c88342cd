/**
 * A small multilayer perceptron trained by backpropagation, with a switch to
 * remove every bias. Deterministic: the weights come from a seeded generator,
 * and the run with and the run without biases start from the same weights.
 */
import { activationDerivatives, activations, type ActivationName } from './activation';
import type { Sample } from './datasets';
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
    biasInit = 0,
  } = options;
  if (data.length === 0) throw new Error('trainMlp: no data');
  const rand = mulberry32(seed);
  const sizes = [data[0].x.length, ...hidden, data[0].y.length];
  const layers = initialLayers(sizes, rand, bias ? biasInit : 0);
  const layerActivations = layers.map((_, l) => (l === layers.length - 1 ? output : activation));
  const lossPerEpoch: number[] = [];
  const biasGradNormPerEpoch: number[] = [];
  const weightGradNormPerEpoch: number[] = [];
  // Live cells retrain on every slider move, so the per-sample scratch arrays
  // and the gradients are allocated once here and reused, rather than created
  // afresh for every sample and batch.
  const workspace = createWorkspace(sizes);
  const gradients = zeroGradients(layers);

  for (let epoch = 0; epoch < epochs; ++epoch) {
    const order = batchSize >= data.length ? data : shuffle(data, rand);
    // Running sums, in the order the means would add them up.
    let lossTotal = 0;
    let sampleCount = 0;
    let biasGradNormTotal = 0;
    let weightGradNormTotal = 0;
    let batchCount = 0;
    for (let start = 0; start < order.length; start += batchSize) {
      const batch = order.slice(start, start + batchSize);
      // Gradients of the batch's summed loss; dividing by the batch size gives
      // the gradient of its mean loss.
      clearGradients(gradients);
      for (const sample of batch) {
        lossTotal += backpropagate(layers, layerActivations, sample, gradients, workspace);
        ++sampleCount;
      }
      biasGradNormTotal += perParameterNorm(gradients, batch.length, 'bias');
      weightGradNormTotal += perParameterNorm(gradients, batch.length, 'weight');
      ++batchCount;
      const stepSize = learningRate / batch.length;
      layers.forEach(({ W, b }, l) => {
        W.forEach((row, i) => descend(row, gradients[l].W[i], stepSize));
        if (bias) descend(b, gradients[l].b, stepSize);
      });
    }
    lossPerEpoch.push(lossTotal / sampleCount);
    biasGradNormPerEpoch.push(biasGradNormTotal / batchCount);
    weightGradNormPerEpoch.push(weightGradNormTotal / batchCount);
  }

  const predictWorkspace = createWorkspace(sizes);
  return {
    lossPerEpoch,
    predict: (x) => forward(layers, layerActivations, x, predictWorkspace).slice(),
    layers,
    biasGradNormPerEpoch,
    weightGradNormPerEpoch,
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
export function trainWithAndWithoutBias(data: readonly Sample[], options: Omit<MlpOptions, 'bias'> = {}): { withBias: MlpResult; withoutBias: MlpResult } {
  return {
    withBias: trainMlp(data, { ...options, bias: true }),
    withoutBias: trainMlp(data, { ...options, bias: false }),
  };
}

function initialLayers(sizes: readonly number[], rand: Random, biasInit: number): MlpLayer[] {
  return sizes.slice(1).map((fanOut, l) => {
    const fanIn = sizes[l];
    const sd = Math.sqrt(2 / (fanIn + fanOut));
    return {
      W: Array.from({ length: fanOut }, () => Array.from({ length: fanIn }, () => randomNormal(rand, 0, sd))),
      b: new Array<number>(fanOut).fill(biasInit),
    };
  });
}

// Scratch space for one pass through the network: each layer's weighted sums
// z, its outputs (the next layer's input) and its error signal delta.
interface Workspace {
  zs: number[][];
  outputs: number[][];
  deltas: number[][];
}

function createWorkspace(sizes: readonly number[]): Workspace {
  const perLayer = () => sizes.slice(1).map((size) => new Array<number>(size).fill(0));
  return { zs: perLayer(), outputs: perLayer(), deltas: perLayer() };
}

// Runs the network on x, keeping what backpropagation needs in the workspace:
// each layer's weighted sum z = W a + b and its output. Returns the last
// layer's output (the workspace's own array, overwritten by the next pass).
function forward(layers: readonly MlpLayer[], names: readonly ActivationName[], x: readonly number[], { zs, outputs }: Workspace): number[] {
  let a: readonly number[] = x;
  for (let l = 0; l < layers.length; ++l) {
    const { W, b } = layers[l];
    const f = activations[names[l]];
    for (let i = 0; i < W.length; ++i) {
      const row = W[i];
      if (row.length !== a.length) {
        throw new Error(`trainMlp: layer ${l} expects ${row.length} inputs but got ${a.length}`);
      }
      let weighted = 0; // the dot product W[i] · a, summed left to right as dot() does
      for (let j = 0; j < row.length; ++j) weighted += row[j] * a[j];
      zs[l][i] = weighted + b[i];
      outputs[l][i] = f(zs[l][i]);
    }
    a = outputs[l];
  }
  return outputs[layers.length - 1];
}

// Adds one sample's loss gradient to gradients and returns its loss. For a
// sigmoid output with cross-entropy, and for an identity output with squared
// error, the gradient with respect to the output's z is simply proportional to
// (prediction − target); the chain rule carries it back one layer at a time.
function backpropagate(layers: readonly MlpLayer[], names: readonly ActivationName[], { x, y }: Sample, gradients: MlpLayer[], workspace: Workspace): number {
  const output = forward(layers, names, x, workspace);
  const { zs, outputs, deltas } = workspace;
  const last = layers.length - 1;
  const isRegression = names[last] === 'identity';
  let loss = 0;
  for (let k = 0; k < output.length; ++k) {
    const error = output[k] - y[k];
    loss += isRegression ? error * error : logLoss(output[k], y[k]);
    deltas[last][k] = isRegression ? 2 * error : error;
  }
  for (let l = last; l >= 0; --l) {
    const g = gradients[l];
    const delta = deltas[l];
    const input = l === 0 ? x : outputs[l - 1];
    for (let i = 0; i < delta.length; ++i) {
      for (let j = 0; j < input.length; ++j) g.W[i][j] += delta[i] * input[j];
      g.b[i] += delta[i];
    }
    if (l > 0) {
      const W = layers[l].W;
      const derivative = activationDerivatives[names[l - 1]];
      const z = zs[l - 1];
      // Send the error back through the weights (Wᵀ delta), then through the
      // previous layer's activation.
      for (let j = 0; j < z.length; ++j) {
        let back = 0;
        for (let i = 0; i < delta.length; ++i) back += W[i][j] * delta[i];
        deltas[l - 1][j] = back * derivative(z[j]);
      }
    }
  }
  return loss;
}

function zeroGradients(layers: readonly MlpLayer[]): MlpLayer[] {
  return layers.map(({ W, b }) => ({ W: W.map((row) => row.map(() => 0)), b: b.map(() => 0) }));
}

function clearGradients(gradients: MlpLayer[]): void {
  for (const { W, b } of gradients) {
    for (const row of W) row.fill(0);
    b.fill(0);
  }
}

// One gradient-descent step, in place: parameters −= stepSize · gradient.
function descend(parameters: number[], gradient: readonly number[], stepSize: number): void {
  for (let i = 0; i < parameters.length; ++i) parameters[i] -= stepSize * gradient[i];
}

// The Euclidean norm of the batch's mean gradient for the biases or for the
// weights, divided by √(number of them). Squares are summed layer by layer,
// row by row, as norm() would sum the flattened gradient.
function perParameterNorm(gradients: readonly MlpLayer[], batchLength: number, kind: 'bias' | 'weight'): number {
  let squares = 0;
  let count = 0;
  const add = (values: readonly number[]) => {
    for (const v of values) {
      const meanGradient = v / batchLength;
      squares += meanGradient * meanGradient;
      ++count;
    }
  };
  for (const { W, b } of gradients) {
    if (kind === 'bias') add(b);
    else W.forEach(add);
  }
  return count === 0 ? 0 : Math.sqrt(squares) / Math.sqrt(count);
}
