import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, mulberry32, randomNormal, shuffle, uniform, uniformPositive, variance } from '../../../src/neuron/index';

const draws = (rand: () => number, n: number) => Array.from({ length: n }, rand);

describe('mulberry32', () => {
  it('is deterministic: the same seed gives the same sequence', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(draws(mulberry32(seed), 50)).toEqual(draws(mulberry32(seed), 50));
      }),
    );
  });

  it('gives different sequences for different seeds', () => {
    expect(draws(mulberry32(1), 10)).not.toEqual(draws(mulberry32(2), 10));
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const outside = draws(mulberry32(seed), 200).filter((u) => !(u >= 0 && u < 1));
        expect(outside).toEqual([]);
      }),
    );
  });

  it('looks uniform: mean 1/2, variance 1/12, and even deciles', () => {
    const us = draws(mulberry32(123), 20000);
    expect(mean(us)).toBeCloseTo(0.5, 2);
    expect(variance(us)).toBeCloseTo(1 / 12, 2);
    const deciles = new Array(10).fill(0);
    for (const u of us) deciles[Math.floor(u * 10)]++;
    for (const count of deciles) expect(Math.abs(count - 2000)).toBeLessThan(200);
  });
});

describe('uniformPositive and uniform', () => {
  it('redraws exact zeros', () => {
    const values = [0, 0, 0.25];
    expect(uniformPositive(() => values.shift()!)).toBe(0.25);
  });

  it('maps into [min, max)', () => {
    const rand = mulberry32(5);
    for (let i = 0; i < 1000; ++i) {
      const x = uniform(rand, -3, 7);
      expect(x).toBeGreaterThanOrEqual(-3);
      expect(x).toBeLessThan(7);
    }
  });
});

describe('randomNormal', () => {
  it('has the requested mean and standard deviation', () => {
    const rand = mulberry32(9);
    const xs = Array.from({ length: 20000 }, () => randomNormal(rand, 10, 2));
    expect(Math.abs(mean(xs) - 10)).toBeLessThan(0.05);
    expect(Math.abs(Math.sqrt(variance(xs)) - 2)).toBeLessThan(0.05);
  });

  it('puts about 68% of draws within one standard deviation', () => {
    const rand = mulberry32(10);
    const xs = Array.from({ length: 20000 }, () => randomNormal(rand));
    const inside = xs.filter((x) => Math.abs(x) < 1).length / xs.length;
    expect(Math.abs(inside - 0.6827)).toBeLessThan(0.01);
  });
});

describe('shuffle', () => {
  it('returns a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (array, seed) => {
        const before = array.slice();
        const shuffled = shuffle(array, mulberry32(seed));
        expect(array).toEqual(before);
        expect(shuffled).not.toBe(array);
        expect([...shuffled].sort((a, b) => a - b)).toEqual([...array].sort((a, b) => a - b));
      }),
    );
  });

  it('is deterministic given the seed, and actually reorders', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, mulberry32(3))).toEqual(shuffle(items, mulberry32(3)));
    expect(shuffle(items, mulberry32(3))).not.toEqual(items);
  });
});
