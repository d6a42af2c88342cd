/**
 * A stuck loop cannot be interrupted from outside the thread it runs on, so the code
 * transform puts a call to this guard at the top of every loop body. The guard throws once
 * the current task has run longer than the limit. A task starts with each run and with each
 * timer callback the cell scheduled, so a loop in a `setTimeout` callback is timed from when
 * that callback began, not from when the cell first ran.
 */
import { CellError } from './errors';

export interface LoopGuardOptions {
  /** How long one task may loop before it is stopped, in milliseconds. */
  limitMs?: number;
  /** Checks between two readings of the clock: reading it on every iteration costs too much. */
  checkEvery?: number;
  now?: () => number;
}

export interface LoopGuard {
  /** Marks the start of a task (a run, or a callback). */
  begin(): void;
  /** Called at the top of each loop iteration; throws when the task is over its limit. */
  check(): void;
}

/**
 * @example
 * const guard = createLoopGuard({ limitMs: 750 });
 * guard.begin();
 * while (true) guard.check(); // throws a CellError of kind 'timeout' after about 750 ms
 */
export function createLoopGuard({ limitMs = 750, checkEvery = 16, now = () => performance.now() }: LoopGuardOptions = {}): LoopGuard {
  let start = now();
  let count = 0;
  // Once tripped, every loop of the task stops at once: an outer loop that catches the
  // inner loop's error must not start the clock again.
  let tripped = false;
  return {
    begin() {
      start = now();
      count = 0;
      tripped = false;
    },
    check() {
      if (!tripped && (++count % checkEvery !== 0 || now() - start <= limitMs)) return;
      tripped = true;
      throw new CellError('timeout', `a loop ran for more than ${limitMs} ms and was stopped (is it an infinite loop?)`);
    },
  };
}
