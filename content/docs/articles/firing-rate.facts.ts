/**
 * Numbers quoted in the "firing rate" article (A10, A11): a leaky integrate-and-fire
 * neuron with the module's default parameters, its f–I curve, what a bias current does
 * to it, and what a short counting window can report. Computed with the neuron module;
 * checked by firing-rate.facts.test.ts (beside this file).
 */
import { firingRateCurve, lifNeuron, lifRate, linspace } from '../../../src/neuron/index';

/** The module's default LIF parameters (voltages relative to rest, threshold = 1). */
const tau = 0.02;
const threshold = 1;
const resistance = 1;
const refractory = 0.002;

/** The rheobase: the smallest constant current that ever makes the neuron fire, θ / R. */
const rheobase = threshold / resistance;

/** The largest current on a fine grid (steps of 0.001) at which the analytic rate is still zero. */
function onset(curve: { current: number; rate: number }[]): number {
  return curve.findLast((p) => p.rate === 0)?.current ?? NaN;
}
const grid = linspace(0, 3, 3001); // steps of 0.001
const biasCurrent = 0.5;
const onsetNoBias = onset(firingRateCurve(grid));
const onsetWithBias = onset(grid.map((x) => ({ current: x, rate: lifRate(x + biasCurrent) })));

/** The example current of the first figure, and the simulated run the figure shows. */
const exampleCurrent = 2;
const simulated = lifNeuron(exampleCurrent, { duration: 1 });
const analytic = lifRate(exampleCurrent);

/** How far the simulated rate (1 s, dt = 0.1 ms) falls below the formula, at several currents. */
const comparedCurrents = [1.5, 2, 3, 5];
const simulationDeficits = comparedCurrents.map((I) => {
  const sim = lifNeuron(I, { duration: 2 }).rate;
  return 1 - sim / lifRate(I);
});

/** A 25 ms counting window (one speech-style analysis window) over the 1 s run at I = 2. */
const window = 0.025;
const windowCounts: number[] = [];
for (let k = 0; k < Math.round(1 / window); ++k) {
  windowCounts.push(simulated.spikes.filter((t) => t >= k * window && t < (k + 1) * window).length);
}
const windowRates = [...new Set(windowCounts.map((c) => c / window))].sort((a, b) => a - b);

/** One input pulse of figure 3 (current 5 for 1 ms) applied at rest: how far it lifts the voltage. */
const pulseAmplitude = 5;
const pulseRun = lifNeuron((t) => (t < 0.001 - 1e-9 ? pulseAmplitude : 0), { duration: 0.001, recordEvery: 1 });
const pulseKick = pulseRun.voltage[pulseRun.voltage.length - 1].v;

export const firingRateFacts = {
  tauMs: tau * 1000,
  threshold,
  refractoryMs: refractory * 1000,
  rheobase,
  /** No spikes just below the rheobase, however long one waits. */
  rateJustBelow: lifRate(0.99),
  /** Just above it the rate jumps: 1 % more current already gives about 10 spikes per second. */
  rateJustAbove: lifRate(1.01),
  rateAt1p5: lifRate(1.5),
  /** The ceiling set by the refractory period, 1 / t_ref, and the rate at a huge current. */
  maxRate: 1 / refractory,
  rateAt100: lifRate(100),

  exampleCurrent,
  analyticRate: analytic,
  simulatedSpikes: simulated.spikes.length,
  simulatedRate: simulated.rate,
  comparedCurrents,
  /** Relative shortfall of the simulated rate, smallest and largest over comparedCurrents. */
  minDeficit: Math.min(...simulationDeficits),
  maxDeficit: Math.max(...simulationDeficits),

  /** A constant bias current moves the onset of firing from the rheobase to rheobase − bias. */
  biasCurrent,
  onsetNoBias,
  onsetWithBias,

  pulseAmplitude,
  pulseKick,
  /** The pulse rate at which the mean input current (rate × amplitude × 1 ms) equals the rheobase. */
  pulseRateAtRheobase: Math.round(rheobase / (pulseAmplitude * 0.001)),

  windowMs: window * 1000,
  /** The resolution of a rate read from one window: one spike more or less. */
  windowResolution: 1 / window,
  /** The only rates a 25 ms window reports for the neuron at I = 2, and their mean. */
  windowRates,
  windowMeanRate: windowCounts.reduce((s, c) => s + c, 0) / windowCounts.length / window
};
