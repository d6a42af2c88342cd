// Checks the numbers of the "training dynamics" article against independent computations: a
// one-hidden-layer network and its (mini-batch) gradient descent written out here (started from the
// module's initial weights), finite-difference gradients, a lower bound for odd functions, and closed forms.
import { describe, expect, it } from 'vitest';
import {
  baseOptions,
  firstEpochBelow,
  initOptions,
  internals,
  lineData,
  longEpochs,
  miniBatchOptions,
  miniBatchPoints,
  miniBatchSeeds,
  seeds,
  threshold,
  trainingFacts as f
} from './training-dynamics.facts';
import { mulberry32, trainMlp, type MlpLayer, type Sample } from '../../../src/neuron/index';

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

/**
 * Gradient descent on the mean squared error, backpropagation written out. Full batch by default;
 * with batchSize and a random generator, each epoch shuffles the data (Fisher–Yates) and takes one
 * step per batch. Returns the mean loss over each epoch, each batch's loss taken before its step.
 */
function train(start: MlpLayer[], data: Sample[], a: Act, epochs: number, lr: number, learnBias: boolean, batchSize = data.length, rand?: () => number) {
  const [h, o] = copy(start);
  const losses: number[] = [];
  for (let e = 0; e < epochs; ++e) {
    const order = [...data];
    if (rand) {
      for (let i = order.length - 1; i > 0; --i) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
    }
    let epochLoss = 0;
    for (let s = 0; s < order.length; s += batchSize) {
      const batch = order.slice(s, s + batchSize);
      epochLoss += mse([h, o], batch, a) * batch.length;
      const gW1 = h.W.map(() => 0), gb1 = h.b.map(() => 0), gW2 = o.W[0].map(() => 0);
      let gb2 = 0;
      for (const { x, y } of batch) {
        const z = h.W.map((r, j) => r[0] * x[0] + h.b[j]);
        const hid = z.map(act[a]);
        const out = o.b[0] + hid.reduce((sum, v, j) => sum + o.W[0][j] * v, 0);
        const d = (2 * (out - y[0])) / batch.length;
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
    losses.push(epochLoss / data.length);
  }
  return losses;
}
const start = (data: Sample[], a: Act, seed: number, biasInit = 0) =>
  trainMlp(data, { ...baseOptions, activation: a, epochs: 0, seed, biasInit }).layers;

describe('training dynamics facts: the runs themselves', () => {
  it('match a written-out gradient descent from the same initial weights (two seeds, full batch)', () => {
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
  it('match a written-out mini-batch descent (two seeds): 400 points, batches of 20, shuffled each epoch', () => {
    for (const seed of [1, 2]) {
      const data = lineData(3, seed, miniBatchPoints);
      const w0 = start(data, 'sigmoid', seed);
      const { epochs, learningRate, batchSize } = miniBatchOptions;
      for (const [learnBias, run] of [
        [true, internals.miniBatchRuns[seed - 1].withBias],
        [false, internals.miniBatchRuns[seed - 1].withoutBias]
      ] as const) {
        // The module's generator drew two numbers per initial weight (16 weights) before shuffling.
        const rand = mulberry32(seed);
        for (let i = 0; i < 32; ++i) rand();
        const mine = train(w0, data, 'sigmoid', epochs, learningRate, learnBias, batchSize, rand);
        mine.forEach((l, e) => expect(run.lossPerEpoch[e]).toBeCloseTo(l, 8));
      }
    }
  });
  it('summaries agree with the loss curves', () => {
    const reach = (l: number[], level: number) => l.findIndex((v) => v < level) + 1 || Infinity;
    const w = internals.sigmoidOffsetRuns.map((r) => r.withBias.lossPerEpoch);
    const n = internals.sigmoidOffsetRuns.map((r) => r.withoutBias.lossPerEpoch);
    expect(f.sigmoidOffset.reachWith).toEqual(w.map((l) => reach(l, threshold)));
    expect(f.sigmoidOffset.reachWithout).toEqual(n.map((l) => reach(l, threshold)));
    expect(firstEpochBelow([3, 2, 0.9], 1)).toBe(3);
    let at5w = 0, at5n = 0, finW = 0, finN = 0;
    w.forEach((l, i) => ((at5w += l[4] / 10), (at5n += n[i][4] / 10), (finW += l[199] / 10), (finN += n[i][199] / 10)));
    expect(f.sigmoidOffset.lossAt5With).toBeCloseTo(at5w, 10);
    expect(f.sigmoidOffset.lossAt5Without).toBeCloseTo(at5n, 10);
    expect(f.sigmoidOffset.finalWith).toBeCloseTo(finW, 10);
    expect(f.sigmoidOffset.finalWithout).toBeCloseTo(finN, 10);
    const gaps = f.sigmoidOffset.reachWith.map((r, i) => Math.abs(r - f.sigmoidOffset.reachWithout[i]));
    expect(f.sigmoidOffset.maxReachGap).toBe(Math.max(...gaps));

    const mw = internals.miniBatchRuns.map((r) => r.withBias.lossPerEpoch);
    const mn = internals.miniBatchRuns.map((r) => r.withoutBias.lossPerEpoch);
    const avg = (v: number[]) => v.reduce((t, x) => t + x, 0) / v.length;
    expect(f.miniBatch.reachHalf.reachWith).toEqual(mw.map((l) => reach(l, 0.5)));
    expect(f.miniBatch.reachHalf.reachWithout).toEqual(mn.map((l) => reach(l, 0.5)));
    expect(f.miniBatch.reach1.meanReachWith).toBeCloseTo(avg(mw.map((l) => reach(l, 1))), 12);
    expect(f.miniBatch.reach1.meanReachWithout).toBeCloseTo(avg(mn.map((l) => reach(l, 1))), 12);
    expect(f.miniBatch.firstEpochWith).toBeCloseTo(avg(mw.map((l) => l[0])), 12);
    expect(f.miniBatch.firstEpochWithout).toBeCloseTo(avg(mn.map((l) => l[0])), 12);
    expect(f.miniBatch.seedCount).toBe(miniBatchSeeds.length);
    expect(f.miniBatch.stepsPerEpoch).toBe(20);
  });
});

describe('training dynamics facts: what the prose claims', () => {
  it('sigmoid, offset data: a lead of under one step on average, at most 2, one seed the other way', () => {
    const s = f.sigmoidOffset;
    expect(s.lossAt5With).toBeLessThan(s.lossAt5Without);
    expect(s.meanReachWithout - s.meanReachWith).toBeGreaterThan(0);
    expect(s.meanReachWithout - s.meanReachWith).toBeLessThan(1);
    expect(s.maxReachGap).toBe(2);
    expect(s.seedsBiasSlower).toBe(1);
    expect(s.seedsBiasFaster).toBe(s.reachWith.filter((r, i) => r < s.reachWithout[i]).length);
    expect(s.finalWith).toBeLessThan(0.3);
    expect(s.finalWithout).toBeLessThan(0.3);
    expect(s.seedsWithoutNotWorse).toBeGreaterThan(0);
  });
  it('sigmoid, centred data: the curves nearly coincide', () => {
    const s = f.sigmoidCentred;
    expect(s.maxReachGap).toBeLessThanOrEqual(1);
    expect(Math.abs(s.lossAt5With - s.lossAt5Without)).toBeLessThan(0.05);
    expect(s.finalWith).toBeLessThan(s.finalWithout);
  });
  it('mini-batches: the lead stays inside the first epoch', () => {
    const m = f.miniBatch;
    expect(m.firstEpochWith).toBeLessThan(m.firstEpochWithout);
    expect(Math.abs(m.reach1.meanReachWith - m.reach1.meanReachWithout)).toBeLessThan(0.1);
    expect(m.reachHalf.meanReachWith).toBeGreaterThan(m.reachHalf.meanReachWithout);
    expect(m.reachHalf.seedsBiasSlower).toBeGreaterThan(m.reachHalf.seedsBiasFaster);
    expect(Number.isFinite(m.reachHalf.maxReachWith) && Number.isFinite(m.reachHalf.maxReachWithout)).toBe(true);
    expect(Math.abs(m.finalWith - m.finalWithout)).toBeLessThan(0.01);
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
});

describe('training dynamics facts: gradient sizes at the start, layer by layer', () => {
  /** Each layer's bias and weight gradients by central differences on the written-out loss. */
  function fdGradients(layers: MlpLayer[], data: Sample[], a: Act) {
    const h = 1e-6;
    return layers.map((layer, l) => {
      const probe = (set: (L: MlpLayer[], v: number) => void, v0: number) => {
        const up = copy(layers), down = copy(layers);
        set(up, v0 + h);
        set(down, v0 - h);
        return (mse(up, data, a) - mse(down, data, a)) / (2 * h);
      };
      return {
        b: layer.b.map((v, i) => probe((L, x) => (L[l].b[i] = x), v)),
        W: layer.W.flatMap((row, i) => row.map((v, j) => probe((L, x) => (L[l].W[i][j] = x), v)))
      };
    });
  }
  const sq = (g: number[]) => g.reduce((s, v) => s + v * v, 0);
  const rms = (g: number[]) => Math.sqrt(sq(g) / g.length);

  it('match finite differences (sigmoid and tanh with an offset, tanh centred)', () => {
    const cases = [
      ['sigmoid', 3, f.gradSigmoidOffset],
      ['tanh', 3, f.gradTanhOffset],
      ['tanh', 0, f.gradTanhCentred]
    ] as const;
    for (const [a, offset, facts] of cases) {
      for (const seed of [1, 7]) {
        const d = lineData(offset, seed);
        const [hid, out] = fdGradients(start(d, a, seed), d, a);
        const total = sq(hid.b) + sq(hid.W) + sq(out.b) + sq(out.W);
        expect(facts.ratio.hidden[seed - 1]).toBeCloseTo(rms(hid.b) / rms(hid.W), 4);
        expect(facts.ratio.output[seed - 1]).toBeCloseTo(rms(out.b) / rms(out.W), 4);
        expect(facts.biasShare.hidden[seed - 1]).toBeCloseTo(sq(hid.b) / total, 4);
        expect(facts.biasShare.output[seed - 1]).toBeCloseTo(sq(out.b) / total, 4);
      }
    }
  });
  it('sigmoid output layer: inputs in (0, 1) averaging ½, δ nearly all of one sign, so no weight gradient exceeds the bias’s', () => {
    for (const seed of seeds) {
      const d = lineData(3, seed);
      const [h, o] = start(d, 'sigmoid', seed);
      const hid = d.map(({ x }) => h.W.map((r, j) => act.sigmoid(r[0] * x[0] + h.b[j])));
      const deltas = d.map(({ y }, n) => 2 * (o.b[0] + hid[n].reduce((s, v, j) => s + o.W[0][j] * v, 0) - y[0]));
      expect(deltas.filter((v) => v < 0).length).toBeGreaterThanOrEqual(10); // nearly all too low
      const all = hid.flat();
      expect(all.reduce((s, v) => s + v, 0) / all.length).toBeCloseTo(0.5, 12);
      expect(Math.sqrt(all.reduce((s, v) => s + v * v, 0) / all.length)).toBeLessThan(0.6);
      const gb = deltas.reduce((s, v) => s + v, 0);
      for (let k = 0; k < 8; ++k) expect(Math.abs(deltas.reduce((s, v, n) => s + v * hid[n][k], 0))).toBeLessThan(Math.abs(gb));
    }
  });
  it('the ranges and orderings the prose states', () => {
    const s = f.gradSigmoidOffset;
    expect(s.outputRatio.min).toBeGreaterThan(1.7);
    expect(s.outputRatio.max).toBeLessThan(2.3);
    expect(s.hiddenRatio.min).toBeLessThan(1);
    expect(s.hiddenRatio.max).toBeGreaterThan(1);
    expect(1 / s.hiddenRatio.min).toBeGreaterThan(1.5); // a hidden weight's gradient up to ~1.8 times its bias's
    expect(s.outputBiasShare.min).toBeGreaterThan(0.25);
    expect(s.outputBiasShare.max).toBeLessThan(0.35);
    expect(s.hiddenBiasShare.max).toBeLessThan(0.06);
    expect(f.gradTanhOffset.outputRatio.min).toBeGreaterThan(1.9);
    expect(f.gradTanhCentred.outputRatio.max).toBeLessThan(1);
    expect(f.gradTanhCentred.hiddenRatio.max).toBeLessThan(1);
    expect(f.seedCount).toBe(10);
  });
  it('the first step lowers the loss more with biases (written-out descent)', () => {
    const gains = seeds.map((seed) => {
      const d = lineData(3, seed);
      const w0 = start(d, 'sigmoid', seed);
      const [a0, a1] = train(w0, d, 'sigmoid', 2, baseOptions.learningRate, true);
      const [b0, b1] = train(w0, d, 'sigmoid', 2, baseOptions.learningRate, false);
      return (a0 - a1) / (b0 - b1);
    });
    gains.forEach((g, i) => expect(f.firstStepGain[i]).toBeCloseTo(g, 8));
    expect(f.minFirstStepGain).toBeGreaterThan(1.3);
    expect(f.maxFirstStepGain).toBeLessThan(1.5);
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
