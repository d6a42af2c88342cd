/**
 * The entry of the sandboxed runner frame (`runner/index.html`). It has an opaque origin, so
 * code running here cannot touch the page's DOM, storage or cookies; it receives cells to
 * run and posts back their results as plain data.
 */
import { createLoopGuard } from '../loop-guard';
import { cellModules } from '../modules';
import { createRuntime, toErrorInfo } from '../runtime';
import type { FrameMessage, HostMessage } from './protocol';
import { trackTimers } from './timers';

const post = (message: FrameMessage) => parent.postMessage(message, '*');

const reportLate = async (cell: string | undefined, error: unknown, kind: 'thrown' | 'rejection') => {
  if (!cell) return;
  const info = await toErrorInfo(error, kind);
  post({ type: 'late', cell, error: kind === 'rejection' && info.kind === 'runtime' ? { ...info, kind } : info });
};

const guard = createLoopGuard({ limitMs: 500 });
const timers = trackTimers(globalThis, guard, reportLate);
const runtime = createRuntime({
  modules: (context) => cellModules(context),
  guard,
  onLate: ({ tag, log }) => tag && post({ type: 'late', cell: tag, log }),
});

// Promises the cell left unawaited; their rejections are blamed on the cell that ran last.
addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  void reportLate(timers.current, event.reason, 'rejection');
});

addEventListener('message', async (event: MessageEvent<HostMessage>) => {
  if (event.source !== parent || event.data?.type !== 'run') return;
  const { job, cell, request } = event.data;
  timers.cancel(cell);
  const run = await timers.within(cell, () => runtime.run({ ...request, tag: cell }));
  post({ type: 'result', job, run });
});

post({ type: 'ready' });
