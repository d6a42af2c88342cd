import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firingRateCurve, lifNeuron, lifRate, linspace, mulberry32, poissonSpikeTrain } from '../../../src/neuron/index';

const aboveThreshold = fc.double({ min: 1.001, max: 100, noNaN: true });

describe('lifRate', () => {
  it('is 0 up to the threshold current', () => {
    fc.assert(
      fc.property(fc.double({ min: -10, max: 1, noNaN: true }), (current) => {
        expect(lifRate(current)).toBe(0);
      }),
    );
    expect(lifRate(1.5, { threshold: 2 })).toBe(0);
    expect(lifRate(1.5, { resistance: 2 })).toBeGreaterThan(0);
  });

  it('increases with the current above threshold, towards 1 / refractory', () => {
    fc.assert(
      fc.property(aboveThreshold, aboveThreshold, (a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        fc.pre(hi - lo > 1e-6 * hi); // closer currents differ by less than rounding
        expect(lifRate(lo)).toBeGreaterThan(0);
        expect(lifRate(hi)).toBeGreaterThan(lifRate(lo));
        expect(lifRate(hi)).toBeLessThan(1 / 0.002);
      }),
    );
  });

  it('matches 1 / (refractory + τ ln(RI / (RI − threshold))) at a hand-checked point', () => {
    // I = 2: τ ln 2 = 0.0138629…, plus 0.002 s refractory.
    expect(lifRate(2)).toBeCloseTo(1 / (0.002 + 0.02 * Math.LN2), 10);
  });

  it('treats the threshold like a bias: scaling current and threshold together changes nothing', () => {
    fc.assert(
      fc.property(aboveThreshold, fc.double({ min: 0.1, max: 10, noNaN: true }), (current, k) => {
        expect(lifRate(k * current, { threshold: k })).toBeCloseTo(lifRate(current), 6);
      }),
    );
  });
});

describe('lifNeuron', () => {
  it('fires at the analytic rate, within a few percent', () => {
    for (const current of [1.1, 1.5, 2, 3, 5, 10]) {
      const simulated = lifNeuron(current, { duration: 5 }).rate;
      expect(Math.abs(simulated / lifRate(current) - 1)).toBeLessThan(0.03);
    }
  });

  it('stays silent below threshold and settles at R·I', () => {
    const { spikes, voltage, rate } = lifNeuron(0.9, { duration: 0.5 });
    expect(spikes).toEqual([]);
    expect(rate).toBe(0);
    expect(voltage.at(-1)!.v).toBeCloseTo(0.9, 6);
    expect(Math.max(...voltage.map((p) => p.v))).toBeLessThan(1);
  });

  it('never exceeds threshold in the recorded trace and keeps spikes a refractory period apart', () => {
    const { spikes, voltage } = lifNeuron(8, { duration: 0.5, recordEvery: 1 });
    expect(spikes.length).toBeGreaterThan(10);
    for (let i = 1; i < spikes.length; ++i) expect(spikes[i] - spikes[i - 1]).toBeGreaterThanOrEqual(0.002 - 1e-9);
    for (const { v } of voltage) expect(v).toBeLessThan(1);
    expect(voltage).toHaveLength(5000);
  });

  it('follows a time-varying current', () => {
    const { spikes } = lifNeuron((t) => (t < 0.5 ? 0.5 : 2), { duration: 1 });
    expect(spikes.length).toBeGreaterThan(20);
    expect(spikes[0]).toBeGreaterThan(0.5);
    expect(spikes[0]).toBeLessThan(0.52);
  });
});

describe('firingRateCurve', () => {
  it('is lifRate at each current', () => {
    const currents = linspace(0, 5, 11);
    const curve = firingRateCurve(currents, { tau: 0.01 });
    expect(curve.map((p) => p.current)).toEqual(currents);
    curve.forEach(({ current, rate }) => expect(rate).toBe(lifRate(current, { tau: 0.01 })));
    expect(curve.filter((p) => p.rate === 0).map((p) => p.current)).toEqual([0, 0.5, 1]);
  });
});

describe('poissonSpikeTrain', () => {
  it('produces about rate × duration spikes, in order, inside the duration', () => {
    const spikes = poissonSpikeTrain(50, { duration: 100, rand: mulberry32(3) });
    expect(Math.abs(spikes.length - 5000)).toBeLessThan(250);
    for (let i = 1; i < spikes.length; ++i) expect(spikes[i]).toBeGreaterThan(spikes[i - 1]);
    expect(spikes[0]).toBeGreaterThanOrEqual(0);
    expect(spikes.at(-1)!).toBeLessThan(100);
  });

  it('has roughly exponential gaps: mean 1/rate, standard deviation about the same', () => {
    const spikes = poissonSpikeTrain(20, { duration: 200, dt: 0.0001, rand: mulberry32(4) });
    const gaps = spikes.slice(1).map((t, i) => t - spikes[i]);
    const gapMean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    const gapSd = Math.sqrt(gaps.reduce((a, g) => a + (g - gapMean) ** 2, 0) / gaps.length);
    expect(gapMean).toBeCloseTo(0.05, 2);
    expect(gapSd / gapMean).toBeGreaterThan(0.9);
    expect(gapSd / gapMean).toBeLessThan(1.1);
  });

  it('is deterministic given the generator, and refuses rate × dt > 1', () => {
    expect(poissonSpikeTrain(30, { duration: 2, rand: mulberry32(1) })).toEqual(poissonSpikeTrain(30, { duration: 2, rand: mulberry32(1) }));
    expect(() => poissonSpikeTrain(2000, { duration: 1, rand: mulberry32(1) })).toThrow(/dt/);
  });
});
