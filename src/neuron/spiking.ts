/**
 * Spiking neurons. A leaky integrate-and-fire (LIF) neuron charges towards
 * R·I, fires when its voltage crosses a threshold, and resets. The threshold
 * does the job of a (negative) bias: below it the neuron is silent, above it
 * the firing rate climbs with the input — a rate curve shaped much like a
 * ReLU or softplus, offset from zero.
 */
import type { Random } from './rng';

/** Options for {@link poissonSpikeTrain}. */
export interface PoissonSpikeTrainOptions {
  /** Length of the train, in seconds. */
  duration: number;
  /** Time bin, in seconds; at most one spike per bin. Defaults to 0.001. */
  dt?: number;
  /** The random source. */
  rand: Random;
}

/**
 * Spike times (in seconds) of a Poisson process with the given rate (in Hz),
 * approximated bin by bin: each bin of width dt holds a spike with probability
 * rate · dt, which must not exceed 1.
 *
 * @example
 * poissonSpikeTrain(20, { duration: 1, rand: mulberry32(1) }); // about 20 times in [0, 1)
 */
export function poissonSpikeTrain(rate: number, { duration, dt = 0.001, rand }: PoissonSpikeTrainOptions): number[] {
  const p = rate * dt;
  if (p > 1) throw new Error(`poissonSpikeTrain: rate × dt = ${p} exceeds 1; use a smaller dt`);
  const spikes: number[] = [];
  const bins = Math.round(duration / dt);
  for (let i = 0; i < bins; ++i) if (rand() < p) spikes.push(i * dt);
  return spikes;
}

/** The parameters of a leaky integrate-and-fire neuron. Voltages are relative to rest (0). */
export interface LifOptions {
  /** The membrane time constant, in seconds; defaults to 0.02. */
  tau?: number;
  /** The voltage at which it spikes; defaults to 1. */
  threshold?: number;
  /** The voltage it resets to after a spike; defaults to 0. */
  reset?: number;
  /** The membrane resistance R: a constant current I drives the voltage towards R·I. Defaults to 1. */
  resistance?: number;
  /** How long it stays at reset after a spike, in seconds; defaults to 0.002. */
  refractory?: number;
}

/** Options for {@link lifNeuron}: the neuron's parameters plus the simulation's. */
export interface LifSimulationOptions extends LifOptions {
  /** Simulated time, in seconds; defaults to 1. */
  duration?: number;
  /** Time step, in seconds; defaults to 0.0001. */
  dt?: number;
  /** Record the voltage every this many steps; defaults to 10. */
  recordEvery?: number;
}

/** The outcome of a LIF simulation. */
export interface LifResult {
  /** Spike times, in seconds. */
  spikes: number[];
  /** The voltage trace, sampled every recordEvery steps (after any reset). */
  voltage: { t: number; v: number }[];
  /** Spikes per second over the whole run. */
  rate: number;
}

/**
 * Simulates a leaky integrate-and-fire neuron, τ dv/dt = −v + R I(t), starting
 * at rest (v = 0). Each step uses the exact solution for an input held
 * constant over the step, v ← R I + (v − R I) e^(−dt/τ), which stays accurate
 * where plain Euler steps would drift.
 *
 * @example
 * lifNeuron(2).rate; // about 63 spikes per second
 * lifNeuron((t) => (t < 0.5 ? 0.5 : 2)).spikes[0]; // a little after 0.5
 */
export function lifNeuron(inputCurrent: number | ((t: number) => number), options: LifSimulationOptions = {}): LifResult {
  const { tau, threshold, reset, resistance, refractory } = lifParameters(options);
  const { duration = 1, dt = 0.0001, recordEvery = 10 } = options;
  const current = typeof inputCurrent === 'number' ? () => inputCurrent : inputCurrent;
  const decay = Math.exp(-dt / tau);
  const refractorySteps = Math.round(refractory / dt);
  const steps = Math.round(duration / dt);
  const spikes: number[] = [];
  const voltage: { t: number; v: number }[] = [];
  let v = 0;
  let stepsToWait = 0;
  for (let i = 0; i < steps; ++i) {
    const t = i * dt;
    if (stepsToWait > 0) {
      --stepsToWait;
    } else {
      const target = resistance * current(t);
      v = target + (v - target) * decay;
      if (v >= threshold) {
        spikes.push(t + dt);
        v = reset;
        stepsToWait = refractorySteps;
      }
    }
    if (i % recordEvery === 0) voltage.push({ t: t + dt, v });
  }
  return { spikes, voltage, rate: spikes.length / duration };
}

/**
 * The firing rate of a LIF neuron under a constant current, in closed form.
 * The voltage never reaches threshold unless R·I exceeds it, so the rate is 0
 * up to there; beyond, each cycle is the refractory period plus the time to
 * charge from reset to threshold: rate = 1 / (refractory + τ ln((R I − reset) / (R I − threshold))).
 * With reset = 0 this is 1 / (refractory + τ ln(R I / (R I − threshold))).
 *
 * @example
 * lifRate(0.9); // 0
 * lifRate(2); // 63.0…
 */
export function lifRate(current: number, options: LifOptions = {}): number {
  const { tau, threshold, reset, resistance, refractory } = lifParameters(options);
  const drive = resistance * current;
  if (drive <= threshold) return 0;
  return 1 / (refractory + tau * Math.log((drive - reset) / (drive - threshold)));
}

/**
 * The analytic rate curve: {current, rate} for each current, ready to plot.
 *
 * @example
 * firingRateCurve(linspace(0, 5, 51)); // flat at 0 up to current 1, then rising
 */
export function firingRateCurve(currents: readonly number[], options: LifOptions = {}): { current: number; rate: number }[] {
  return currents.map((current) => ({ current, rate: lifRate(current, options) }));
}

// Fills in the defaults, shared by the simulation and the formula so that the
// two always describe the same neuron.
function lifParameters({ tau = 0.02, threshold = 1, reset = 0, resistance = 1, refractory = 0.002 }: LifOptions): Required<LifOptions> {
  return { tau, threshold, reset, resistance, refractory };
}
