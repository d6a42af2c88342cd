import { describe, expect, it } from 'vitest';
import {
  lineWithOffset,
  logLoss,
  mean,
  trainMlp,
  trainWithAndWithoutBias,
  xorData,
  type MlpOptions,
  type MlpResult,
  type Sample,
} from '../../../src/neuron/index';

const line: Sample[] = lineWithOffset().map(({ x, y }) => ({ x: [x / 10], y: [y] }));

// The loss trainMlp minimises, recomputed from predictions.
function meanLoss(model: MlpResult, data: Sample[], output: 'sigmoid' | 'identity'): number {
  return mean(data.map(({ x, y }) => model.predict(x).reduce((total, p, k) => total + (output === 'sigmoid' ? logLoss(p, y[k]) : (p - y[k]) ** 2), 0)));
}

describe('trainMlp', () => {
  it('is deterministic given the seed', () => {
    const options: MlpOptions = { epochs: 30, seed: 5, batchSize: 2 };
    const a = trainMlp(xorData(), options);
    const b = trainMlp(xorData(), options);
    expect(a.lossPerEpoch).toEqual(b.lossPerEpoch);
    expect(a.layers).toEqual(b.layers);
    expect(trainMlp(xorData(), { ...options, seed: 6 }).layers).not.toEqual(a.layers);
  });

  it('lowers the loss on XOR with biases, and eventually solves it', () => {
    const quick = trainMlp(xorData(), { epochs: 200 });
    expect(quick.lossPerEpoch.at(-1)!).toBeLessThan(quick.lossPerEpoch[0]);
    const solved = trainMlp(xorData(), { epochs: 2000, learningRate: 0.5 });
    for (const { x, y } of xorData()) expect(Math.abs(solved.predict(x)[0] - y[0])).toBeLessThan(0.1);
  });

  it('with bias: false keeps every bias exactly 0', () => {
    for (const output of ['sigmoid', 'identity'] as const) {
      const data = output === 'sigmoid' ? xorData() : line;
      const model = trainMlp(data, { bias: false, biasInit: 0.3, hidden: [5, 4], output, epochs: 50, batchSize: 3 });
      for (const { b } of model.layers) for (const value of b) expect(value).toBe(0);
    }
  });

  it('without biases cannot fit XOR: (0, 0) always maps to 1/2', () => {
    const model = trainMlp(xorData(), { bias: false, epochs: 2000, learningRate: 0.5 });
    expect(model.predict([0, 0])).toEqual([0.5]);
    // That one point alone costs ln 2, a quarter of it in the mean.
    for (const loss of model.lossPerEpoch) expect(loss).toBeGreaterThanOrEqual(Math.LN2 / 4);
  });

  it('reports the loss it minimises: lossPerEpoch[e] is the loss before epoch e', () => {
    for (const output of ['sigmoid', 'identity'] as const) {
      const data = output === 'sigmoid' ? xorData() : line;
      const start = trainMlp(data, { output, epochs: 1, learningRate: 0 });
      expect(start.lossPerEpoch[0]).toBeCloseTo(meanLoss(start, data, output), 12);
    }
  });

  it('follows the true gradient (backpropagation agrees with finite differences)', () => {
    const cases: [Sample[], 'sigmoid' | 'identity'][] = [
      [xorData(), 'sigmoid'],
      [line.slice(0, 8), 'identity'],
    ];
    for (const [data, output] of cases) {
      const options: MlpOptions = { output, hidden: [3, 2], epochs: 1, biasInit: 0.1, seed: 3 };
      const learningRate = 1e-3;
      const start = trainMlp(data, { ...options, learningRate: 0 });
      const stepped = trainMlp(data, { ...options, learningRate });
      const h = 1e-6;
      start.layers.forEach((layer, l) => {
        const parameters = [...layer.W.map((row, i) => [row, i] as const), [layer.b, -1] as const];
        for (const [vector, i] of parameters) {
          for (let j = 0; j < vector.length; ++j) {
            const original = vector[j];
            vector[j] = original + h;
            const above = meanLoss(start, data, output);
            vector[j] = original - h;
            const below = meanLoss(start, data, output);
            vector[j] = original;
            const numeric = (above - below) / (2 * h);
            const after = i === -1 ? stepped.layers[l].b[j] : stepped.layers[l].W[i][j];
            const analytic = (original - after) / learningRate;
            expect(analytic).toBeCloseTo(numeric, 5);
          }
        }
      });
    }
  });

  it('trains in mini-batches too', () => {
    const model = trainMlp(line, { output: 'identity', epochs: 100, learningRate: 0.02, batchSize: 5 });
    expect(model.lossPerEpoch.at(-1)!).toBeLessThan(model.lossPerEpoch[0] / 10);
    expect(model.biasGradNormPerEpoch).toHaveLength(100);
  });

  it('fits a line that misses the origin better with biases', () => {
    const { withBias, withoutBias } = trainWithAndWithoutBias(line, {
      output: 'identity',
      epochs: 200,
      learningRate: 0.05,
    });
    expect(withBias.lossPerEpoch.at(-1)!).toBeLessThan(withoutBias.lossPerEpoch.at(-1)!);
  });

  it('records per-parameter gradient sizes; with an unexplained offset the biases get the larger share', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const model = trainMlp(line, { output: 'identity', epochs: 5, learningRate: 0.01, seed });
      expect(model.weightGradNormPerEpoch).toHaveLength(5);
      // Every prediction starts far below its target, so the errors share a sign
      // and add up in the bias gradient Σδ, while the weight gradients Σδa are
      // damped by activations a of magnitude below 1.
      expect(model.biasGradNormPerEpoch[0]).toBeGreaterThan(model.weightGradNormPerEpoch[0]);
    }
  });
});

describe('trainWithAndWithoutBias', () => {
  it('starts both networks from the same weights', () => {
    const { withBias, withoutBias } = trainWithAndWithoutBias(xorData(), { epochs: 1, learningRate: 0 });
    expect(withBias.layers.map((l) => l.W)).toEqual(withoutBias.layers.map((l) => l.W));
    expect(withBias.lossPerEpoch[0]).toBe(withoutBias.lossPerEpoch[0]);
  });

  it('differs only in the bias switch', () => {
    const { withBias, withoutBias } = trainWithAndWithoutBias(xorData(), { epochs: 300, learningRate: 0.5 });
    const direct = trainMlp(xorData(), { epochs: 300, learningRate: 0.5, bias: true });
    expect(withBias.layers).toEqual(direct.layers);
    expect(withBias.lossPerEpoch).toEqual(direct.lossPerEpoch);
    expect(withoutBias.layers.every(({ b }) => b.every((v) => v === 0))).toBe(true);
    expect(withBias.lossPerEpoch.at(-1)!).toBeLessThan(withoutBias.lossPerEpoch.at(-1)!);
  });
});
