// Checks the numbers of the "training dynamics" article against independent computations: a
// one-hidden-layer network and its gradient descent written out here (started from the module's
// initial weights), finite-difference gradients, a lower bound for odd functions, and closed forms.
import { describe, expect, it } from 'vitest';
import {
  baseOptions,
  initOptions,
  internals,
  lineData,
  longEpochs,
  seeds,
  threshold,
  trainingFacts as f
} from './training-dynamics.facts';
import { trainMlp, xorData, type MlpLayer, type Sample } from '../../../src/neuron/index';

type Act = 'tanh' | 'sigmoid' | 'relu';
const act = { tanh: Math.tanh, sigmoid: (z: number) => 1 / (1 + Math.exp(-z)), relu: (z: number) => Math.max(0, z) };
const der = {
  tanh: (z: number) => 1 - Math.tanh(z) ** 2,
  sigmoid: (z: number) => act.sigmoid(z) * (1 - act.sigmoid(z)),
  relu: (z: number) => (z > 0 ? 1 : 0)
};
const copy = (layers: MlpLayer[]) => layers.map(({ W, b }) => ({ W: W.map((r) => [...r]), b: [...b] }));

/** Mean squared error of a 1-hidden-layer network with an identity output, written out. */
function mse(layers: MlpLayer[], data: Sample[], a: Act, loss = 0) {
  const [h, o] = layers;
  for (const { x, y } of data) {
    let out = o.b[0];
    for (let j = 0; j < h.W.length; ++j) out += o.W[0][j] * act[a](h.W[j][0] * x[0] + h.b[j]);
    loss += (out - y[0]) ** 2;
  }
  return loss / data.length;
}

/** Full-batch gradient descent on the mean squared error, backpropagation written out. */
function train(start: MlpLayer[], data: Sample[], a: Act, epochs: number, lr: number, learnBias: boolean) {
  const [h, o] = copy(start);
  const losses: number[] = [];
  for (let e = 0; e < epochs; ++e) {
    losses.push(mse([h, o], data, a));
    const gW1 = h.W.map(() => 0), gb1 = h.b.map(() => 0), gW2 = o.W[0].map(() => 0);
    let gb2 = 0;
    for (const { x, y } of data) {
      const z = h.W.map((r, j) => r[0] * x[0] + h.b[j]);
      const hid = z.map(act[a]);
      const out = o.b[0] + hid.reduce((s, v, j) => s + o.W[0][j] * v, 0);
      const d = (2 * (out - y[0])) / data.length;
      gb2 += d;
      z.forEach((zj, j) => {
        gW2[j] += d * hid[j];
        const dj = d * o.W[0][j] * der[a](zj);
        gW1[j] += dj * x[0];
        gb1[j] += dj;
      });
    }
    h.W.forEach((r, j) => (r[0] -= lr * gW1[j]));
    o.W[0].forEach((_, j) => (o.W[0][j] -= lr * gW2[j]));
    if (learnBias) {
      h.b.forEach((_, j) => (h.b[j] -= lr * gb1[j]));
      o.b[0] -= lr * gb2;
    }
  }
  return losses;
}
const start = (data: Sample[], a: Act, seed: number, biasInit = 0) =>
  trainMlp(data, { ...baseOptions, activation: a, epochs: 0, seed, biasInit }).layers;

describe('training dynamics facts: the runs themselves', () => {
  it('match a written-out gradient descent from the same initial weights (two seeds, both settings)', () => {
    for (const seed of [1, 2]) {
      const data = lineData(3, seed);
      const w0 = start(data, 'sigmoid', seed);
      const mine = train(w0, data, 'sigmoid', longEpochs, baseOptions.learningRate, true);
      const mineNo = train(w0, data, 'sigmoid', longEpochs, baseOptions.learningRate, false);
      const run = internals.sigmoidOffsetRuns[seed - 1];
      mine.forEach((l, e) => expect(run.withBias.lossPerEpoch[e]).toBeCloseTo(l, 8));
      mineNo.forEach((l, e) => expect(run.withoutBias.lossPerEpoch[e]).toBeCloseTo(l, 8));
    }
  });
  it('summaries agree with the loss curves', () => {
    const reach = (l: number[]) => l.findIndex((v) => v < threshold) + 1 || Infinity;
    const w = internals.sigmoidOffsetRuns.map((r) => r.withBias.lossPerEpoch);
    const n = internals.sigmoidOffsetRuns.map((r) => r.withoutBias.lossPerEpoch);
    expect(f.sigmoidOffset.reachWith).toEqual(w.map(reach));
    expect(f.sigmoidOffset.reachWithout).toEqual(n.map(reach));
    let at5w = 0, at5n = 0, finW = 0, finN = 0;
    w.forEach((l, i) => ((at5w += l[4] / 10), (at5n += n[i][4] / 10), (finW += l[199] / 10), (finN += n[i][199] / 10)));
    expect(f.sigmoidOffset.lossAt5With).toBeCloseTo(at5w, 10);
    expect(f.sigmoidOffset.lossAt5Without).toBeCloseTo(at5n, 10);
    expect(f.sigmoidOffset.finalWith).toBeCloseTo(finW, 10);
    expect(f.sigmoidOffset.finalWithout).toBeCloseTo(finN, 10);
  });
});

describe('training dynamics facts: what the prose claims', () => {
  it('sigmoid, offset data: biases help early, and both end near the noise level', () => {
    const s = f.sigmoidOffset;
    expect(s.lossAt5With).toBeLessThan(s.lossAt5Without);
    expect(s.meanReachWith).toBeLessThan(s.meanReachWithout);
    expect(s.seedsBiasFaster).toBe(s.reachWith.filter((r, i) => r < s.reachWithout[i]).length);
    expect(s.seedsBiasSlower).toBe(s.reachWithout.filter((r, i) => r < s.reachWith[i]).length);
    expect(s.seedsBiasFaster).toBeGreaterThan(s.seedsBiasSlower);
    expect(s.finalWith).toBeLessThan(0.3);
    expect(s.finalWithout).toBeLessThan(0.3);
    expect(s.seedsWithoutNotWorse).toBeGreaterThan(0);
  });
  it('tanh, offset data: without biases the loss cannot go below what an odd function allows', () => {
    // x is a symmetric grid (x = 0 included): an odd f has f(0) = 0 and f(−x) = −f(x), so the
    // best it can do on a pair (x, −x) is (y₊ + y₋)² / 2.
    seeds.forEach((seed, i) => {
      const d = lineData(3, seed);
      let bound = d[6].y[0] ** 2;
      for (let k = 0; k < 6; ++k) bound += (d[k].y[0] + d[12 - k].y[0]) ** 2 / 2;
      bound /= d.length;
      expect(bound).toBeGreaterThan(8);
      const losses = internals.tanhOffsetRuns[i].withoutBias.lossPerEpoch;
      expect(Math.min(...losses)).toBeGreaterThanOrEqual(bound - 1e-9);
    });
    expect(f.tanhOffset.reachWithout.every((r) => r === Infinity)).toBe(true);
    expect(f.tanhOffset.finalWith).toBeLessThan(0.3);
  });
  it('tanh, centred data: the two runs reach the threshold together', () => {
    expect(f.tanhCentred.reachWith).toEqual(f.tanhCentred.reachWithout);
    expect(Math.abs(f.tanhCentred.lossAt5With - f.tanhCentred.lossAt5Without)).toBeLessThan(0.05);
  });
});

describe('training dynamics facts: gradient sizes at the start', () => {
  /** Per-parameter RMS of bias and weight gradients by central differences on the written-out loss. */
  function fdRatio(layers: MlpLayer[], data: Sample[], a: Act, loss = mse) {
    const h = 1e-6;
    const grads = { b: [] as number[], W: [] as number[] };
    layers.forEach((layer, l) => {
      const probe = (kind: 'b' | 'W', set: (L: MlpLayer[], v: number) => void, v0: number) => {
        const up = copy(layers), down = copy(layers);
        set(up, v0 + h);
        set(down, v0 - h);
        grads[kind].push((loss(up, data, a) - loss(down, data, a)) / (2 * h));
      };
      layer.b.forEach((v, i) => probe('b', (L, x) => (L[l].b[i] = x), v));
      layer.W.forEach((row, i) => row.forEach((v, j) => probe('W', (L, x) => (L[l].W[i][j] = x), v)));
    });
    const rms = (g: number[]) => Math.sqrt(g.reduce((s, v) => s + v * v, 0) / g.length);
    return rms(grads.b) / rms(grads.W);
  }
  it('match finite differences (tanh with an offset, tanh centred)', () => {
    for (const seed of [1, 7]) {
      const d = lineData(3, seed);
      expect(f.ratiosTanhOffset[seed - 1]).toBeCloseTo(fdRatio(start(d, 'tanh', seed), d, 'tanh'), 4);
      const c = lineData(0, seed);
      expect(f.ratiosTanhCentred[seed - 1]).toBeCloseTo(fdRatio(start(c, 'tanh', seed), c, 'tanh'), 4);
    }
  });
  it('XOR: the ratio is on both sides of 1 depending on the seed', () => {
    expect(f.minRatioXor).toBeLessThan(1);
    expect(f.maxRatioXor).toBeGreaterThan(1);
    // seed 5's ratio, from cross-entropy finite differences on XOR with a sigmoid output
    const xe = (layers: MlpLayer[], data: Sample[]) => {
      const [h, o] = layers;
      let s = 0;
      for (const { x, y } of data) {
        let z = o.b[0];
        h.W.forEach((r, j) => (z += o.W[0][j] * Math.tanh(r[0] * x[0] + r[1] * x[1] + h.b[j])));
        const p = act.sigmoid(z);
        s -= y[0] * Math.log(p) + (1 - y[0]) * Math.log(1 - p);
      }
      return s / data.length;
    };
    const layers = trainMlp(xorData(), { hidden: [8], epochs: 0, seed: 5 }).layers;
    expect(f.xorRatios[4]).toBeCloseTo(fdRatio(layers, xorData(), 'tanh', xe), 4);
  });
  it('the orderings the prose states', () => {
    expect(f.minRatioTanhOffset).toBeGreaterThan(0.9);
    expect(f.ratiosTanhOffset.filter((r) => r < 1).length).toBe(1); // 'all but one seed'
    expect(f.seedCount).toBe(10);
    expect(f.maxRatioTanhCentred).toBeLessThan(0.5);
    expect(f.maxRatioSigmoidOffset).toBeLessThan(1.1);
    expect(f.defaultMinRatio).toBeGreaterThan(1);
  });
});

describe('training dynamics facts: initial biases', () => {
  it('counts ReLU units that are off for every input at the start', () => {
    let dead = 0;
    for (const seed of seeds) {
      const d = lineData(3, seed);
      const [h] = start(d, 'relu', seed, -1);
      dead += h.W.filter((r) => d.every(({ x }) => r[0] * x[0] - 1 <= 0)).length;
    }
    expect(f.deadAtStart[-1]).toBeCloseTo(dead / seeds.length, 12);
    expect(f.deadAtStart[0]).toBe(0); // a zero bias puts the kink at x = 0, inside the data
    expect(f.deadAtStart[0.01]).toBe(0);
  });
  it('the first loss is the loss at the initial weights; 0.01 barely differs from 0, −1 is worse', () => {
    let first = 0;
    for (const seed of seeds) first += mse(start(lineData(3, seed), 'relu', seed, -1), lineData(3, seed), 'relu') / seeds.length;
    expect(f.initLoss1[-1]).toBeCloseTo(first, 8);
    expect(Math.abs(f.initLoss10[0.01] - f.initLoss10[0]) / f.initLoss10[0]).toBeLessThan(0.1);
    expect(f.initLoss10[-1]).toBeGreaterThan(2 * f.initLoss10[0]);
    expect(f.initLossEnd[-1]).toBeGreaterThan(f.initLossEnd[0]);
    expect(initOptions.epochs).toBe(f.initEpochs);
  });
  it('an output bias of log(p / (1 − p)) starts at the entropy of the prior', () => {
    const p = 0.1;
    expect(f.priorBias).toBeCloseTo(-Math.log(9), 12);
    expect(f.startLossPriorBias).toBeCloseTo(-(p * Math.log(p) + (1 - p) * Math.log(1 - p)), 10);
    expect(f.startLossZeroBias).toBeCloseTo(Math.LN2, 12);
  });
});
