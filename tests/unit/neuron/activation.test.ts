import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activationDerivatives, activations, identity, relu, sigmoid, sigmoidDerivative, step, tanh, type ActivationName } from '../../../src/neuron/index';

const anyZ = fc.double({ noNaN: true });
const moderateZ = fc.double({ min: -30, max: 30, noNaN: true });

describe('step', () => {
  it('is 1 from 0 upwards and 0 below', () => {
    expect(step(0)).toBe(1);
    expect(step(1e-300)).toBe(1);
    expect(step(-1e-300)).toBe(0);
    expect(step(-Infinity)).toBe(0);
  });
});

describe('sigmoid', () => {
  it('crosses 1/2 at 0', () => {
    expect(sigmoid(0)).toBe(0.5);
  });

  it('never overflows to NaN and stays in [0, 1]', () => {
    fc.assert(
      fc.property(anyZ, (z) => {
        const s = sigmoid(z);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
    expect(sigmoid(Infinity)).toBe(1);
    expect(sigmoid(-Infinity)).toBe(0);
    expect(sigmoid(-700)).toBeGreaterThan(0);
  });

  it('is symmetric: sigmoid(−z) = 1 − sigmoid(z)', () => {
    fc.assert(
      fc.property(anyZ, (z) => {
        expect(Math.abs(sigmoid(-z) - (1 - sigmoid(z)))).toBeLessThanOrEqual(1e-15);
      }),
    );
  });

  it('agrees with the textbook formula 1 / (1 + e^(−z))', () => {
    fc.assert(
      fc.property(moderateZ, (z) => {
        expect(Math.abs(sigmoid(z) - 1 / (1 + Math.exp(-z)))).toBeLessThanOrEqual(1e-15);
      }),
    );
  });

  it('is non-decreasing', () => {
    fc.assert(
      fc.property(anyZ, anyZ, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(sigmoid(lo)).toBeLessThanOrEqual(sigmoid(hi));
      }),
    );
  });
});

describe('sigmoidDerivative', () => {
  it('is 1/4 at 0, its maximum', () => {
    expect(sigmoidDerivative(0)).toBe(0.25);
    fc.assert(
      fc.property(anyZ, (z) => {
        expect(sigmoidDerivative(z)).toBeLessThanOrEqual(0.25);
      }),
    );
  });

  it('keeps relative accuracy deep in the tails', () => {
    // σ'(z) ≈ e^(−|z|) there; σ(z)(1 − σ(z)) would round to 0 at z = 40.
    expect(sigmoidDerivative(40) / Math.exp(-40)).toBeCloseTo(1, 12);
    expect(sigmoidDerivative(-40) / Math.exp(-40)).toBeCloseTo(1, 12);
  });
});

describe('tanh, relu, identity', () => {
  it('tanh is a rescaled sigmoid: tanh(z) = 2σ(2z) − 1', () => {
    fc.assert(
      fc.property(moderateZ, (z) => {
        expect(tanh(z)).toBeCloseTo(2 * sigmoid(2 * z) - 1, 12);
      }),
    );
  });

  it('relu clips negatives and identity changes nothing', () => {
    expect(relu(-2)).toBe(0);
    expect(relu(3)).toBe(3);
    fc.assert(
      fc.property(anyZ, (z) => {
        expect(identity(z)).toBe(z);
      }),
    );
  });
});

describe('activations and activationDerivatives', () => {
  const names: ActivationName[] = ['step', 'sigmoid', 'tanh', 'relu', 'identity'];

  it('name every activation', () => {
    expect(Object.keys(activations).sort()).toEqual([...names].sort());
    expect(Object.keys(activationDerivatives).sort()).toEqual([...names].sort());
    expect(activations.sigmoid).toBe(sigmoid);
  });

  it('give derivatives that match finite differences away from kinks', () => {
    const h = 1e-6;
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }).filter((z) => Math.abs(z) > 1e-3),
        (z) => {
          for (const name of names) {
            const f = activations[name];
            const numeric = (f(z + h) - f(z - h)) / (2 * h);
            expect(activationDerivatives[name](z)).toBeCloseTo(numeric, 6);
          }
        },
      ),
    );
  });
});
