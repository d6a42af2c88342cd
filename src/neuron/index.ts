/**
 * The neuron module: small, pure, seeded building blocks for explaining what a
 * neuron's bias is for. Article code imports everything from here.
 */

// Randomness: seeded, so every figure is reproducible.
export { mulberry32, randomNormal, shuffle, uniform, uniformPositive, type Random } from './rng';

// Linear algebra.
export { addVec, dot, linspace, matVec, mean, norm, solveLinearSystem, sum, transpose, variance } from './linalg';

// Activation functions.
export { activationDerivatives, activations, identity, relu, sigmoid, sigmoidDerivative, step, tanh, type ActivationName } from './activation';

// A single neuron, and where its bias puts its step or boundary.
export {
  boundaryDistanceFromOrigin,
  decisionBoundary2d,
  neuron,
  neuronOutput,
  preActivation,
  stepPosition,
  type DecisionBoundary,
  type NeuronOptions,
  type NeuronOutputOptions,
} from './neuron';

// Layers, and the bias trick.
export { appendOne, dense, denseBiasTrick, withBiasColumn } from './layer';

// Linear regression: the intercept is a bias.
export { leastSquares, leastSquaresMulti, type LeastSquaresOptions, type LineFit, type LinearFit } from './regression';

// Classifiers: the perceptron and logistic regression.
export { classifyLinear, trainPerceptron, type PerceptronOptions, type PerceptronResult } from './perceptron';
export { accuracy, logLoss, trainLogisticRegression, type LogisticRegressionOptions, type LogisticRegressionResult } from './logistic';

// Multilayer networks, trained with and without biases.
export { trainMlp, trainWithAndWithoutBias, type MlpLayer, type MlpOptions, type MlpResult } from './mlp';
export { gradientSizesByLayer, layerGradients, type LayerGradientOptions, type LayerGradientSize } from './gradients';

// Batch normalisation, which makes a preceding bias redundant.
export { batchNorm, type BatchNormOptions } from './batchnorm';
// A 1 × 1 convolution, and what a separate bias pass over its output costs.
export { addChannelBias, conv1x1, conv1x1Cost, type Conv1x1Cost, type Conv1x1Shape, type ConvOutputOptions } from './conv';

// Universal approximation with bumps: biases place the steps.
export {
  bump,
  bumpApproximation,
  maxAbsDifference,
  maxError,
  stepNeuron,
  type Bump,
  type BumpApproximation,
  type BumpApproximationOptions,
  type MaxAbsDifferenceOptions,
  type StepNeuronOptions,
} from './approximation';

// Probability: the sigmoid as the logistic CDF, and its normal cousin.
export {
  erf,
  erfc,
  logisticCdf,
  logisticPdf,
  logisticVariance,
  normalCdf,
  normalPdf,
  sampleLogistic,
  sampleNormal,
  type LogisticOptions,
  type NormalOptions,
} from './distribution';

// Spiking neurons: a threshold is a bias.
export {
  firingRateCurve,
  lifNeuron,
  lifRate,
  poissonSpikeTrain,
  type LifOptions,
  type LifResult,
  type LifSimulationOptions,
  type PoissonSpikeTrainOptions,
} from './spiking';

// Data sets that need a bias.
export {
  blobs2d,
  greenPoint,
  lineWithOffset,
  twoClass1d,
  xorData,
  type Blobs2dOptions,
  type LabeledPoint,
  type LineWithOffsetOptions,
  type Point,
  type Sample,
  type TwoClass1dOptions,
} from './datasets';
