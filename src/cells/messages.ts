/**
 * The runner's protocol, and the checks that keep it honest. Cell code runs in a worker that
 * the page does not trust: everything that comes back from it is checked here, field by
 * field, against types and sizes, and rebuilt from the checked fields only. The runner's
 * supervisor checks each worker's messages before it forwards them, and the page checks the
 * supervisor's again, so a forged or oversized message is dropped wherever it comes from.
 *
 *   page ── port ── supervisor worker (frame) ── postMessage ── one worker per cell
 */
import type { CellErrorInfo, CellErrorKind } from './errors';
import type { DragMap } from './drag';
import { isUsableLabel } from './labels';
import { goalLimits, type Goal } from './goals';
import { limits } from './limits';
import type { CellOutput, CellRun, LogEntry, RunRequest, SliderSpec } from './runtime';

/** The page asks the supervisor. `fresh`: run in a new worker (the code changed). */
export type PageRequest = { type: 'run'; cell: string; run: number; fresh: boolean; request: RunRequest } | { type: 'stop'; cell: string; run: number };

/** The supervisor tells the page. */
export type SupervisorReport =
  | { type: 'ready' }
  | { type: 'progress'; cell: string; run: number; elapsedMs: number; line?: number }
  | { type: 'result'; cell: string; run: number; result: CellRun; refused: number; notice?: string }
  | { type: 'late'; cell: string; run: number; log?: LogEntry; error?: CellErrorInfo };

/** The supervisor asks a cell's worker. */
export type WorkerRequest = { type: 'run'; run: number; request: RunRequest } | { type: 'ping' };

/** A cell's worker tells the supervisor. */
export type WorkerReport =
  | { type: 'ready' }
  | { type: 'pong' }
  | { type: 'started'; run: number }
  | { type: 'beat'; run: number; elapsedMs: number; line?: number }
  | { type: 'result'; run: number; result: CellRun }
  | { type: 'late'; run: number; log?: LogEntry; error?: CellErrorInfo };

/** Why a message was refused: the path of the first bad field and what was wrong with it. */
export class InvalidMessage extends Error {
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InvalidMessage';
  }
}

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

// Truncated text ends in "… (N more characters)": room for that suffix.
const suffixRoom = 64;
const levels: readonly LogEntry['level'][] = ['log', 'info', 'warn', 'error'];
const errorKinds: readonly CellErrorKind[] = ['syntax', 'import', 'runtime', 'thrown', 'rejection', 'timeout', 'output', 'slider', 'goal', 'drag'];

const fail = (path: string, problem: string): never => {
  throw new InvalidMessage(path, problem);
};

function record(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'not an object');
  return value as Record<string, unknown>;
}

function text(value: unknown, path: string, max: number): string {
  if (typeof value !== 'string') fail(path, 'not a string');
  if ((value as string).length > max) fail(path, `longer than ${max} characters`);
  return value as string;
}

function finite(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, 'not a finite number');
  return value as number;
}

function count(value: unknown, path: string, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0 || (value as number) > max) fail(path, `not a whole number in [0, ${max}]`);
  return value as number;
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) fail(path, `not one of ${allowed.join(', ')}`);
  return value as T;
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(path, 'not an array');
  if ((value as unknown[]).length > max) fail(path, `more than ${max} items`);
  return value as unknown[];
}

/** A slider label: short, and not a name every object has (labels are keys of saved values). */
export function checkLabel(value: unknown, path: string): string {
  const label = text(value, path, limits.labelChars);
  if (!isUsableLabel(label)) fail(path, 'not a usable slider label');
  return label;
}

export function checkLog(value: unknown, path: string): LogEntry {
  const entry = record(value, path);
  return { level: oneOf(entry.level, `${path}.level`, levels), text: text(entry.text, `${path}.text`, limits.textChars + suffixRoom) };
}

export function checkError(value: unknown, path: string): CellErrorInfo {
  const error = record(value, path);
  const info: CellErrorInfo = {
    kind: oneOf(error.kind, `${path}.kind`, errorKinds),
    message: text(error.message, `${path}.message`, limits.messageChars + suffixRoom),
  };
  if (error.line !== undefined) info.line = count(error.line, `${path}.line`, 1e6);
  if (error.column !== undefined) info.column = count(error.column, `${path}.column`, 1e6);
  return info;
}

function checkPair(value: unknown, path: string): [number, number] {
  const items = list(value, path, 2);
  if (items.length !== 2) fail(path, 'not two numbers');
  const pair: [number, number] = [finite(items[0], `${path}[0]`), finite(items[1], `${path}[1]`)];
  if (pair[0] === pair[1]) fail(path, 'an empty interval');
  return pair;
}

function checkDrag(value: unknown, path: string): DragMap {
  const drag = record(value, path);
  return {
    slider: checkLabel(drag.slider, `${path}.slider`),
    axis: oneOf(drag.axis, `${path}.axis`, ['x', 'y'] as const),
    domain: checkPair(drag.domain, `${path}.domain`),
    range: checkPair(drag.range, `${path}.range`),
    scale: finite(drag.scale, `${path}.scale`),
    offset: finite(drag.offset, `${path}.offset`),
  };
}

function checkOutput(value: unknown, path: string): CellOutput {
  const output = record(value, path);
  const kind = oneOf(output.kind, `${path}.kind`, ['html', 'text'] as const);
  if (kind === 'text') return { kind, text: text(output.text, `${path}.text`, limits.textChars + suffixRoom) };
  const html: CellOutput = { kind, html: text(output.html, `${path}.html`, limits.htmlChars) };
  if (output.drag !== undefined) html.drag = checkDrag(output.drag, `${path}.drag`);
  return html;
}

function checkSliderSpec(value: unknown, path: string): SliderSpec {
  const slider = record(value, path);
  const spec = {
    label: checkLabel(slider.label, `${path}.label`),
    min: finite(slider.min, `${path}.min`),
    max: finite(slider.max, `${path}.max`),
    step: finite(slider.step, `${path}.step`),
    value: finite(slider.value, `${path}.value`),
  };
  if (!(spec.min < spec.max) || !(spec.step > 0) || spec.value < spec.min || spec.value > spec.max) fail(path, 'bounds out of order');
  return spec;
}

function checkGoal(value: unknown, path: string): Goal {
  const goal = record(value, path);
  if (typeof goal.met !== 'boolean') fail(`${path}.met`, 'not true or false');
  const checked: Goal = { text: text(goal.text, `${path}.text`, goalLimits.textChars), met: goal.met as boolean };
  if (goal.hint !== undefined) checked.hint = text(goal.hint, `${path}.hint`, goalLimits.hintChars);
  if (goal.solution !== undefined) {
    const solution = record(goal.solution, `${path}.solution`);
    const entries = Object.entries(solution);
    if (entries.length > goalLimits.solutionSliders) fail(`${path}.solution`, `more than ${goalLimits.solutionSliders} sliders`);
    checked.solution = Object.create(null) as Record<string, number>;
    for (const [label, x] of entries) checked.solution[checkLabel(label, `${path}.solution label`)] = finite(x, `${path}.solution.${label}`);
  }
  return checked;
}

/** A run's result, rebuilt from checked fields; figure markup in all at most `limits.htmlChars`. */
export function checkRun(value: unknown, path = 'result'): CellRun {
  const run = record(value, path);
  const outputs = list(run.outputs, `${path}.outputs`, limits.outputs).map((o, i) => checkOutput(o, `${path}.outputs[${i}]`));
  const html = outputs.reduce((sum, o) => sum + (o.kind === 'html' ? o.html.length : 0), 0);
  if (html > limits.htmlChars) fail(`${path}.outputs`, `more than ${limits.htmlChars} characters of markup in all`);
  const sliders = list(run.sliders, `${path}.sliders`, limits.sliders).map((s, i) => checkSliderSpec(s, `${path}.sliders[${i}]`));
  if (new Set(sliders.map((s) => s.label)).size !== sliders.length) fail(`${path}.sliders`, 'two sliders with one label');
  const logs = list(run.logs, `${path}.logs`, limits.logs + 1).map((l, i) => checkLog(l, `${path}.logs[${i}]`));
  const checked: CellRun = { outputs, sliders, logs, duration: finite(run.duration, `${path}.duration`) };
  if (run.goals !== undefined) checked.goals = list(run.goals, `${path}.goals`, goalLimits.goals).map((g, i) => checkGoal(g, `${path}.goals[${i}]`));
  if (run.error !== undefined) checked.error = checkError(run.error, `${path}.error`);
  return checked;
}

function checkLate(message: Record<string, unknown>): { log?: LogEntry; error?: CellErrorInfo } {
  const late: { log?: LogEntry; error?: CellErrorInfo } = {};
  if (message.log !== undefined) late.log = checkLog(message.log, 'log');
  if (message.error !== undefined) late.error = checkError(message.error, 'error');
  if (!late.log && !late.error) fail('late', 'neither a log nor an error');
  return late;
}

const attempt = <T>(check: () => T): Checked<T> => {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (error instanceof InvalidMessage) return { ok: false, reason: error.message };
    return { ok: false, reason: `unreadable message (${(error as Error)?.name ?? 'error'})` };
  }
};

/**
 * A message from the supervisor, as the page accepts it. `knownCell` says whether the page has
 * a cell of that id waiting for that run; anything else is refused.
 */
export function checkSupervisorReport(data: unknown, knownCell: (cell: string, run: number) => boolean): Checked<SupervisorReport> {
  return attempt(() => {
    const message = record(data, 'message');
    const type = oneOf(message.type, 'type', ['ready', 'progress', 'result', 'late'] as const);
    if (type === 'ready') return { type };
    const cell = text(message.cell, 'cell', 200);
    const run = count(message.run, 'run');
    if (!knownCell(cell, run)) fail('cell', `no cell "${cell.slice(0, 60)}" is waiting for run ${run}`);
    if (type === 'progress') {
      const progress: SupervisorReport = { type, cell, run, elapsedMs: finite(message.elapsedMs, 'elapsedMs') };
      if (message.line !== undefined) progress.line = count(message.line, 'line', 1e6);
      return progress;
    }
    if (type === 'result') {
      const result: SupervisorReport = { type, cell, run, result: checkRun(message.result), refused: count(message.refused, 'refused') };
      if (message.notice !== undefined) result.notice = text(message.notice, 'notice', limits.messageChars);
      return result;
    }
    return { type, cell, run, ...checkLate(message) };
  });
}

/** A message from a cell's worker, as the supervisor accepts it. */
export function checkWorkerReport(data: unknown): Checked<WorkerReport> {
  return attempt(() => {
    const message = record(data, 'message');
    const type = oneOf(message.type, 'type', ['ready', 'pong', 'started', 'beat', 'result', 'late'] as const);
    if (type === 'ready' || type === 'pong') return { type };
    const run = count(message.run, 'run');
    if (type === 'started') return { type, run };
    if (type === 'beat') {
      const beat: WorkerReport = { type, run, elapsedMs: finite(message.elapsedMs, 'elapsedMs') };
      if (message.line !== undefined) beat.line = count(message.line, 'line', 1e6);
      return beat;
    }
    if (type === 'result') return { type, run, result: checkRun(message.result) };
    return { type, run, ...checkLate(message) };
  });
}

/** A request from the page, as the supervisor accepts it (the page is trusted, but a typo is not). */
export function checkPageRequest(data: unknown): Checked<PageRequest> {
  return attempt(() => {
    const message = record(data, 'message');
    const type = oneOf(message.type, 'type', ['run', 'stop'] as const);
    const cell = text(message.cell, 'cell', 200);
    const run = count(message.run, 'run');
    if (type === 'stop') return { type, cell, run };
    const request = record(message.request, 'request');
    const values = record(request.sliderValues ?? {}, 'request.sliderValues');
    const sliderValues: Record<string, number> = Object.create(null);
    for (const [label, value] of Object.entries(values))
      sliderValues[checkLabel(label, 'request.sliderValues')] = finite(value, `request.sliderValues.${label}`);
    return { type, cell, run, fresh: message.fresh === true, request: { source: text(request.source, 'request.source', 200_000), sliderValues } };
  });
}
