/**
 * Timer callbacks a cell schedules are tracked per cell: rerunning a cell cancels the
 * timers its previous run left behind (a `setInterval` would otherwise log forever), and
 * each callback starts a fresh task for the loop guard and is attributed to its cell.
 * Callbacks catch their own errors: in this opaque-origin frame the site's script is
 * cross-origin, so the browser would hide the error from a global `error` listener.
 */
import type { LoopGuard } from '../loop-guard';

export interface CellTimers {
  /** Runs `task` as code of `cell`: timers it schedules belong to that cell. */
  within<T>(cell: string, task: () => T): T;
  /** Cancels every pending timer of a cell. */
  cancel(cell: string): void;
  /** The cell whose code is running (or ran last). */
  readonly current: string | undefined;
}

/** Where a timer callback's error (or the rejection of the promise it returned) goes. */
export type TimerErrorHandler = (cell: string, error: unknown, kind: 'thrown' | 'rejection') => void;

export function trackTimers(scope: typeof globalThis, guard: LoopGuard, onError: TimerErrorHandler): CellTimers {
  const owned = new Map<string, Set<number>>();
  let current: string | undefined;
  const within = <T>(cell: string, task: () => T): T => {
    const outer = current;
    current = cell;
    guard.begin();
    try {
      return task();
    } finally {
      current = outer ?? cell;
    }
  };
  const own = (id: number) => {
    if (current === undefined) return id;
    const ids = owned.get(current) ?? new Set<number>();
    ids.add(id);
    owned.set(current, ids);
    return id;
  };
  const wrap = (callback: unknown, once: () => void) => {
    const cell = current;
    if (typeof callback !== 'function' || cell === undefined) return callback as TimerHandler;
    return (...args: unknown[]) => {
      once();
      try {
        const result = within(cell, () => (callback as (...a: unknown[]) => unknown)(...args));
        if (result instanceof Promise) result.catch((error: unknown) => onError(cell, error, 'rejection'));
      } catch (error) {
        onError(cell, error, 'thrown');
      }
    };
  };
  const { setTimeout, setInterval, clearTimeout, clearInterval } = scope;
  const forget = (id: number) => {
    for (const ids of owned.values()) ids.delete(id);
  };
  scope.setTimeout = ((callback: TimerHandler, ms?: number, ...args: unknown[]) => {
    let id = 0;
    id = own(setTimeout(wrap(callback, () => forget(id)), ms, ...args));
    return id;
  }) as typeof scope.setTimeout;
  scope.setInterval = ((callback: TimerHandler, ms?: number, ...args: unknown[]) =>
    own(setInterval(wrap(callback, () => {}), ms, ...args))) as typeof scope.setInterval;
  scope.clearTimeout = ((id?: number) => (id !== undefined && forget(id), clearTimeout(id))) as typeof scope.clearTimeout;
  scope.clearInterval = ((id?: number) => (id !== undefined && forget(id), clearInterval(id))) as typeof scope.clearInterval;
  return {
    within,
    cancel(cell) {
      for (const id of owned.get(cell) ?? []) {
        clearTimeout(id);
        clearInterval(id);
      }
      owned.delete(cell);
    },
    get current() {
      return current;
    },
  };
}
