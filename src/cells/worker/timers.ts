/**
 * Timer callbacks a cell schedules belong to the run that scheduled them: a new run cancels
 * every timer the earlier runs left behind (a `setInterval` would otherwise log forever), and
 * each callback starts a fresh task for the loop guard and reports its errors as its run's.
 * Callbacks catch their own errors, so a throw in a timer is shown in the cell, with its run.
 */
import type { LoopGuard } from '../loop-guard';

export interface RunTimers {
  /** Runs `task` as code of run `run`: timers it schedules belong to that run. */
  within<T>(run: number, task: () => T): T;
  /** Cancels every pending timer and interval of every run. */
  cancelAll(): void;
  /** The run whose code is running, or ran last. */
  readonly current: number | undefined;
  /** Pending timers and intervals (for tests). */
  readonly pending: number;
}

/** Where a timer callback's error (or the rejection of the promise it returned) goes. */
export type TimerErrorHandler = (run: number, error: unknown, kind: 'thrown' | 'rejection') => void;

type TimerId = number;
type Schedule = (callback: TimerHandler, ms?: number, ...args: unknown[]) => TimerId;
type Cancel = (id?: TimerId) => void;

/** The timer functions of a worker (or window) scope, as the browser has them. */
export interface TimerScope {
  setTimeout: Schedule;
  setInterval: Schedule;
  clearTimeout: Cancel;
  clearInterval: Cancel;
}

/**
 * Replaces the scope's timer functions with tracked ones.
 * @example
 * const timers = trackTimers(globalThis, guard, (run, error) => report(run, error));
 * timers.within(1, () => setInterval(tick, 100));
 * timers.cancelAll(); // the interval is gone
 */
export function trackTimers(scope: TimerScope, guard: LoopGuard, onError: TimerErrorHandler): RunTimers {
  const { setTimeout, setInterval, clearTimeout, clearInterval } = scope;
  const owned = new Set<TimerId>();
  let current: number | undefined;
  const within = <T>(run: number, task: () => T): T => {
    const outer = current;
    current = run;
    guard.begin();
    try {
      return task();
    } finally {
      current = outer ?? run;
    }
  };
  const wrap = (callback: unknown, once: boolean, id: () => TimerId) => {
    const run = current;
    if (typeof callback !== 'function' || run === undefined) return callback as TimerHandler;
    return (...args: unknown[]) => {
      if (once) owned.delete(id());
      try {
        const result = within(run, () => (callback as (...a: unknown[]) => unknown)(...args));
        if (result instanceof Promise) result.catch((error: unknown) => onError(run, error, 'rejection'));
      } catch (error) {
        onError(run, error, 'thrown');
      }
    };
  };
  const start =
    (native: Schedule, once: boolean): Schedule =>
    (callback, ms, ...args) => {
      let id = 0;
      id = native.call(
        scope,
        wrap(callback, once, () => id),
        ms,
        ...args,
      );
      owned.add(id);
      return id;
    };
  const stop =
    (native: Cancel): Cancel =>
    (id) => {
      if (id !== undefined) owned.delete(id);
      native.call(scope, id);
    };
  scope.setTimeout = start(setTimeout, true);
  scope.setInterval = start(setInterval, false);
  scope.clearTimeout = stop(clearTimeout);
  scope.clearInterval = stop(clearInterval);
  return {
    within,
    cancelAll() {
      for (const id of owned) {
        clearTimeout(id);
        clearInterval(id);
      }
      owned.clear();
    },
    get current() {
      return current;
    },
    get pending() {
      return owned.size;
    },
  };
}
