/**
 * The page's side of the runner, a service with no cell state: one runner frame for the
 * page (it holds the sandbox, frame/host.ts), and through it one port to the supervisor worker. Every message that comes back is
 * checked (messages.ts) against the run the page is waiting for; one that fails is dropped
 * and counted, never shown. A frame that stops answering is replaced.
 */
import type { CellErrorInfo } from '../errors';
import { checkSupervisorReport, type PageRequest, type SupervisorReport } from '../messages';
import type { CellRun, LogEntry, RunRequest } from '../runtime';

export interface RunProgress {
  elapsedMs: number;
  line?: number;
}

export interface RunOutcome {
  result: CellRun;
  /** A newer run of the same cell took this one's place: nothing to show. */
  superseded?: true;
  /** Something the reader should know about how it ran (e.g. its runner was restarted). */
  notice?: string;
}

/** What a cell hears between and after its runs. */
export interface CellListener {
  progress(progress: RunProgress): void;
  late(event: { log?: LogEntry; error?: CellErrorInfo }): void;
  /** A message from the runner about this cell was refused. */
  refused(count: number): void;
}

export interface RunnerHost {
  /** Runs a cell; `fresh` gives it a new realm (its code changed). */
  run(cell: string, request: RunRequest, options: { fresh: boolean }): Promise<RunOutcome>;
  /** Ends the cell's run now. */
  stop(cell: string): void;
  listen(cell: string, listener: CellListener): void;
  /** Starts the frame ahead of the first run (the reader is about to use a cell). */
  warm(): void;
  /** Messages refused so far on this page. */
  readonly refused: number;
}

export interface HostOptions {
  /** URL of the runner page. */
  url: string;
  /** The supervisor reports every 250 ms while a run is going: silence this long means the frame is gone. */
  silentMs?: number;
}

interface Waiting {
  run: number;
  resolve: (outcome: RunOutcome) => void;
}

export function createRunnerHost({ url, silentMs = 4000 }: HostOptions): RunnerHost {
  const listeners = new Map<string, CellListener>();
  const waiting = new Map<string, Waiting>();
  /** The last run of each cell: its late logs are still welcome after it finished. */
  const latest = new Map<string, number>();
  let frame: HTMLIFrameElement | undefined;
  let port: MessagePort | undefined;
  let queue: PageRequest[] = [];
  let heard = 0;
  let watchdog: ReturnType<typeof setInterval> | undefined;
  let nextRun = 0;
  let refused = 0;

  const known = (cell: string, run: number) => latest.get(cell) === run;

  const onReport = (data: unknown) => {
    heard = performance.now();
    const checked = checkSupervisorReport(data, known);
    if (!checked.ok) {
      refused++;
      const cell = (data as { cell?: unknown })?.cell;
      if (typeof cell === 'string') listeners.get(cell)?.refused(1);
      return;
    }
    const report: SupervisorReport = checked.value;
    if (report.type === 'ready') {
      for (const request of queue) port!.postMessage(request);
      queue = [];
      return;
    }
    const listener = listeners.get(report.cell);
    if (report.type === 'progress') {
      if (waiting.get(report.cell)?.run === report.run) listener?.progress({ elapsedMs: report.elapsedMs, ...(report.line ? { line: report.line } : {}) });
    } else if (report.type === 'late') {
      listener?.late({ ...(report.log ? { log: report.log } : {}), ...(report.error ? { error: report.error } : {}) });
    } else {
      const job = waiting.get(report.cell);
      if (job?.run !== report.run) return;
      waiting.delete(report.cell);
      if (report.refused > 0) listener?.refused(report.refused);
      job.resolve({ result: report.result, ...(report.notice ? { notice: report.notice } : {}) });
    }
  };

  const startFrame = () => {
    frame?.remove();
    port?.close();
    port = undefined;
    const current = document.createElement('iframe');
    frame = current;
    // The runner page is the site's own (so the service worker serves it offline) and runs no
    // cell code; the sandbox it makes inside itself, with an opaque origin, is where cells run.
    current.setAttribute('src', url);
    current.setAttribute('title', 'Runner for the code cells');
    current.setAttribute('aria-hidden', 'true');
    current.tabIndex = -1;
    current.style.cssText = 'position:absolute;width:1px;height:1px;border:0;left:-9999px;top:0;';
    let loads = 0;
    // The frame runs no cell code, but if it ever navigated away it would be replaced.
    current.addEventListener('load', () => {
      if (++loads > 1 && frame === current) restart('the runner frame navigated away');
    });
    document.body.append(current);
    heard = performance.now();
  };

  addEventListener('message', (event: MessageEvent) => {
    if (!frame || event.source !== frame.contentWindow || event.origin !== location.origin || port || event.data?.type !== 'ready') return;
    const channel = new MessageChannel();
    port = channel.port1;
    port.onmessage = (message) => onReport(message.data);
    frame.contentWindow!.postMessage({ type: 'connect' }, location.origin, [channel.port2]);
  });

  /** Every waiting run ends with an error; the next run starts a new frame. */
  const restart = (why: string) => {
    frame?.remove();
    frame = undefined;
    port?.close();
    port = undefined;
    queue = [];
    for (const [cell, job] of waiting) {
      job.resolve({
        result: {
          outputs: [],
          sliders: [],
          logs: [],
          duration: 0,
          error: { kind: 'timeout', message: `the runner stopped answering (${why}) and was restarted; run the cell again` },
        },
      });
      waiting.delete(cell);
    }
  };

  const send = (request: PageRequest) => {
    if (!frame) startFrame();
    if (port && queue.length === 0) port.postMessage(request);
    else queue.push(request);
    watchdog ??= setInterval(() => {
      if (waiting.size === 0) {
        clearInterval(watchdog);
        watchdog = undefined;
      } else if (performance.now() - heard > silentMs) restart(`no word from it for ${silentMs / 1000} s`);
    }, 500);
  };

  return {
    run(cell, request, { fresh }) {
      const run = ++nextRun;
      latest.set(cell, run);
      // A newer run of the same cell replaces the one in flight (its result would be stale).
      waiting.get(cell)?.resolve({ result: { outputs: [], sliders: [], logs: [], duration: 0 }, superseded: true });
      return new Promise<RunOutcome>((resolve) => {
        waiting.set(cell, { run, resolve });
        if (waiting.size === 1) heard = performance.now();
        send({ type: 'run', cell, run, fresh, request: { source: request.source, sliderValues: { ...request.sliderValues } } });
      });
    },
    stop(cell) {
      const job = waiting.get(cell);
      if (job) send({ type: 'stop', cell, run: job.run });
    },
    listen(cell, listener) {
      listeners.set(cell, listener);
    },
    warm() {
      if (!frame) startFrame();
    },
    get refused() {
      return refused;
    },
  };
}
