/** The messages between the page (host) and the sandboxed runner frame. */
import type { CellErrorInfo } from '../errors';
import type { CellRun, LogEntry, RunRequest } from '../runtime';

export type HostMessage = { type: 'run'; job: number; cell: string; request: RunRequest };

export type FrameMessage =
  | { type: 'ready' }
  | { type: 'result'; job: number; run: CellRun }
  | { type: 'late'; cell: string; log?: LogEntry; error?: CellErrorInfo };
