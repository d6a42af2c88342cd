// Checks the numbers of the "firing rate" article against independent computations: a plain
// Euler integration of τ dv/dt = −v + R I written out here, the charging-time formula, and
// properties the prose relies on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firingRateFacts as f } from './firing-rate.facts';

const tau = f.tauMs / 1000;
const tRef = f.refractoryMs / 1000;

/** Time to charge from 0 to the threshold under a constant drive, by brute-force Euler steps. */
function eulerTimeToThreshold(drive: number, dt = 1e-7, limit = 1): number {
  let v = 0;
  for (let t = 0; t < limit; t += dt) {
    v += (dt / tau) * (drive - v);
    if (v >= f.threshold) return t + dt;
  }
  return Infinity;
}
/** The rate of a neuron that charges for that long and then waits out its refractory period. */
const eulerRate = (current: number) => 1 / (tRef + eulerTimeToThreshold(current));

describe('firing-rate facts: the f–I curve', () => {
  it('uses the defaults the prose states', () => {
    expect(f.tauMs).toBe(20);
    expect(f.threshold).toBe(1);
    expect(f.refractoryMs).toBe(2);
    expect(f.rheobase).toBe(1);
  });
  it('is silent below the rheobase: the voltage approaches R I < θ and never reaches it', () => {
    expect(f.rateJustBelow).toBe(0);
    expect(eulerTimeToThreshold(0.99, 1e-5)).toBe(Infinity);
  });
  it('matches an independent Euler integration above the rheobase', () => {
    expect(f.rateJustAbove).toBeCloseTo(eulerRate(1.01), 2);
    expect(f.rateAt1p5).toBeCloseTo(eulerRate(1.5), 2);
    expect(f.analyticRate).toBeCloseTo(eulerRate(2), 2);
  });
  it('rises steeply at the rheobase: about 10 Hz for 1 % more current', () => {
    expect(f.rateJustAbove).toBeGreaterThan(10);
    expect(f.rateJustAbove).toBeLessThan(11);
  });
  it('never exceeds 1 / t_ref, and approaches it for huge currents', () => {
    expect(f.maxRate).toBe(500);
    expect(f.rateAt100).toBeLessThan(f.maxRate);
    expect(f.rateAt100).toBeGreaterThan(0.9 * f.maxRate);
  });
});

describe('firing-rate facts: simulation against formula', () => {
  it('the 1 s run at I = 2 has as many spikes as the formula predicts, to one spike', () => {
    expect(f.exampleCurrent).toBe(2);
    expect(f.simulatedRate).toBe(f.simulatedSpikes); // 1 s of simulated time
    expect(Math.abs(f.simulatedSpikes - f.analyticRate)).toBeLessThan(1);
  });
  it('the simulated rate runs slightly below the formula (spikes land at the end of a step)', () => {
    expect(f.minDeficit).toBeGreaterThanOrEqual(0);
    expect(f.maxDeficit).toBeLessThan(0.025);
    expect(f.minDeficit).toBeLessThanOrEqual(f.maxDeficit);
  });
});

describe('firing-rate facts: a bias current shifts the curve', () => {
  it('moves the onset from the rheobase to rheobase − bias', () => {
    expect(f.onsetNoBias).toBeCloseTo(f.rheobase, 9);
    expect(f.onsetWithBias).toBeCloseTo(f.rheobase - f.biasCurrent, 9);
  });
  it('for any bias current b the neuron starts firing at x = θ/R − b (property, charging-time formula)', () => {
    const rate = (I: number) => (I <= f.threshold ? 0 : 1 / (tRef + tau * Math.log(I / (I - f.threshold))));
    fc.assert(
      fc.property(fc.double({ min: -0.9, max: 0.9, noNaN: true }), (b) => {
        const onset = f.rheobase - b;
        return rate(onset - 1e-6 + b) === 0 && rate(onset + 1e-6 + b) > 0;
      })
    );
  });
});

describe('firing-rate facts: one input pulse', () => {
  it('lifts the voltage from rest by 5 (1 − e^(−1 ms/τ)), about a quarter of the threshold', () => {
    expect(f.pulseKick).toBeCloseTo(f.pulseAmplitude * (1 - Math.exp(-0.001 / tau)), 9);
    expect(f.pulseKick).toBeGreaterThan(0.2 * f.threshold);
    expect(f.pulseKick).toBeLessThan(0.3 * f.threshold);
  });
  it('200 pulses per second of 5 × 1 ms make a mean current equal to the rheobase', () => {
    expect(f.pulseRateAtRheobase * f.pulseAmplitude * 0.001).toBeCloseTo(f.rheobase, 12);
    expect(f.pulseRateAtRheobase).toBe(200);
  });
});

describe('firing-rate facts: a 25 ms window', () => {
  it('can only report whole spikes: multiples of 40 Hz', () => {
    expect(f.windowMs).toBe(25);
    expect(f.windowResolution).toBe(40);
    for (const r of f.windowRates) expect(r % 40).toBe(0);
  });
  it('reports 40 or 80 Hz for a neuron firing every 1/63 s (between 1 and 2 interspike intervals per window)', () => {
    const isi = 1 / f.analyticRate;
    const perWindow = f.windowMs / 1000 / isi;
    expect(perWindow).toBeGreaterThan(1);
    expect(perWindow).toBeLessThan(2);
    expect(f.windowRates).toEqual([40, 80]);
  });
  it('averages to the true rate over the whole second', () => {
    expect(f.windowMeanRate).toBeCloseTo(f.simulatedRate, 9);
  });
});
