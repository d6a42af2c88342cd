import { describe, expect, it } from 'vitest';
import { gradientSizesByLayer, layerGradients, lineWithOffset, trainMlp, xorData, type MlpLayer, type Sample } from '../../../src/neuron/index';

type Hidden = 'tanh' | 'sigmoid' | 'relu';
const hiddenActivation = { tanh: Math.tanh, sigmoid: (z: number) => 1 / (1 + Math.exp(-z)), relu: (z: number) => Math.max(0, z) };

// The mean loss of a network, written out: cross-entropy for a sigmoid output, squared error for an identity one.
function meanLoss(layers: MlpLayer[], data: Sample[], activation: Hidden, output: 'sigmoid' | 'identity'): number {
  let total = 0;
  for (const { x, y } of data) {
    let a = x;
    layers.forEach(({ W, b }, l) => {
      const z = W.map((row, i) => b[i] + row.reduce((s, w, j) => s + w * a[j], 0));
      const last = l === layers.length - 1;
      a = z.map((v) => (!last ? hiddenActivation[activation](v) : output === 'sigmoid' ? 1 / (1 + Math.exp(-v)) : v));
    });
    a.forEach((p, k) => (total += output === 'sigmoid' ? -(y[k] * Math.log(p) + (1 - y[k]) * Math.log(1 - p)) : (p - y[k]) ** 2));
  }
  return total / data.length;
}

const line: Sample[] = lineWithOffset({ n: 9, domain: [-3, 3] }).map(({ x, y }) => ({ x: [x], y: [y] }));

describe('layerGradients', () => {
  it('agrees with finite differences, layer by layer', () => {
    const cases: [Sample[], Hidden, 'sigmoid' | 'identity'][] = [
      [xorData(), 'tanh', 'sigmoid'],
      [line, 'sigmoid', 'identity'],
    ];
    for (const [data, activation, output] of cases) {
      const { layers } = trainMlp(data, { hidden: [3, 2], activation, output, epochs: 0, biasInit: 0.1, seed: 4 });
      const grads = layerGradients(layers, data, { activation, output });
      const h = 1e-6;
      layers.forEach((layer, l) => {
        const vectors = [...layer.W.map((row, i) => [row, grads[l].W[i]] as const), [layer.b, grads[l].b] as const];
        for (const [vector, analytic] of vectors) {
          vector.forEach((original, j) => {
            vector[j] = original + h;
            const above = meanLoss(layers, data, activation, output);
            vector[j] = original - h;
            const below = meanLoss(layers, data, activation, output);
            vector[j] = original;
            expect(analytic[j]).toBeCloseTo((above - below) / (2 * h), 5);
          });
        }
      });
    }
  });

  it('gives a bias the mean of its unit’s δ and a weight the mean of δ times its input', () => {
    // One layer, identity output: δ = 2 (prediction − target), and the input of the weight is x.
    const data: Sample[] = [
      { x: [2], y: [1] },
      { x: [-1], y: [0] },
    ];
    const layers: MlpLayer[] = [{ W: [[0.5]], b: [0.25] }];
    const [g] = layerGradients(layers, data, { output: 'identity' });
    const deltas = data.map(({ x, y }) => 2 * (0.5 * x[0] + 0.25 - y[0]));
    expect(g.b[0]).toBeCloseTo((deltas[0] + deltas[1]) / 2, 12);
    expect(g.W[0][0]).toBeCloseTo((deltas[0] * 2 + deltas[1] * -1) / 2, 12);
  });
});

describe('gradientSizesByLayer', () => {
  it('pooled over the layers, matches the sizes trainMlp records in its first full-batch epoch', () => {
    const options = { hidden: [8], activation: 'sigmoid', output: 'identity', seed: 2 } as const;
    const { layers } = trainMlp(line, { ...options, epochs: 0 });
    const sizes = gradientSizesByLayer(layers, line, options);
    const run = trainMlp(line, { ...options, epochs: 1 });
    const biases = sizes.reduce((s, g) => s + g.biasSquares, 0);
    const weights = sizes.reduce((s, g) => s + g.weightSquares, 0);
    expect(Math.sqrt(biases / 9)).toBeCloseTo(run.biasGradNormPerEpoch[0], 12);
    expect(Math.sqrt(weights / 16)).toBeCloseTo(run.weightGradNormPerEpoch[0], 12);
    expect(sizes[1].bias ** 2).toBeCloseTo(sizes[1].biasSquares, 12); // one output bias
    expect(sizes[1].weight ** 2 * 8).toBeCloseTo(sizes[1].weightSquares, 12);
  });
});
