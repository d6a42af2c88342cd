/**
 * Runs one cell: the same code path at build time (Node, with a linkedom document) and in
 * the browser's sandboxed runner frame. It compiles the transformed code into an async
 * function, gives it `display`, `slider`, `goal` and a console, and collects what it shows.
 */
import { CellError, type CellErrorInfo } from './errors';
import { formatValue } from './format';
import { dragMap, type DragMap, type DragOptions } from './drag';
import { evaluateGoal, type Goal } from './goals';
import { limits } from './limits';
import type { LoopGuard } from './loop-guard';
import { runtimeNames, transformCell } from './transform';

export interface SliderSpec {
  label: string;
  min: number;
  max: number;
  step: number;
  value: number;
}

/** `drag`: the figure can be dragged to set a slider (drag.ts). */
export type CellOutput = { kind: 'html'; html: string; drag?: DragMap } | { kind: 'text'; text: string };

export interface LogEntry {
  level: 'log' | 'info' | 'warn' | 'error';
  text: string;
}

export interface CellRun {
  outputs: CellOutput[];
  sliders: SliderSpec[];
  logs: LogEntry[];
  /** The exercises the cell set (goals.ts), each checked on this run; absent if it set none. */
  goals?: Goal[];
  error?: CellErrorInfo;
  /** Wall time of the run itself, in milliseconds. */
  duration: number;
}

/** What a run can reach while it runs (warnings from Plot, for one). */
export interface RunContext {
  log(level: LogEntry['level'], text: string): void;
}

/** A log line from a run that has already returned, tagged with the run's request tag. */
export interface LateEvent {
  tag: string | undefined;
  log: LogEntry;
}

export interface RuntimeOptions {
  /** The modules cells may import, made for each run (they may report into its console). */
  modules: (context: RunContext) => Record<string, unknown>;
  guard: LoopGuard;
  /** The `document` cell code sees (linkedom's, at build time and in the runner's worker). */
  document?: unknown;
  /** Logs and errors that arrive after a run has finished (from timers, promises). */
  onLate?: (event: LateEvent) => void;
}

const cellFileName = 'cell.js';
const parameters = ['display', 'slider', 'goal', 'drag', 'console', 'document', runtimeNames.importModule, runtimeNames.importDynamic, runtimeNames.loopGuard];
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...args: unknown[]) => Promise<unknown>;

/** Source text of the compiled function around the cell's own lines. */
function compile(body: string) {
  return new AsyncFunction(...parameters, `"use strict";\n${body}\n//# sourceURL=${cellFileName}`);
}

/**
 * How many lines the engine reports before the cell's first line (the function header and
 * the "use strict" line), measured once by throwing from a known line.
 */
let lineOffset: Promise<number> | undefined;
function stackLineOffset(): Promise<number> {
  return (lineOffset ??= compile('throw new Error()')().then(
    () => 2,
    (error: unknown) => (stackLocation(error)?.line ?? 3) - 1,
  ));
}

function stackLocation(error: unknown): { line: number; column: number } | undefined {
  const stack = error instanceof Error ? error.stack : undefined;
  const match = stack?.match(new RegExp(`${cellFileName.replace('.', '\\.')}:(\\d+):(\\d+)`));
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

/** Where in the reader's code an error was thrown, if its stack says so. */
async function locate(error: unknown): Promise<{ line: number; column: number } | undefined> {
  const at = stackLocation(error);
  if (!at) return undefined;
  const offset = await stackLineOffset();
  return at.line > offset ? { line: at.line - offset, column: at.column } : undefined;
}

/**
 * The reader-facing form of anything a cell throws or rejects with. Never throws itself, even
 * for a value whose getters throw, and keeps the message short however long the value is.
 */
export async function toErrorInfo(error: unknown, kindIfNotError: 'thrown' | 'rejection' = 'thrown'): Promise<CellErrorInfo> {
  let info: CellErrorInfo;
  try {
    info = await describeThrown(error, kindIfNotError);
  } catch (inner) {
    info = { kind: kindIfNotError, message: `a value was thrown that cannot be shown (reading it threw ${safeName(inner)})` };
  }
  return { ...info, message: truncate(info.message, limits.messageChars) };
}

async function describeThrown(error: unknown, kindIfNotError: 'thrown' | 'rejection'): Promise<CellErrorInfo> {
  if (error instanceof CellError) {
    if (error.location) return error.toInfo();
    return { ...error.toInfo(), ...(await locate(error)) };
  }
  if (error instanceof Error) {
    return { kind: 'runtime', message: `${String(error.name)}: ${String(error.message)}`, ...(await locate(error)) };
  }
  return { kind: kindIfNotError, message: `${formatValue(error)} (a ${describeType(error)} was thrown, not an Error, so there is no line number)` };
}

function safeName(value: unknown): string {
  try {
    return value instanceof Error ? String(value.name) : typeof value;
  } catch {
    return 'an error';
  }
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export interface RunRequest {
  source: string;
  /** Values the reader set on the sliders, by label; a cell's own defaults otherwise. */
  sliderValues?: Record<string, number>;
  /** Passed back with late logs, so the caller knows which cell they belong to. */
  tag?: string;
}

export interface Runtime {
  run(request: RunRequest): Promise<CellRun>;
}

/**
 * @example
 * const runtime = createRuntime({ modules: () => ({ neuron }), guard: createLoopGuard() });
 * const { outputs } = await runtime.run({ source: 'display(1 + 1)' }); // [{ kind: 'text', text: '2' }]
 */
export function createRuntime({ modules, guard, document, onLate }: RuntimeOptions): Runtime {
  // Slider moves rerun the same source: parse, transform and compile it once.
  const compiled = new Map<string, ReturnType<typeof compile>>();
  const compileCached = (source: string, table: Record<string, unknown>) => {
    let fn = compiled.get(source);
    if (!fn) {
      const exports = Object.fromEntries(Object.entries(table).map(([name, module]) => [name, Object.keys(module as object)]));
      fn = compile(transformCell(source, { modules: exports }));
      if (compiled.size >= 32) compiled.delete(compiled.keys().next().value!);
      compiled.set(source, fn);
    }
    return fn;
  };
  return {
    async run({ source, sliderValues = {}, tag }) {
      const started = performance.now();
      const run: CellRun = { outputs: [], sliders: [], logs: [], duration: 0 };
      let finished = false;
      // One budget for the run's console, whether a line comes during the run or later.
      let lines = 0;
      let chars = 0;
      const log = (level: LogEntry['level'], text: string) => {
        if (lines > limits.logs) return;
        lines++;
        const entry: LogEntry =
          lines > limits.logs || chars >= limits.logChars
            ? ((lines = limits.logs + 1),
              {
                level: 'warn',
                text: `output truncated: a run may log ${limits.logs} lines and ${limits.logChars.toLocaleString('en')} characters; the rest are not shown`,
              })
            : { level, text: truncate(text, Math.min(limits.textChars, limits.logChars - chars)) };
        chars += entry.text.length;
        if (finished) onLate?.({ tag, log: entry });
        else run.logs.push(entry);
      };
      const table = modules({ log });
      let htmlChars = 0;
      const draggable = new WeakMap<object, DragMap>();
      const drag = (figure: unknown, options?: DragOptions) => {
        const map = dragMap(figure, options);
        draggable.set(figure as object, map);
        return figure;
      };
      const display = (value: unknown) => {
        if (run.outputs.length >= limits.outputs) throw new CellError('output', `a cell can display at most ${limits.outputs} values`);
        const output = toOutput(value, limits.htmlChars - htmlChars);
        if (output.kind === 'html') {
          htmlChars += output.html.length;
          const map = draggable.get(value as object);
          if (map) {
            if (!run.sliders.some((s) => s.label === map.slider))
              throw new CellError('drag', `drag: no slider labelled "${map.slider}" is declared before the figure is displayed`);
            output.drag = map;
          }
        }
        run.outputs.push(output);
        return value;
      };
      const slider = (spec: Partial<SliderSpec>) => {
        const checked = checkSlider(spec, run.sliders);
        const wanted = Object.hasOwn(sliderValues, checked.label) ? sliderValues[checked.label] : undefined;
        const value = typeof wanted === 'number' && Number.isFinite(wanted) ? clamp(wanted, checked.min, checked.max) : checked.value;
        run.sliders.push({ ...checked, value });
        return value;
      };
      const goal = (text: unknown, check: unknown, options?: unknown) => {
        const checked = evaluateGoal(text, check, options, run.goals ?? []);
        (run.goals ??= []).push(checked);
        return checked.met;
      };
      const importModule = (name: string) => {
        if (!Object.hasOwn(table, name)) throw new CellError('import', `cannot import "${name}": a cell can import ${Object.keys(table).join(' and ')}`);
        return table[name];
      };
      const importDynamic = async (name: string) => importModule(name);
      const console = consoleFor(log);
      try {
        const cell = compileCached(source, table);
        guard.begin();
        await cell(display, slider, goal, drag, console, document, importModule, importDynamic, (line?: number) => guard.check(line));
      } catch (error) {
        run.error = await toErrorInfo(error);
      }
      finished = true;
      run.duration = performance.now() - started;
      return run;
    },
  };
}

function consoleFor(log: RunContext['log']) {
  const join = (args: unknown[]) => args.map((a) => formatValue(a)).join(' ');
  return {
    log: (...args: unknown[]) => log('log', join(args)),
    info: (...args: unknown[]) => log('info', join(args)),
    debug: (...args: unknown[]) => log('log', join(args)),
    warn: (...args: unknown[]) => log('warn', join(args)),
    error: (...args: unknown[]) => log('error', join(args)),
    table: (data: unknown) => log('log', formatValue(data, { maxDepth: 2 })),
  };
}

/** `room`: characters of markup the run may still show. */
function toOutput(value: unknown, room: number): CellOutput {
  if (isElement(value)) {
    const html = value.outerHTML;
    if (html.length > room) {
      throw new CellError(
        'output',
        `this figure is ${html.length.toLocaleString('en')} characters of markup; a run may show ${limits.htmlChars.toLocaleString('en')} in all and ${Math.max(0, room).toLocaleString('en')} are left: draw fewer points`,
      );
    }
    return { kind: 'html', html };
  }
  return { kind: 'text', text: truncate(formatValue(value), limits.textChars) };
}

function isElement(value: unknown): value is { outerHTML: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { nodeType?: unknown }).nodeType === 'number' &&
    typeof (value as { outerHTML?: unknown }).outerHTML === 'string'
  );
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${(text.length - max).toLocaleString('en')} more characters)`;
}

function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x));
}

/** Checks a slider declaration and fills in its step; throws a CellError that says what is wrong. */
export function checkSlider(spec: Partial<SliderSpec>, declared: readonly SliderSpec[]): SliderSpec {
  const fail = (message: string) => {
    throw new CellError('slider', message);
  };
  if (typeof spec !== 'object' || spec === null) return fail('slider({ label, min, max, value, step }) needs an options object');
  const { label, min, max, value } = spec;
  if (typeof label !== 'string' || label.trim() === '') return fail('a slider needs a label, e.g. slider({ label: "w", min: -5, max: 5, value: 1 })');
  if (label.length > limits.labelChars) fail(`a slider label may have at most ${limits.labelChars} characters; "${label.slice(0, 20)}…" has ${label.length}`);
  // Labels are keys of saved slider values: a name every object already has cannot be one.
  if (label in Object.prototype) fail(`"${label}" cannot label a slider: it is a name every JavaScript object already has; choose another label`);
  if (declared.length >= limits.sliders) fail(`a cell may declare at most ${limits.sliders} sliders`);
  for (const [name, x] of Object.entries({ min, max, value })) {
    if (typeof x !== 'number' || !Number.isFinite(x)) fail(`slider "${label}": ${name} must be a finite number, not ${formatValue(x)}`);
  }
  const [lo, hi, v] = [min as number, max as number, value as number];
  if (!(lo < hi)) fail(`slider "${label}": min (${lo}) must be less than max (${hi})`);
  if (v < lo || v > hi) fail(`slider "${label}": value ${v} is outside [${lo}, ${hi}]`);
  const step = spec.step ?? (hi - lo) / 100;
  if (typeof step !== 'number' || !(step > 0)) fail(`slider "${label}": step must be a positive number`);
  if (declared.some((s) => s.label === label)) fail(`slider "${label}" is declared twice; labels name the sliders, so they must differ`);
  return { label, min: lo, max: hi, step, value: v };
}
