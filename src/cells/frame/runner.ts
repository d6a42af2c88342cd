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

const guard = createLoopGuard({ limitMs: 750 });
const timers = trackTimers(globalThis, guard);
const runtime = createRuntime({
  modules: (context) => cellModules(context),
  guard,
  onLate: ({ tag, log }) => tag && post({ type: 'late', cell: tag, log }),
});

const reportLate = async (error: unknown, kind: 'thrown' | 'rejection') => {
  const cell = timers.current;
  if (cell) post({ type: 'late', cell, error: { ...(await toErrorInfo(error, kind)), ...(kind === 'rejection' && { kind }) } });
};
addEventListener('error', (event) => {
  event.preventDefault();
  void reportLate(event.error ?? event.message, 'thrown');
});
addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  void reportLate(event.reason, 'rejection');
});

addEventListener('message', async (event: MessageEvent<HostMessage>) => {
  if (event.source !== parent || event.data?.type !== 'run') return;
  const { job, cell, request } = event.data;
  timers.cancel(cell);
  const run = await timers.within(cell, () => runtime.run({ ...request, tag: cell }));
  post({ type: 'result', job, run });
});

post({ type: 'ready' });
