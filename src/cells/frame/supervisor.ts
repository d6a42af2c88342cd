/**
 * The runner's supervisor: a worker in the sandboxed frame that runs no cell code. It gives
 * each cell a worker of its own (a warm spare waits, so a new one costs no start-up), passes
 * runs to it, checks every message it sends back before the page sees it, and ends a worker
 * that is stuck, over its time, or stopped by the reader. Being a thread of its own, it stays
 * responsive whatever a cell does, and so does the page: it never runs anything a cell wrote.
 */
import { CellError, type CellErrorInfo } from '../errors';
import { formatDuration } from '../format';
import { checkPageRequest, checkWorkerReport, type PageRequest, type SupervisorReport, type WorkerReport, type WorkerRequest } from '../messages';
import { limits } from '../limits';
import type { CellRun } from '../runtime';

export const supervision = {
  /** A run the worker has not begun after this long finds it busy with older work. */
  startMs: 400,
  /** A worker that neither beats, answers a ping nor finishes for this long is stuck. */
  silentMs: 5000,
  /** No run may take longer than this, waiting included. */
  maxRunMs: 60_000,
  /** How often the page hears how a run is going. */
  progressEveryMs: 250,
};

interface Active {
  run: number;
  request: Extract<WorkerRequest, { type: 'run' }>;
  started: number;
  /** When the worker was last heard from (any message), or its run was (re)sent. */
  heard: number;
  begun: boolean;
  /** The loop the run was last seen in, from the loop guard's beats. */
  line?: number;
  /** Told to the reader with the result. */
  notice?: string;
  /** Messages from the worker refused during the run: reported with the result. */
  refused: number;
}

interface Slot {
  cell: string;
  worker: Worker;
  ready: boolean;
  active?: Active;
  /** The last run the page asked for: late logs of any other run are dropped. */
  latest?: number;
  lateLines: number;
  pending?: WorkerRequest;
}

const scope = globalThis as unknown as { addEventListener: typeof addEventListener; postMessage: (m: unknown) => void };
let page: MessagePort | undefined;
let workerUrl = '';
let spare: Worker | undefined;
const slots = new Map<string, Slot>();
const ready = new WeakSet<Worker>();
let ticker: ReturnType<typeof setInterval> | undefined;

const tell = (message: SupervisorReport) => page?.postMessage(message);

function spawn(): Worker {
  const worker = new Worker(workerUrl, { name: 'cell' });
  worker.addEventListener('message', (event) => {
    const slot = [...slots.values()].find((s) => s.worker === worker);
    if (!slot) {
      if (event.data?.type === 'ready') ready.add(worker);
      return;
    }
    hear(slot, event.data);
  });
  return worker;
}

/** The warm spare, replaced at once by a new one. */
function takeSpare(): Worker {
  const worker = spare ?? spawn();
  spare = spawn();
  return worker;
}

function replaceWorker(slot: Slot): void {
  slot.worker.terminate();
  slot.worker = takeSpare();
  slot.ready = ready.has(slot.worker);
}

function hear(slot: Slot, data: unknown): void {
  const checked = checkWorkerReport(data);
  const active = slot.active;
  if (!checked.ok) {
    if (active) active.refused++;
    // A result that fails its checks ends the run with the reason; other junk is ignored.
    if (active && (data as { type?: unknown })?.type === 'result' && (data as { run?: unknown }).run === active.run) {
      finish(slot, failed(`the runner sent back a result this page does not accept (${checked.reason}); it was not shown`, active));
    }
    return;
  }
  const message: WorkerReport = checked.value;
  // Only word of the run going on shows the worker is with it: beats of an older run's
  // leftover loop mean it is still busy with that.
  if (active && (!('run' in message) || message.run === active.run)) active.heard = performance.now();
  if (message.type === 'ready') {
    slot.ready = true;
    if (slot.pending) send(slot, slot.pending);
  } else if (message.type === 'started' && active?.run === message.run) {
    active.begun = true;
  } else if (message.type === 'beat' && active?.run === message.run) {
    if (message.line !== undefined) active.line = message.line;
  } else if (message.type === 'result' && active?.run === message.run) {
    finish(slot, message.result);
  } else if (message.type === 'late' && message.run === slot.latest) {
    // The same budget as the run's own console: a timer cannot flood the page afterwards.
    if (message.log && ++slot.lateLines > limits.logs) return;
    tell({ type: 'late', cell: slot.cell, run: message.run, ...(message.log ? { log: message.log } : {}), ...(message.error ? { error: message.error } : {}) });
  }
}

function send(slot: Slot, request: WorkerRequest): void {
  slot.pending = slot.ready ? undefined : request;
  if (slot.ready) slot.worker.postMessage(request);
}

function finish(slot: Slot, result: CellRun): void {
  const active = slot.active;
  if (!active) return;
  slot.active = undefined;
  tell({ type: 'result', cell: slot.cell, run: active.run, result, refused: active.refused, ...(active.notice ? { notice: active.notice } : {}) });
}

function failed(message: string, active: Active, line = active.line): CellRun {
  const error: CellErrorInfo = { ...new CellError('timeout', message).toInfo(), ...(line ? { line } : {}) };
  return { outputs: [], sliders: [], logs: [], duration: performance.now() - active.started, error };
}

/** Ends a run by ending its worker; the cell gets a fresh one for its next run. */
function end(slot: Slot, message: string): void {
  const active = slot.active!;
  replaceWorker(slot);
  finish(slot, failed(message, active));
}

function tick(): void {
  const now = performance.now();
  let busy = false;
  for (const slot of slots.values()) {
    const active = slot.active;
    if (!active) continue;
    busy = true;
    const elapsed = now - active.started;
    if (elapsed > supervision.maxRunMs) {
      end(slot, `the run did not finish within ${formatDuration(supervision.maxRunMs)} and was stopped. Is it waiting for a promise that never settles?`);
      continue;
    }
    if (!slot.ready) {
      // A new worker is still loading: its silence is not the cell's.
      active.heard = now;
    } else if (!active.begun && now - active.heard > supervision.startMs) {
      // Still busy with what an earlier run left running (a detached loop, a promise chain).
      replaceWorker(slot);
      send(slot, active.request);
      active.heard = now;
      // The page words it, in its own language (strings.ts freshRunner).
      active.notice = 'fresh-runner';
      continue;
    } else if (now - active.heard > supervision.silentMs) {
      end(
        slot,
        `the code was busy for ${formatDuration(now - active.heard)} without reaching a loop check or finishing, and was stopped. Is it stuck in a long built-in call or an endless chain of promises?`,
      );
      continue;
    }
    if (active.begun) slot.worker.postMessage({ type: 'ping' } satisfies WorkerRequest);
    tell({ type: 'progress', cell: slot.cell, run: active.run, elapsedMs: elapsed, ...(active.line ? { line: active.line } : {}) });
  }
  if (!busy && ticker !== undefined) {
    clearInterval(ticker);
    ticker = undefined;
  }
}

function onPage(data: unknown): void {
  const checked = checkPageRequest(data);
  if (!checked.ok) return;
  const request: PageRequest = checked.value;
  const slot = slots.get(request.cell);
  if (request.type === 'stop') {
    if (slot?.active?.run === request.run) {
      end(slot, `stopped by you after ${formatDuration(performance.now() - slot.active.started)}`);
    }
    return;
  }
  let target = slot;
  if (!target) {
    const worker = takeSpare();
    target = { cell: request.cell, worker, ready: ready.has(worker), lateLines: 0 };
    slots.set(request.cell, target);
  } else if (request.fresh || target.active) {
    // New code gets a new realm: nothing an earlier version changed (a global, a built-in) stays.
    replaceWorker(target);
    target.active = undefined;
  }
  const now = performance.now();
  const run: Active['request'] = { type: 'run', run: request.run, request: request.request };
  target.active = { run: request.run, request: run, started: now, heard: now, begun: false, refused: 0 };
  target.latest = request.run;
  target.lateLines = 0;
  send(target, run);
  ticker ??= setInterval(tick, supervision.progressEveryMs);
}

scope.addEventListener('message', (event: MessageEvent) => {
  if (page || event.data?.type !== 'connect' || !event.ports[0] || typeof event.data.workerSource !== 'string') return;
  workerUrl = URL.createObjectURL(new Blob([event.data.workerSource], { type: 'text/javascript' }));
  spare = spawn();
  page = event.ports[0];
  page.onmessage = (message) => onPage(message.data);
  tell({ type: 'ready' });
});
