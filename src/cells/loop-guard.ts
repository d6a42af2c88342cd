/**
 * A stuck loop cannot be interrupted from outside the thread it runs on, so the code
 * transform puts a call to this guard at the top of every loop body, with the loop's line.
 * The guard throws once the current task has run longer than the limit, and while a task is
 * long it reports, a few times a second, which loop it is in: the page shows that next to
 * the Stop button. A task starts with each run and with each timer callback the cell
 * scheduled, so a loop in a `setTimeout` callback is timed from when that callback began.
 */
import { CellError } from './errors';

export interface LoopGuardOptions {
  /** How long one task may loop before it is stopped, in milliseconds. */
  limitMs?: number;
  /** Checks between two readings of the clock: reading it on every iteration costs too much. */
  checkEvery?: number;
  /** Called at most every `beatEveryMs` while a task loops, with the loop's line. */
  onBeat?: (line: number | undefined, elapsedMs: number) => void;
  beatEveryMs?: number;
  now?: () => number;
}

export interface LoopGuard {
  /** Marks the start of a task (a run, or a callback). */
  begin(): void;
  /** Called at the top of each loop iteration; throws when the task is over its limit. */
  check(line?: number): void;
}

/**
 * @example
 * const guard = createLoopGuard({ limitMs: 750 });
 * guard.begin();
 * while (true) guard.check(2); // throws a CellError of kind 'timeout' after about 750 ms
 */
export function createLoopGuard({
  limitMs = 750,
  checkEvery = 16,
  onBeat,
  beatEveryMs = 200,
  now = () => performance.now(),
}: LoopGuardOptions = {}): LoopGuard {
  let start = now();
  let lastBeat = start;
  let count = 0;
  // Once tripped, every loop of the task stops at once: an outer loop that catches the
  // inner loop's error must not start the clock again.
  let tripped = false;
  return {
    begin() {
      start = lastBeat = now();
      count = 0;
      tripped = false;
    },
    check(line) {
      if (!tripped && ++count % checkEvery !== 0) return;
      const time = now();
      if (!tripped && time - start <= limitMs) {
        if (onBeat && time - lastBeat >= beatEveryMs) {
          lastBeat = time;
          onBeat(line, time - start);
        }
        return;
      }
      tripped = true;
      throw new CellError('timeout', `a loop ran for more than ${formatLimit(limitMs)} and was stopped (is it an infinite loop?)`);
    },
  };
}

function formatLimit(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}
