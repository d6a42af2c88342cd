/**
 * The page's side of the runner: one sandboxed frame for the page, kept alive between runs
 * (reloading a frame costs ~100 ms a run), fed one job at a time. A watchdog replaces a frame
 * that stops answering, so a stuck cell is reported and the other cells keep working.
 */
import type { CellErrorInfo } from '../errors';
import type { FrameMessage, HostMessage } from '../frame/protocol';
import type { CellRun, LogEntry, RunRequest } from '../runtime';

export interface HostOptions {
  /** URL of the runner page. */
  url: string;
  /** A run with no answer after this long has its frame replaced. */
  watchdogMs?: number;
}

export type LateListener = (event: { log?: LogEntry; error?: CellErrorInfo }) => void;

interface Job {
  id: number;
  cell: string;
  request: RunRequest;
  resolve: (run: CellRun) => void;
}

export interface RunnerHost {
  run(cell: string, request: RunRequest): Promise<CellRun>;
  /** Logs and errors a cell's timers or promises produce after its run returned. */
  onLate(cell: string, listener: LateListener): void;
}

export function createRunnerHost({ url, watchdogMs = 1000 }: HostOptions): RunnerHost {
  const queue: Job[] = [];
  const lateListeners = new Map<string, LateListener>();
  let frame: HTMLIFrameElement | undefined;
  let ready = false;
  let active: { job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
  let nextId = 0;

  const startFrame = () => {
    frame?.remove();
    ready = false;
    frame = document.createElement('iframe');
    // No allow-same-origin: the frame gets an opaque origin, so cell code cannot reach
    // this page's DOM, localStorage or cookies.
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.setAttribute('src', url);
    frame.setAttribute('title', 'Sandbox that runs the code cells');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:absolute;width:1px;height:1px;border:0;left:-9999px;top:0;';
    document.body.append(frame);
  };

  const pump = () => {
    if (active || !ready || !frame?.contentWindow) return;
    const job = queue.shift();
    if (!job) return;
    const timer = setTimeout(() => {
      // The frame is stuck (a loop the guard could not reach): start a new one.
      active = undefined;
      job.resolve(stoppedRun(watchdogMs));
      startFrame();
    }, watchdogMs);
    active = { job, timer };
    const message: HostMessage = { type: 'run', job: job.id, cell: job.cell, request: job.request };
    frame.contentWindow.postMessage(message, '*');
  };

  addEventListener('message', (event: MessageEvent<FrameMessage>) => {
    if (!frame || event.source !== frame.contentWindow) return;
    const message = event.data;
    if (message.type === 'ready') {
      ready = true;
    } else if (message.type === 'result' && active?.job.id === message.job) {
      clearTimeout(active.timer);
      active.job.resolve(message.run);
      active = undefined;
    } else if (message.type === 'late') {
      lateListeners.get(message.cell)?.({ log: message.log, error: message.error });
    }
    pump();
  });

  return {
    run(cell, request) {
      if (!frame) startFrame();
      return new Promise<CellRun>((resolve) => {
        queue.push({ id: ++nextId, cell, request, resolve });
        pump();
      });
    },
    onLate(cell, listener) {
      lateListeners.set(cell, listener);
    },
  };
}

function stoppedRun(watchdogMs: number): CellRun {
  return {
    outputs: [],
    sliders: [],
    logs: [],
    duration: watchdogMs,
    error: {
      kind: 'timeout',
      message: `the code ran for more than ${watchdogMs / 1000} s without finishing and was stopped (an infinite loop or recursion?). The runner was restarted; edit the code to run it again.`,
    },
  };
}
