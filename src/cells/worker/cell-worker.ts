/**
 * A cell's own worker: one per cell, so a cell's code has a realm (globals, built-ins, the
 * neuron module) no other cell shares, and a stuck cell can be ended by terminating its
 * thread. It runs inside the sandbox frame (frame/host.ts), so it has that frame's opaque origin and
 * its CSP. Plot draws into a linkedom document, as at build time: the two forms cannot drift.
 *
 * Everything it posts is checked again by the supervisor: cell code can post to it too.
 */
import { parseHTML } from 'linkedom';
import { createLoopGuard } from '../loop-guard';
import type { WorkerReport, WorkerRequest } from '../messages';
import { cellModules } from '../modules';
import { createRuntime, toErrorInfo } from '../runtime';
import { lockDown } from './lockdown';
import { trackTimers, type TimerScope } from './timers';

const scope = globalThis as unknown as { postMessage(message: WorkerReport): void; addEventListener: typeof addEventListener };
const post = scope.postMessage.bind(scope);
const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

/** Long runs are allowed: the page shows them running with a Stop button. */
export const loopLimitMs = 10_000;

const guard = createLoopGuard({
  limitMs: loopLimitMs,
  onBeat: (line, elapsedMs) => timers.current !== undefined && post({ type: 'beat', run: timers.current, elapsedMs, ...(line ? { line } : {}) }),
});
const reportLate = async (run: number | undefined, error: unknown, kind: 'thrown' | 'rejection') => {
  if (run === undefined) return;
  const info = await toErrorInfo(error, kind);
  post({ type: 'late', run, error: kind === 'rejection' && info.kind === 'runtime' ? { ...info, kind } : info });
};
const timers = trackTimers(globalThis as unknown as TimerScope, guard, reportLate);
const runtime = createRuntime({
  modules: (context) => cellModules(context, document as unknown as Document),
  document,
  guard,
  onLate: ({ tag, log }) => post({ type: 'late', run: Number(tag), log }),
});

scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  void reportLate(timers.current, event.reason, 'rejection');
});
scope.addEventListener('error', (event) => {
  event.preventDefault();
  void reportLate(timers.current, event.error ?? event.message, 'thrown');
});

scope.addEventListener('message', async (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message?.type === 'ping') return post({ type: 'pong' });
  if (message?.type !== 'run') return;
  const { run, request } = message;
  post({ type: 'started', run });
  timers.cancelAll();
  const result = await timers.within(run, () => runtime.run({ ...request, tag: String(run) }));
  try {
    post({ type: 'result', run, result });
  } catch (error) {
    // A result that cannot be cloned (cell code changed what the runtime returns).
    post({ type: 'result', run, result: { outputs: [], sliders: [], logs: [], duration: result.duration, error: await toErrorInfo(error) } });
  }
});

lockDown();
post({ type: 'ready' });
