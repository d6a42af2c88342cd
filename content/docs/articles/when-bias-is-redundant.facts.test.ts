// Checks the numbers of the "when bias is redundant" article against independent computations:
// batch and layer normalization written out here, closed forms, a gradient descent written out
// for one network, and properties that hold for every weight (a one-unit bias-free sigmoid net
// answers the same class everywhere; a bias-free ReLU net is positively homogeneous).
import { describe, expect, it } from 'vitest';
import {
  bnBatch,
  bnBiasDirection,
  bnW,
  classData,
  lossWeights,
  redundantFacts as f,
  redundantInternals as internals,
  seeds,
  sizeOptions
} from './when-bias-is-redundant.facts';
import { trainMlp, type MlpLayer } from '../../../src/neuron/index';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
const logit = (p: number) => Math.log(p / (1 - p));

/** Batch norm written out: per column, (v − mean) / sqrt(population variance + 1e-5). */
function bn(Z: number[][]) {
  const out = Z.map((r) => [...r]);
  for (let j = 0; j < Z[0].length; ++j) {
    let m = 0;
    for (const r of Z) m += r[j] / Z.length;
    let v = 0;
    for (const r of Z) v += (r[j] - m) ** 2 / Z.length;
    for (let n = 0; n < Z.length; ++n) out[n][j] = (Z[n][j] - m) / Math.sqrt(v + 1e-5);
  }
  return out;
}
const layer = (W: number[][], b: number[]) => bnBatch.map((x) => W.map((row, i) => row[0] * x[0] + row[1] * x[1] + b[i]));
const ln = (Z: number[][]) => Z.map((r) => bn(r.map((v) => [v])).map((c) => c[0]));
const maxAbs = (A: number[][], B: number[][]) => Math.max(...A.flat().map((v, i) => Math.abs(v - B.flat()[i])));

describe('redundant facts: small and larger networks', () => {
  it('one sigmoid unit without bias gives every input the same class, for every seed', () => {
    // output logit = v·σ(w x) has the sign of v for every x, since σ > 0
    for (const { withoutBias } of internals.sizeRuns[1]) {
      const classes = new Set(classData.map((s) => (withoutBias.predict(s.x)[0] >= 0.5 ? 1 : 0)));
      expect(classes.size).toBe(1);
    }
    expect(f.perfectWithout[1]).toBe(0);
    expect(f.maxAccWithoutOneUnit).toBe(0.5);
  });
  it('with enough units the bias-free network classifies everything too, but its loss stays higher', () => {
    expect(f.perfectWithout[4]).toBe(seeds.length);
    expect(f.perfectWithout[8]).toBe(seeds.length);
    expect(f.perfectWithout[2]).toBeLessThan(seeds.length);
    expect(f.perfectWith[1]).toBe(seeds.length - 1); // 'the other got stuck'
    for (const h of f.sizes) expect(f.meanLossWithout[h]).toBeGreaterThan(f.meanLossWith[h]);
    expect(f.meanLossWithout[8]).toBeLessThan(f.meanLossWithout[1]);
  });
  it('one run agrees with a gradient descent written out here (2 sigmoid units, no biases, seed 4)', () => {
    const start = trainMlp(classData, { ...sizeOptions, hidden: [2], epochs: 0, seed: 4 }).layers as MlpLayer[];
    const W1 = start[0].W.map((r) => r[0]);
    const W2 = [...start[1].W[0]];
    for (let e = 0; e < sizeOptions.epochs; ++e) {
      const g1 = [0, 0], g2 = [0, 0];
      for (const { x, y } of classData) {
        const hid = W1.map((w) => sig(w * x[0]));
        const d = (sig(W2[0] * hid[0] + W2[1] * hid[1]) - y[0]) / classData.length;
        hid.forEach((hv, j) => ((g2[j] += d * hv), (g1[j] += d * W2[j] * hv * (1 - hv) * x[0])));
      }
      W1.forEach((_, j) => ((W1[j] -= sizeOptions.learningRate * g1[j]), (W2[j] -= sizeOptions.learningRate * g2[j])));
    }
    const net = internals.sizeRuns[2][3].withoutBias;
    for (const x of [1, 2.5, 4]) expect(net.predict([x])[0]).toBeCloseTo(sig(W2[0] * sig(W1[0] * x) + W2[1] * sig(W1[1] * x)), 8);
  });
  it('a bias-free ReLU network is positively homogeneous, so on x > 0 it cannot place a threshold', () => {
    for (const { withoutBias } of internals.reluRuns) {
      for (const x of [0.5, 1.7, 3.2]) {
        const z1 = logit(withoutBias.predict([x])[0]);
        const z2 = logit(withoutBias.predict([2 * x])[0]);
        expect(z2).toBeCloseTo(2 * z1, 6);
      }
    }
    expect(f.reluAccWithout.every((a) => a === 0.5)).toBe(true);
  });
});

describe('redundant facts: batch normalization', () => {
  it('BN(Wx + b) = BN(Wx) for every b tried, written-out BN', () => {
    for (const s of f.bnScales) {
      const b = bnBiasDirection.map((d) => s * d);
      expect(maxAbs(bn(layer(bnW, b)), bn(layer(bnW, [0, 0, 0])))).toBeLessThan(1e-12);
    }
    expect(f.bnMaxDiff).toBeLessThan(1e-12);
  });
  it('the gradient through BN is zero for b and not for a weight', () => {
    const L = (W: number[][], b: number[]) => bn(layer(W, b)).reduce((s, r, n) => s + r.reduce((t, v, j) => t + lossWeights[n][j] * v, 0), 0);
    const h = 1e-5;
    const b0 = [0.3, -0.7, 1.5];
    const Wp = bnW.map((r, i) => r.map((v, k) => (i === 0 && k === 0 ? v + h : v)));
    const Wm = bnW.map((r, i) => r.map((v, k) => (i === 0 && k === 0 ? v - h : v)));
    expect(f.gradW00).toBeCloseTo((L(Wp, b0) - L(Wm, b0)) / (2 * h), 5);
    expect(Math.abs(f.gradW00)).toBeGreaterThan(0.1);
    expect(f.maxAbsGradB).toBeLessThan(1e-9);
  });
  it('the running mean absorbs the bias up to (1 − momentum)^steps', () => {
    expect(f.absorbed).toBeCloseTo(1 - (1 - f.momentum) ** f.steps, 10);
    expect(f.leftOver).toBeCloseTo(0.9 ** 50, 10);
    internals.runWith.forEach((v, j) => expect(v - internals.runWithout[j]).toBeCloseTo(f.runningBias * (1 - 0.9 ** 50), 10));
  });
});

describe('redundant facts: layer normalization', () => {
  it('cancels a bias that is the same for every feature, not a per-feature one', () => {
    const Z = internals.Z;
    expect(maxAbs(ln(Z.map((r) => r.map((v) => v + 4))), ln(Z))).toBeLessThan(1e-12);
    expect(f.lnCommonDiff).toBeLessThan(1e-12);
    const shifted = ln(Z.map((r) => r.map((v, j) => v + [1, -1, 0][j])));
    expect(f.lnPerFeatureDiff).toBeCloseTo(maxAbs(shifted, ln(Z)), 10);
    expect(f.lnPerFeatureDiff).toBeGreaterThan(0.1);
  });
});

describe('redundant facts: a 1 x 1 projection', () => {
  it('counts parameters, output values, operations and values moved', () => {
    const [cin, cout, pixels] = [64, 16, 32 * 32];
    expect(f.projWeights).toBe(cin * cout);
    expect(f.projBiases).toBe(cout);
    expect(f.projBiasShare).toBeCloseTo(16 / 1040, 12);
    expect(f.projOutputs).toBe(16384);
    // the convolution reads the input and the weights and writes the output; the bias pass
    // reads every output value and the biases, and writes every output value again
    const convMoves = cin * pixels + cin * cout + cout * pixels;
    const biasMoves = cout * pixels + cout + cout * pixels;
    expect(f.projCost.convTraffic).toBe(convMoves);
    expect(f.projCost.biasTraffic).toBe(biasMoves);
    expect(f.projExtraTraffic).toBeCloseTo(32784 / 82944, 12);
    expect(f.projExtraTraffic).toBeGreaterThan(0.39);
    expect(f.projExtraTraffic).toBeLessThan(0.4);
    expect(f.projExtraArithmetic).toBeCloseTo(1 / cin, 12);
    expect(f.projIntensity).toBeCloseTo((cin * cout * pixels) / convMoves, 12);
    expect(Math.round(f.projIntensity)).toBe(13);
  });
});
