// Checks every number the intercept article quotes, each against an independent
// computation written out here (closed formulas, own forward passes, exact scans)
// or a property that must hold whatever the seed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { biasFreeStack, interceptFacts as f, interceptInternals as internals, mlpData } from './intercept.facts';

type Layer = { W: number[][]; b: number[] };
const act = {
  tanh: Math.tanh,
  relu: (z: number) => Math.max(0, z),
  sigmoid: (z: number) => 1 / (1 + Math.exp(-z)),
};
/** A forward pass written out: hidden layers with `hidden`, a sigmoid output; returns the output's pre-activation. */
function outputPreActivation(layers: Layer[], hidden: (z: number) => number, x: number[]): number {
  let a = x;
  let z: number[] = [];
  layers.forEach(({ W, b }, l) => {
    z = W.map((row, i) => row.reduce((s, w, j) => s + w * a[j], 0) + b[i]);
    a = l === layers.length - 1 ? z : z.map(hidden);
  });
  return z[0];
}

describe('regression with and without the constant term', () => {
  const xs = internals.line.map((p) => p.x);
  const ys = internals.line.map((p) => p.y);
  const n = xs.length;
  let Sx = 0, Sy = 0, Sxx = 0, Sxy = 0;
  for (let i = 0; i < n; ++i) {
    Sx += xs[i]; Sy += ys[i]; Sxx += xs[i] * xs[i]; Sxy += xs[i] * ys[i];
  }
  const slope = (n * Sxy - Sx * Sy) / (n * Sxx - Sx * Sx);
  const intercept = (Sy - slope * Sx) / n;
  const slope0 = Sxy / Sxx;
  const sse = (m: number, c: number) => xs.reduce((s, x, i) => s + (ys[i] - (m * x + c)) ** 2, 0);
  const yMean = Sy / n;
  const sst = ys.reduce((s, y) => s + (y - yMean) ** 2, 0);

  it('matches the closed-form normal equations', () => {
    expect(f.lineN).toBe(30);
    expect(f.slopeWith).toBeCloseTo(slope, 10);
    expect(f.interceptWith).toBeCloseTo(intercept, 10);
    expect(f.slopeWithout).toBeCloseTo(slope0, 10);
    expect(f.sseWith).toBeCloseTo(sse(slope, intercept), 9);
    expect(f.sseWithout).toBeCloseTo(sse(slope0, 0), 9);
    expect(f.rSquaredWith).toBeCloseTo(1 - sse(slope, intercept) / sst, 10);
    expect(f.rSquaredWithout).toBeCloseTo(1 - sse(slope0, 0) / sst, 10);
    expect(f.sseRatio).toBeCloseTo(sse(slope0, 0) / sse(slope, intercept), 9);
  });
  it('recovers the generating line with the intercept, and overshoots the slope without it', () => {
    expect(Math.abs(f.slopeWith - f.trueSlope)).toBeLessThan(0.1);
    expect(Math.abs(f.interceptWith - f.trueIntercept)).toBeLessThan(0.5);
    expect(f.slopeWithout).toBeGreaterThan(f.slopeWith);
    // The intercept model contains the origin model, so it can never fit worse.
    expect(f.sseWithout).toBeGreaterThan(f.sseWith);
  });
  it('no line through the origin beats the least-squares one (a scan of slopes)', () => {
    for (let m = 0; m <= 2; m += 0.001) expect(sse(m, 0)).toBeGreaterThanOrEqual(f.sseWithout - 1e-9);
  });
});

describe('the perceptron on the blobs', () => {
  const pts = internals.blobs;
  const correct = (w: number[], b: number) =>
    pts.filter((p) => ((w[0] * p.x[0] + w[1] * p.x[1] + b >= 0 ? 1 : 0) === p.label)).length / pts.length;

  it('with a bias it converges and separates every point', () => {
    expect(f.blobN).toBe(100);
    expect(f.perceptronConvergedWith).toBe(true);
    expect(internals.perceptronWith.errorsPerEpoch.at(-1)).toBe(0);
    expect(f.perceptronEpochsWith).toBe(internals.perceptronWith.errorsPerEpoch.length);
    expect(correct(internals.perceptronWith.weights, internals.perceptronWith.bias)).toBe(1);
    expect(f.perceptronAccuracyWith).toBe(1);
    // Learning rate 1 and labels 0/1: the bias moves in whole steps of ±1.
    expect(Number.isInteger(f.perceptronBiasWith)).toBe(true);
  });
  it('without a bias it never has an error-free pass, and its accuracy is what it is', () => {
    expect(f.perceptronConvergedWithout).toBe(false);
    expect(f.perceptronEpochsWithout).toBe(50);
    expect(f.perceptronAccuracyWithout).toBe(correct(internals.perceptronWithout.weights, 0));
  });
  it('the best line through the origin (an exact scan of every direction) gets 65 %', () => {
    // The classification by the direction θ changes only where the line through the origin
    // passes through a data point: at θ = atan2(y, x) ± π/2. Between two consecutive such angles
    // it is constant, so the midpoints give every possible labelling.
    const critical = pts
      .flatMap((p) => [Math.atan2(p.x[1], p.x[0]) + Math.PI / 2, Math.atan2(p.x[1], p.x[0]) - Math.PI / 2])
      .map((t) => ((t % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI))
      .sort((a, b) => a - b);
    let best = 0;
    critical.forEach((t, i) => {
      const next = i + 1 < critical.length ? critical[i + 1] : critical[0] + 2 * Math.PI;
      const mid = (t + next) / 2;
      best = Math.max(best, correct([Math.cos(mid), Math.sin(mid)], 0));
    });
    expect(f.bestAccuracyThroughOrigin).toBe(best);
    expect(best).toBeLessThan(1);
  });
});

describe('stacks of bias-free layers', () => {
  it('map the zero input to zero for tanh and ReLU, not for sigmoid (σ(0) = 1/2)', () => {
    expect(f.stackAtZero.tanh).toBe(0);
    expect(f.stackAtZero.relu).toBe(0);
    expect(Math.abs(f.stackAtZero.sigmoid)).toBeGreaterThan(1e-3);
  });
  it('hold for any seed and depth; ReLU stacks are positively homogeneous', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.1, max: 10, noNaN: true }), (seed, depth, c) => {
        expect(biasFreeStack([0, 0], 'tanh', seed, depth)[0]).toBe(0);
        expect(biasFreeStack([0, 0], 'relu', seed, depth)[0]).toBe(0);
        const fx = biasFreeStack([0.3, -1.2], 'relu', seed, depth)[0];
        const fcx = biasFreeStack([0.3 * c, -1.2 * c], 'relu', seed, depth)[0];
        expect(fcx).toBeCloseTo(c * fx, 8);
      }),
      { numRuns: 50 }
    );
  });
});

describe('the 1-D network fitted to y ≈ 0.8 x + 3', () => {
  const xs = mlpData.map((s) => s.x[0]);
  const ys = mlpData.map((s) => s.y[0]);
  it('without biases it is an odd function: f(0) = 0 and f(−x) = −f(x)', () => {
    expect(f.mlpAtZeroWithout).toBe(0);
    for (const x of xs) {
      expect(internals.mlp.withoutBias.predict([-x])[0]).toBeCloseTo(-internals.mlp.withoutBias.predict([x])[0], 12);
    }
  });
  it('so its loss cannot go below the best odd fit, computed point pair by point pair', () => {
    // The inputs come in pairs ±x (and 0). An odd g has g(−x) = −g(x); the best choice for a
    // pair is g(x) = (y(x) − y(−x)) / 2, leaving 2·((y(x) + y(−x)) / 2)² per pair, and y(0)² at 0.
    const n = xs.length;
    let bound = 0;
    for (let i = 0; i < n; ++i) {
      const j = n - 1 - i;
      expect(xs[j] === -xs[i]).toBe(true);
      if (i < j) bound += 2 * ((ys[i] + ys[j]) / 2) ** 2;
      if (i === j) bound += ys[i] ** 2;
    }
    bound /= n;
    expect(f.mlpLossWithout).toBeGreaterThanOrEqual(bound - 1e-9);
    expect(bound).toBeGreaterThan(8); // about the true intercept squared, 3² = 9
  });
  it('with biases it fits the offset: loss near the noise level, f(0) near 3', () => {
    expect(f.mlpLossWith).toBeLessThan(0.5); // the noise variance is 0.5² = 0.25
    expect(Math.abs(f.mlpAtZeroWith - 3)).toBeLessThan(0.5);
  });
});

describe('MLPs on the blobs', () => {
  for (const name of ['tanh', 'relu', 'sigmoid'] as const) {
    it(`${name}: accuracies match an independent forward pass`, () => {
      const nets = internals.blobNets[name];
      const accuracy = (layers: Layer[]) =>
        internals.blobSamples.filter((s) => ((outputPreActivation(layers, act[name], s.x) >= 0 ? 1 : 0) === s.y[0])).length /
        internals.blobSamples.length;
      expect(nets.withoutBias.layers.every((l) => l.b.every((b) => b === 0))).toBe(true);
      expect(f.blobAccuracy[name].with).toBe(accuracy(nets.withBias.layers));
      expect(f.blobAccuracy[name].without).toBe(accuracy(nets.withoutBias.layers));
    });
  }
  it('a bias-free ReLU net gives the same answer all along each ray from the origin', () => {
    const layers = internals.blobNets.relu.withoutBias.layers;
    for (const s of internals.blobSamples.slice(0, 10)) {
      const z = outputPreActivation(layers, act.relu, s.x);
      expect(outputPreActivation(layers, act.relu, s.x.map((v) => 3 * v))).toBeCloseTo(3 * z, 10);
    }
  });
  it('with biases every net separates the blobs; without, only the sigmoid one does', () => {
    expect(f.blobAccuracy.tanh.with).toBe(1);
    expect(f.blobAccuracy.relu.with).toBe(1);
    expect(f.blobAccuracy.sigmoid.with).toBe(1);
    expect(f.blobAccuracy.relu.without).toBeLessThan(f.blobAccuracy.tanh.without);
    expect(f.blobAccuracy.sigmoid.without).toBe(1);
  });
});
