import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquares, leastSquaresMulti, lineWithOffset, linspace, mean, sum } from '../../../src/neuron/index';

const coefficient = fc.double({ min: -20, max: 20, noNaN: true });
const xs = linspace(-3, 7, 25);

describe('leastSquares with an intercept', () => {
  it('recovers the slope and intercept of a noiseless line', () => {
    fc.assert(
      fc.property(coefficient, coefficient, (slope, intercept) => {
        const fit = leastSquares(
          xs,
          xs.map((x) => slope * x + intercept),
        );
        expect(fit.slope).toBeCloseTo(slope, 9);
        expect(fit.intercept).toBeCloseTo(intercept, 9);
        expect(fit.sse).toBeLessThan(1e-18 * (1 + slope ** 2 + intercept ** 2) * xs.length * 100);
      }),
    );
  });

  it('leaves residuals that sum to zero and are uncorrelated with x', () => {
    const data = lineWithOffset({ seed: 4 });
    const fit = leastSquares(
      data.map((d) => d.x),
      data.map((d) => d.y),
    );
    expect(sum(fit.residuals)).toBeCloseTo(0, 9);
    expect(sum(fit.residuals.map((r, i) => r * data[i].x))).toBeCloseTo(0, 8);
    expect(fit.rSquared).toBeGreaterThan(0.9);
    expect(fit.rSquared).toBeLessThanOrEqual(1);
  });

  it('throws when every x is the same', () => {
    expect(() => leastSquares([2, 2, 2], [1, 2, 3])).toThrow(/determine/);
  });
});

describe('leastSquares without an intercept', () => {
  it('uses slope = Σxy / Σx² and passes through the origin', () => {
    const fit = leastSquares([0, 1, 2], [3, 5, 7], { intercept: false });
    expect(fit.slope).toBeCloseTo(19 / 5, 12);
    expect(fit.intercept).toBe(0);
  });

  it('fits worse than with an intercept when the line misses the origin', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.boolean(),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.integer({ min: 1, max: 1000 }),
        (offset, negative, slope, seed) => {
          const data = lineWithOffset({ intercept: negative ? -offset : offset, slope, seed });
          const x = data.map((d) => d.x);
          const y = data.map((d) => d.y);
          const withBias = leastSquares(x, y);
          const withoutBias = leastSquares(x, y, { intercept: false });
          expect(withoutBias.sse).toBeGreaterThan(withBias.sse);
          expect(withoutBias.rSquared).toBeLessThan(withBias.rSquared);
        },
      ),
    );
  });

  it('can score below the flat line y = ȳ (negative R²)', () => {
    const x = linspace(0, 1, 20);
    const fit = leastSquares(
      x,
      x.map((xi) => 10 - xi),
      { intercept: false },
    );
    expect(fit.rSquared).toBeLessThan(0);
  });
});

describe('leastSquaresMulti', () => {
  it('recovers weights and bias of a noiseless plane', () => {
    fc.assert(
      fc.property(coefficient, coefficient, coefficient, coefficient, (w1, w2, w3, b) => {
        const X = linspace(0, 1, 12).map((t, i) => [t, Math.sin(3 * i), (i % 4) - 1.5]);
        const y = X.map(([a, c, d]) => w1 * a + w2 * c + w3 * d + b);
        const fit = leastSquaresMulti(X, y);
        [w1, w2, w3].forEach((w, i) => expect(fit.weights[i]).toBeCloseTo(w, 7));
        expect(fit.bias).toBeCloseTo(b, 7);
      }),
    );
  });

  it('agrees with the closed form in one dimension, with and without intercept', () => {
    const data = lineWithOffset({ seed: 7 });
    const x = data.map((d) => d.x);
    const y = data.map((d) => d.y);
    for (const intercept of [true, false]) {
      const line = leastSquares(x, y, { intercept });
      const multi = leastSquaresMulti(
        x.map((v) => [v]),
        y,
        { intercept },
      );
      expect(multi.weights[0]).toBeCloseTo(line.slope, 9);
      expect(multi.bias).toBeCloseTo(line.intercept, 9);
      expect(multi.sse).toBeCloseTo(line.sse, 8);
    }
  });

  it('throws on collinear features', () => {
    const X = [
      [1, 2],
      [2, 4],
      [3, 6],
    ];
    expect(() => leastSquaresMulti(X, [1, 2, 3])).toThrow(/singular/);
  });

  it('bias is the mean residual correction: fitted mean equals data mean', () => {
    const X = linspace(0, 5, 10).map((t) => [t, t * t]);
    const y = X.map(([a]) => 3 + a + Math.cos(a));
    const fit = leastSquaresMulti(X, y);
    const predictions = X.map(([a, b]) => fit.weights[0] * a + fit.weights[1] * b + fit.bias);
    expect(mean(predictions)).toBeCloseTo(mean(y), 9);
  });
});
