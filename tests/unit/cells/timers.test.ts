/** Timers owned by runs (worker/timers.ts): cancelled together, attributed, guarded. */
import { describe, expect, it } from 'vitest';
import { createLoopGuard } from '../../../src/cells/loop-guard';
import { trackTimers, type TimerScope } from '../../../src/cells/worker/timers';

const sleep = (ms: number) => new Promise((resolve) => globalThis.setTimeout(resolve, ms));

function setup() {
  const scope = {
    setTimeout: globalThis.setTimeout,
    setInterval: globalThis.setInterval,
    clearTimeout: globalThis.clearTimeout,
    clearInterval: globalThis.clearInterval,
  } as unknown as TimerScope;
  const errors: { run: number; error: unknown; kind: string }[] = [];
  let begun = 0;
  const guard = { ...createLoopGuard(), begin: () => void begun++ };
  const timers = trackTimers(scope, guard, (run, error, kind) => errors.push({ run, error, kind }));
  return { scope, timers, errors, begun: () => begun };
}

describe('run timers', () => {
  it('cancels every timeout and interval of earlier runs at once', async () => {
    const { scope, timers } = setup();
    const ticks: string[] = [];
    timers.within(1, () => {
      scope.setInterval(() => ticks.push('interval'), 5);
      scope.setTimeout(() => ticks.push('timeout'), 20);
    });
    expect(timers.pending).toBe(2);
    await sleep(12);
    timers.cancelAll();
    const seen = ticks.length;
    await sleep(40);
    expect(ticks.length).toBe(seen);
    expect(ticks).not.toContain('timeout');
    expect(timers.pending).toBe(0);
  });

  it('forgets a timeout once it fired or was cleared', async () => {
    const { scope, timers } = setup();
    timers.within(1, () => {
      scope.setTimeout(() => {}, 1);
      const id = scope.setTimeout(() => {}, 50);
      scope.clearTimeout(id);
    });
    await sleep(10);
    expect(timers.pending).toBe(0);
  });

  it('reports a callback that throws or rejects as its own run, and starts a guard task for it', async () => {
    const { scope, timers, errors, begun } = setup();
    let seenInCallback: number | undefined;
    timers.within(4, () => {
      scope.setTimeout(() => {
        seenInCallback = timers.current;
        throw new Error('in a timer');
      }, 1);
    });
    timers.within(5, () => {
      scope.setTimeout(async () => {
        throw new Error('in an async timer');
      }, 1);
    });
    await sleep(15);
    expect(errors.map(({ run, kind, error }) => [run, kind, (error as Error).message])).toEqual([
      [4, 'thrown', 'in a timer'],
      [5, 'rejection', 'in an async timer'],
    ]);
    // Two runs and two callbacks: four tasks for the loop guard.
    expect(begun()).toBe(4);
    expect(seenInCallback).toBe(4);
  });
});
