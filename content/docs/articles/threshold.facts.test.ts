// Checks the numbers of the "threshold" article against independent computations: a sigmoid,
// a threshold unit and the LIF rate condition written out here, and properties the prose relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { twoClass1d } from '../../../src/neuron/index';
import { dec, sig as sigDigits, thresholdFacts as f, thresholdText as t } from './threshold.facts';

const sig = (z: number) => 1 / (1 + Math.exp(-z));
/** A McCulloch–Pitts unit written with its threshold: fires when the weighted sum reaches θ. */
const unit = (weights: number[], theta: number) => (x: number[]) =>
  weights.reduce((s, w, i) => s + w * x[i], 0) >= theta ? 1 : 0;
const inputs = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1]
];

describe('threshold facts: the door of the first figure', () => {
  // the data are the module's; the door is counted again here with a sigmoid written out
  const data = twoClass1d();
  const count = (w: number, b: number) => {
    const y = data.map((p) => ({ label: p.label, y: sig(w * p.x[0]! + b) }));
    return {
      openB: y.filter((p) => p.label === 1 && p.y >= 0.9).length,
      shutA: y.filter((p) => p.label === 0 && p.y <= 0.1).length,
      ajar: y.filter((p) => p.y > 0.1 && p.y < 0.9).length
    };
  };
  it('both doors have their edge midway between A on [1, 2] and B on [3, 4]', () => {
    expect(f.steepDoor.edge).toBe(2.5);
    expect(f.gentleDoor.edge).toBe(2.5);
    expect(f.steepDoor.perClass).toBe(20);
    expect(data.filter((p) => p.label === 0).every((p) => p.x[0]! >= 1 && p.x[0]! <= 2)).toBe(true);
    expect(data.filter((p) => p.label === 1).every((p) => p.x[0]! >= 3 && p.x[0]! <= 4)).toBe(true);
  });
  it('at the starting weight 4 no bias on the slider answers all 40 visitors cleanly', () => {
    expect(f.startW).toBe(4);
    let best = 0;
    for (let b = -30; b <= 0; b += 0.5) {
      const c = count(4, b);
      best = Math.max(best, c.openB + c.shutA);
    }
    expect(f.startBestClean).toBe(best);
    expect(best).toBeLessThan(40);
  });
  it('the steep door (w = 10) answers every visitor cleanly, the gentle one (w = 1) leaves all 40 ajar', () => {
    expect(f.steepDoor.w).toBe(10);
    expect(f.gentleDoor.w).toBe(1);
    expect(count(10, -25)).toEqual({ openB: 20, shutA: 20, ajar: 0 });
    expect(count(1, -2.5)).toEqual({ openB: 0, shutA: 0, ajar: 40 });
    for (const d of [f.steepDoor, f.gentleDoor]) {
      const { openB, shutA, ajar } = d;
      expect({ openB, shutA, ajar }).toEqual(count(d.w, d.b));
    }
  });
});

describe('threshold facts: a steep sigmoid against the step', () => {
  it('puts the figure threshold at −b/w', () => {
    expect(f.figureStep).toBe(-f.figureB / f.figureW);
    expect(f.figureStep).toBe(f.theta);
    expect(f.atThreshold).toBe(0.5);
  });
  it('the gap 0.1 from the threshold is σ(−0.1 w), the worst point being the nearest one', () => {
    expect(f.gapW1).toBeCloseTo(sig(-0.1), 10);
    expect(f.gapW10).toBeCloseTo(sig(-1), 10);
    expect(f.gapW100).toBeCloseTo(sig(-10), 12);
    expect(f.gapW1).toBeGreaterThan(f.gapW10);
    expect(f.gapW10).toBeGreaterThan(f.gapW100);
  });
  it('the 0.1-to-0.9 ramp has the stated width, shrinking like 1/w', () => {
    for (const [w, width] of [
      [1, f.rampW1],
      [10, f.rampW10],
      [100, f.rampW100]
    ]) {
      const b = -w * f.theta;
      expect(sig(w * (f.theta - width / 2) + b)).toBeCloseTo(0.1, 12);
      expect(sig(w * (f.theta + width / 2) + b)).toBeCloseTo(0.9, 12);
    }
    expect(f.rampW1 / f.rampW100).toBeCloseTo(100, 10);
  });
});

describe('threshold facts: AND and OR from one unit', () => {
  it('gives the textbook truth tables, and b = −θ', () => {
    expect(f.andTable).toEqual([0, 0, 0, 1]);
    expect(f.orTable).toEqual([0, 1, 1, 1]);
    expect(f.andTable).toEqual(inputs.map(unit(f.gateWeights, f.andTheta)));
    expect(f.orTable).toEqual(inputs.map(unit(f.gateWeights, f.orTheta)));
    expect(f.andBias).toBe(-f.andTheta);
    expect(f.orBias).toBe(-f.orTheta);
    expect(f.gateWeights).toEqual([1, 1]);
  });
  it('switches gate exactly where −b passes 2, 1 and 0, the values the weighted sum can take', () => {
    expect(f.andBiasMin).toBe(-2);
    expect(f.orBiasMin).toBe(-1);
    expect(f.alwaysOnMin).toBe(0);
    expect(f.andBiasMax).toBeLessThan(f.orBiasMin);
    expect(f.orBiasMax).toBeLessThan(f.alwaysOnMin);
    fc.assert(
      fc.property(fc.double({ min: -2, max: -1, noNaN: true, maxExcluded: true }), (b) =>
        inputs.map(unit([1, 1], -b)).join('') === '0001'
      )
    );
    fc.assert(
      fc.property(fc.double({ min: -1, max: -1e-9, noNaN: true }), (b) =>
        inputs.map(unit([1, 1], -b)).join('') === '0111'
      )
    );
    // below −2 the threshold is above every weighted sum: the unit never fires
    fc.assert(fc.property(fc.double({ min: -100, max: -2, noNaN: true, maxExcluded: true }), (b) => inputs.map(unit([1, 1], -b)).join('') === '0000'));
  });
  it('a sigmoid with weights (10, 10) and bias −15 rounds to AND', () => {
    inputs.forEach((x, i) => expect(f.softAnd[i]).toBeCloseTo(sig(10 * x[0] + 10 * x[1] - 15), 12));
    expect(f.softAnd.map(Math.round)).toEqual([0, 0, 0, 1]);
  });
});

describe('threshold facts: the integrate-and-fire threshold', () => {
  it('never reaches threshold 1 with drive 0.99 (v → 0.99 from below), fires with 1.1', () => {
    expect([f.lifThreshold, f.lifDriveBelow, f.lifDriveAbove]).toEqual([1, 0.99, 1.1]);
    expect(f.lifBelow).toBe(0);
    // time to charge from 0 to 1 with τ = 0.02 towards 1.1, plus a 2 ms refractory period
    const period = 0.002 + 0.02 * Math.log(1.1 / (1.1 - 1));
    expect(f.lifAbove).toBeCloseTo(1 / period, 8);
  });
});

describe('threshold facts: the numbers as the prose prints them', () => {
  it('formats with significant digits, a real minus sign and powers of ten for tiny numbers', () => {
    expect(sigDigits(4.394449)).toBe('4.4');
    expect(sigDigits(0.0439)).toBe('0.044');
    expect(sigDigits(20.0168)).toBe('20');
    expect(sigDigits(-0.2689)).toBe('−0.27');
    expect(sigDigits(0.00004539)).toBe('4.5 × 10⁻⁵');
    expect(sigDigits(3.059e-7)).toBe('3.1 × 10⁻⁷');
    expect(sigDigits(0)).toBe('0');
    expect(dec(-1.5)).toBe('−1.5');
    expect(dec(-0, 0)).toBe('0');
  });
  it('prints each stated number rounded, not altered', () => {
    expect(t).toEqual({
      margin: '0.1',
      gapW1: '0.48',
      gapW10: '0.27',
      gapW100: '4.5 × 10⁻⁵',
      rampW1: '4.4',
      rampW10: '0.44',
      rampW100: '0.044',
      andBias: '−1.5',
      orBias: '−0.5',
      andTheta: '1.5',
      orTheta: '0.5',
      andBiasMin: '−2',
      orBiasMin: '−1',
      alwaysOnMin: '0',
      softAnd: ['3.1 × 10⁻⁷', '0.0067', '0.0067', '0.99'],
      doorEdge: '2.5',
      steepDoorB: '−25',
      gentleDoorB: '−2.5',
      lifAbove: '20'
    });
    // and each printed value is the fact, to within its last digit
    const value = (s: string) => {
      const m = /^(−?[\d.]+)(?: × 10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+))?$/.exec(s)!;
      const power = m[2] ? Number([...m[2]].map((c) => '-0123456789'['⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(c)]).join('')) : 0;
      return Number(m[1]!.replace('−', '-')) * 10 ** power;
    };
    const pairs: [string, number][] = [
      [t.gapW1, f.gapW1],
      [t.gapW10, f.gapW10],
      [t.gapW100, f.gapW100],
      [t.rampW1, f.rampW1],
      [t.rampW10, f.rampW10],
      [t.rampW100, f.rampW100],
      [t.lifAbove, f.lifAbove],
      ...f.softAnd.map((y, i): [string, number] => [t.softAnd[i]!, y])
    ];
    for (const [shown, exact] of pairs) expect(Math.abs(value(shown) - exact) / exact).toBeLessThan(0.05);
  });
});
