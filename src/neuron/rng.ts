/**
 * A source of uniform random numbers in [0, 1). Every random choice in this
 * module takes one explicitly, so that a seed fully determines a figure and
 * two readers see the same picture.
 */
export type Random = () => number;

/**
 * Returns a seeded pseudo-random generator (Tommy Ettinger's mulberry32): the
 * same seed always yields the same sequence of uniform numbers in [0, 1). The
 * seed is read as a 32-bit unsigned integer.
 *
 * @example
 * const rand = mulberry32(42);
 * rand(); // 0.6011037519201636, on every run
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Draws a uniform number in the open interval (0, 1), redrawing the (rare)
 * exact zero so that callers can safely take its logarithm.
 *
 * @example
 * Math.log(uniformPositive(mulberry32(1))); // always finite
 */
export function uniformPositive(rand: Random): number {
  let u = rand();
  while (u === 0) u = rand();
  return u;
}

/**
 * Draws a uniform number in [min, max).
 *
 * @example
 * uniform(mulberry32(1), 1, 2); // somewhere in [1, 2)
 */
export function uniform(rand: Random, min: number, max: number): number {
  return min + (max - min) * rand();
}

/**
 * Draws a normally distributed number by the Box–Muller transform. Only the
 * cosine half of each pair is used: it keeps the generator stateless, at the
 * price of two uniforms per draw.
 *
 * @example
 * randomNormal(mulberry32(1), 10, 2); // a draw from N(10, 2²)
 */
export function randomNormal(rand: Random, mean = 0, sd = 1): number {
  const radius = Math.sqrt(-2 * Math.log(uniformPositive(rand)));
  const angle = 2 * Math.PI * rand();
  return mean + sd * radius * Math.cos(angle);
}

/**
 * Returns a shuffled copy of array (Fisher–Yates); the input is untouched.
 *
 * @example
 * shuffle([1, 2, 3, 4], mulberry32(7)); // the same permutation on every run
 */
export function shuffle<T>(array: readonly T[], rand: Random): T[] {
  const copy = array.slice();
  for (let i = copy.length - 1; i > 0; --i) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}
