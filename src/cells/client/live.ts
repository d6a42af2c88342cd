/**
 * The live behaviour of one cell, loaded on the reader's first interaction: runs the code in
 * the sandbox on every edit and slider move, and shows the results, the console and errors.
 */
import { describeCellError, type CellErrorInfo } from '../errors';
import type { CellRun, LogEntry } from '../runtime';
import { consoleHtml, outputsHtml, sliderValueText, slidersHtml, statusText } from '../view';
import { createRunnerHost } from './host';
import { sanitizedFragment } from './sanitize';
import { forget, save, type SavedCell } from './storage';

const host = createRunnerHost({ url: `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}runner/index.html` });

/** Edits rerun the cell once typing pauses this long; slider moves rerun at once. */
const editDebounceMs = 250;

export interface CellEditorHandle {
  setCode(code: string): void;
  markError(error: CellErrorInfo | undefined): void;
  focus(): void;
}

export class LiveCell {
  readonly id: string;
  readonly original: string;
  code: string;
  sliderValues: Record<string, number>;
  editor: CellEditorHandle | undefined;
  private readonly root: HTMLElement;
  private running = false;
  private rerun = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Shown before the run status until the reader changes something: save problems, Reset's Undo. */
  private notice: (string | Node)[] = [];

  constructor(root: HTMLElement, original: string, saved: SavedCell | undefined) {
    this.root = root;
    this.id = root.dataset.cell ?? '';
    this.original = original;
    this.code = saved?.code ?? original;
    this.sliderValues = { ...saved?.sliders };
    host.onLate(this.id, ({ log, error }) => {
      if (log) this.appendLogs([log]);
      if (error) this.showError(error);
    });
    this.updateResetButton();
  }

  get edited(): boolean {
    return this.code !== this.original || Object.keys(this.sliderValues).length > 0;
  }

  setCode(code: string): void {
    if (code === this.code) return;
    performance.mark('cell:edit');
    this.code = code;
    this.notice = [];
    this.persist();
    this.schedule(editDebounceMs);
  }

  setSlider(label: string, value: number, output: HTMLOutputElement | null): void {
    this.sliderValues[label] = value;
    this.notice = [];
    if (output) output.textContent = sliderValueText(value);
    this.persist();
    this.schedule(0);
  }

  /** Back to the article's code; the status offers an Undo until the next change. */
  reset(): void {
    const previous = { code: this.code, sliders: { ...this.sliderValues } };
    this.code = this.original;
    this.sliderValues = {};
    forget(this.id);
    this.editor?.setCode(this.code);
    this.updateResetButton();
    const undo = document.createElement('button');
    undo.type = 'button';
    undo.className = 'cell-button';
    undo.textContent = 'Undo reset';
    undo.addEventListener('click', () => {
      this.code = previous.code;
      this.sliderValues = previous.sliders;
      this.editor?.setCode(this.code);
      this.persist();
      this.notice = ['Your edits are back.'];
      this.schedule(0);
    });
    this.notice = ['Reset to the original code. ', undo];
    this.schedule(0);
  }

  /** Tells the reader something about their saved edits, shown with the next status. */
  announce(notice: string): void {
    this.notice = [notice];
    this.part('status').replaceChildren(notice);
  }

  /** Runs after `delay` ms of quiet; at 0 (a slider) at once, so a drag costs no timer. */
  schedule(delay: number): void {
    clearTimeout(this.timer);
    if (delay === 0) void this.run();
    else this.timer = setTimeout(() => void this.run(), delay);
  }

  async run(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = true;
    this.root.setAttribute('aria-busy', 'true');
    try {
      // Measured for bench/cells.ts: time in the runner (and its messages), time to show the result.
      const sent = performance.now();
      const run = await host.run(this.id, { source: this.code, sliderValues: this.sliderValues });
      const received = performance.now();
      this.render(run);
      performance.measure('cell:runner', { start: sent, end: received });
      performance.measure('cell:render', { start: received, end: performance.now() });
    } finally {
      this.running = false;
      this.root.removeAttribute('aria-busy');
    }
    if (this.rerun) {
      this.rerun = false;
      void this.run();
    }
  }

  private render(run: CellRun): void {
    const output = this.part('output');
    if (run.error) {
      // Keep the last good figure, marked as out of date, next to the error.
      output.classList.add('cell-output--stale');
      this.setLogs(run.logs);
      this.showError(run.error);
      return;
    }
    output.classList.remove('cell-output--stale');
    // One inert parse, cleaned, then swapped in whole: no flash of an empty output.
    output.replaceChildren(sanitizedFragment(outputsHtml(run.outputs)));
    this.renderSliders(run);
    this.setLogs(run.logs);
    this.editor?.markError(undefined);
    this.part('status').replaceChildren(...this.notice, this.notice.length > 0 ? ' ' : '', statusText(run));
    this.countShown(run.duration);
  }

  /** `data-cell-runs` counts results shown (tests and bench/ wait on it); `data-cell-run-ms` is the last run's own time. */
  private countShown(duration?: number): void {
    this.root.dataset.cellRuns = String(Number(this.root.dataset.cellRuns ?? 0) + 1);
    if (duration !== undefined) this.root.dataset.cellRunMs = duration.toFixed(2);
  }

  private showError(error: CellErrorInfo): void {
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = describeCellError(error);
    this.part('status').replaceChildren(...this.notice, alert);
    this.editor?.markError(error);
    this.countShown();
  }

  /** Rebuilds the sliders only when the code declares different ones, so a drag is never interrupted. */
  private renderSliders(run: CellRun): void {
    const container = this.part('sliders');
    const shape = JSON.stringify(run.sliders.map(({ label, min, max, step }) => [label, min, max, step]));
    if (container.dataset.shape !== shape) {
      container.innerHTML = slidersHtml(this.id, run.sliders);
      container.dataset.shape = shape;
    }
    for (const slider of run.sliders) {
      const input = container.querySelector<HTMLInputElement>(`input[name="${CSS.escape(slider.label)}"]`);
      if (input && document.activeElement !== input) input.value = String(slider.value);
      const out = input?.parentElement?.querySelector('output');
      if (out) out.textContent = sliderValueText(slider.value);
    }
  }

  private setLogs(logs: readonly LogEntry[]): void {
    const list = this.part('console');
    list.innerHTML = consoleHtml(logs);
    list.hidden = logs.length === 0;
  }

  private appendLogs(logs: readonly LogEntry[]): void {
    const list = this.part('console');
    list.insertAdjacentHTML('beforeend', consoleHtml(logs));
    list.hidden = false;
  }

  private persist(): void {
    const problem = this.edited ? save(this.id, { code: this.code, sliders: this.sliderValues }) : (forget(this.id), undefined);
    if (problem) this.notice = [problem];
    this.updateResetButton();
  }

  private updateResetButton(): void {
    const reset = this.root.querySelector<HTMLButtonElement>('[data-cell-action="reset"]');
    if (reset) reset.hidden = !this.edited;
  }

  part(name: 'output' | 'sliders' | 'console' | 'status' | 'code' | 'editor'): HTMLElement {
    return this.root.querySelector<HTMLElement>(`[data-cell-${name}]`)!;
  }
}
