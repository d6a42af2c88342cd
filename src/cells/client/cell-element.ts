/**
 * `<bias-cell>`: the one owner of a cell in the browser. It holds the cell's state (the code,
 * the slider values, the run in flight, the notices) and makes every change to the cell's
 * DOM. The runner host, the result renderer and the editor are services without cell state,
 * loaded when the reader first needs them, so reading an article costs almost no JavaScript.
 */
import { sliderValueAt, type DragMap } from '../drag';
import type { CellErrorInfo } from '../errors';
import type { Goal } from '../goals';
import type { LogEntry } from '../runtime';
import { cellPart, type CellAction, type CellPartName } from '../parts';
import { stringsFor } from '../strings';
import { sliderValueText, statusText } from '../view';
import type { CellEditorHandle } from './editor';
import type { RunOutcome } from './host';
import { sharedCellIn } from './share-link';
import { codeFingerprint, dropAside, forget, loadSaved, markRunning, save, wasRunning, type SavedCell } from './storage';

const loadServices = () => Promise.all([import('./services'), import('./render')]).then(([services, render]) => ({ host: services.host, render }));
type Services = Awaited<ReturnType<typeof loadServices>>;
let services: Promise<Services> | undefined;
const useServices = () => (services ??= loadServices());

/** Edits rerun the cell once typing pauses this long; slider moves rerun at once. */
const editDebounceMs = 250;
/** A run still going after this long shows its time and a Stop button. */
const showRunningAfterMs = 300;

interface SliderBounds {
  min: number;
  max: number;
}

class BiasCell extends HTMLElement {
  private original = '';
  private code = '';
  private sliderValues: Record<string, number> = Object.create(null);
  /** The sliders the last run declared (at first, the build's), by label. */
  private sliders = new Map<string, SliderBounds>();
  /** Shown before the run status until the reader changes something. */
  private notice: (string | Node)[] = [];
  /** The offer of edits made to an earlier version of the code: shown until the reader edits the new code. */
  private earlierOffer: (string | Node)[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The code the cell's runner realm last ran: other code gets a fresh realm. */
  private realmCode: string | undefined;
  private inFlight: { token: number; started: number; shown?: ReturnType<typeof setTimeout>; line?: number } | undefined;
  private again = false;
  private tokens = 0;
  private editor: Promise<CellEditorHandle> | undefined;
  /** The reader's saved version, kept untouched while a shared link's version is on show. */
  private keepMine: SavedCell | undefined;
  /** The choice between that version and the shared one: shown until the reader makes it. */
  private sharedOffer: (string | Node)[] = [];
  /** The pointer dragging a figure, and which figure of the output it is. */
  private dragging: { pointer: number; index: number } | undefined;

  /** The interface's words, in the page's language. */
  private readonly words = stringsFor(document.documentElement.lang);

  private get cellId(): string {
    return this.dataset.cell ?? '';
  }

  /** The services, with this cell's listener registered on the runner host. */
  private services(): Promise<Services> {
    return useServices().then((loaded) => {
      loaded.host.listen(this.cellId, this.listener);
      return loaded;
    });
  }

  private get edited(): boolean {
    return this.code !== this.original || Object.keys(this.sliderValues).length > 0;
  }

  connectedCallback(): void {
    this.original = (JSON.parse(this.partOf('source').textContent ?? '{}') as { code: string }).code;
    this.code = this.original;
    for (const input of Array.from(this.partOf('sliders').querySelectorAll<HTMLInputElement>('input[type=range]'))) {
      this.sliders.set(input.name, { min: Number(input.min), max: Number(input.max) });
    }
    this.addEventListener('input', this.onInput);
    this.addEventListener('click', this.onClick);
    const output = this.partOf('output');
    output.addEventListener('pointerdown', this.onPointerDown);
    output.addEventListener('pointermove', this.onPointerMove);
    for (const type of ['pointerup', 'pointercancel', 'lostpointercapture']) output.addEventListener(type, this.onPointerEnd as EventListener);
    // The reader is about to use the cell: start the runner (and, on Edit, the editor) now. The
    // element is defined when the reader first reaches for a cell (cell-boot.ts), so the pointer
    // or the focus may be there already.
    const warm = () => void this.services().then(({ host }) => host.warm());
    if (this.matches(':hover, :focus-within')) warm();
    else {
      this.addEventListener('pointerenter', warm, { once: true });
      this.addEventListener('focusin', warm, { once: true });
    }
    const edit = this.button('edit');
    if (edit?.matches(':hover, :focus')) void this.prepareEditor();
    else for (const type of ['pointerenter', 'focus']) edit?.addEventListener(type, () => void this.prepareEditor(), { once: true });

    // A shared link followed from this very page changes only the fragment.
    addEventListener('hashchange', () => {
      const followed = sharedCellIn(location.hash);
      if (followed?.cell === this.cellId) void this.openShared(followed.payload);
    });
    const link = sharedCellIn(location.hash);
    if (link?.cell === this.cellId) {
      void this.openShared(link.payload);
      return;
    }
    const { saved, problem, earlier } = loadSaved(this.cellId, this.original, undefined, this.words);
    if (earlier) {
      this.offerEarlier(earlier.key, earlier.saved, problem ?? '');
    } else if (saved) {
      this.code = saved.code;
      Object.assign(this.sliderValues, saved.sliders);
      this.updateResetButton();
      if (this.code !== this.original && wasRunning(this.cellId)) {
        this.offerSavedRun();
      } else {
        this.notice = [this.words.showingSaved];
        void this.openEditor(false);
        this.schedule(0);
      }
    } else if (problem) {
      this.setNotice(problem);
    }
  }

  // ─── what the reader does ───────────────────────────────────────────────────────────────

  private onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'range' || !input.closest(`[${cellPart('sliders')}]`)) return;
    const bounds = this.sliders.get(input.name);
    const value = input.valueAsNumber;
    // Only sliders the code declared, with finite values inside their range, reach the run.
    if (!bounds || !Number.isFinite(value)) return;
    const clamped = Math.min(bounds.max, Math.max(bounds.min, value));
    this.sliderValues[input.name] = clamped;
    const output = input.parentElement?.querySelector('output');
    if (output) output.textContent = sliderValueText(clamped);
    this.changed();
    this.schedule(0);
  };

  private onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-cell-action]');
    if (!button || !this.contains(button)) return;
    const action = button.dataset.cellAction as CellAction;
    if (action === 'edit') void this.openEditor(true);
    else if (action === 'copy') void this.copy(button);
    else if (action === 'share') void this.share();
    else if (action === 'reset') this.reset();
    else if (action === 'stop') {
      // A slider moved while it ran would start the same stuck code again: not after Stop.
      this.again = false;
      void this.services().then(({ host }) => host.stop(this.cellId));
    } else if (action === 'back-to-mine') {
      this.backToMine();
    } else if (action === 'keep-shared') {
      this.keepShared();
    } else if (action === 'run-saved') {
      void this.openEditor(false);
      this.schedule(0);
    }
  };

  /**
   * A drag on a draggable figure sets its slider, as if the reader had moved the slider: the
   * output keeps the pointer (the figure inside it is replaced on every rerun) and the slider
   * takes focus, so the run that each move starts never pulls it back.
   */
  private onPointerDown = (event: PointerEvent): void => {
    const figure = (event.target as Element).closest<HTMLElement>('.cell-figure[data-cell-drag]');
    if (!figure || event.button !== 0) return;
    const output = this.partOf('output');
    const index = Array.from(output.querySelectorAll('.cell-figure')).indexOf(figure);
    event.preventDefault();
    try {
      output.setPointerCapture(event.pointerId);
    } catch {
      // A press replayed after its pointer was let go (cell-boot.ts): it sets the slider, and its
      // replayed release ends the drag.
    }
    this.dragging = { pointer: event.pointerId, index };
    this.sliderInput(figure)?.focus({ preventScroll: true });
    this.dragTo(event);
  };

  private onPointerMove = (event: PointerEvent): void => {
    if (this.dragging?.pointer === event.pointerId) this.dragTo(event);
  };

  private onPointerEnd = (event: PointerEvent): void => {
    // Only the output's own capture ending ends the drag: a touch's implicit capture on the
    // figure, taken over by the output when a press is replayed (cell-boot.ts), also ends.
    if (event.type === 'lostpointercapture' && event.target !== event.currentTarget) return;
    if (this.dragging?.pointer === event.pointerId) this.dragging = undefined;
  };

  private dragTo(event: PointerEvent): void {
    const figure = this.partOf('output').querySelectorAll<HTMLElement>('.cell-figure')[this.dragging!.index];
    const input = figure && this.sliderInput(figure);
    const svg = figure?.querySelector<SVGSVGElement>('svg.plot') ?? figure?.querySelector<SVGSVGElement>('svg');
    if (!input || !svg) return;
    const map = JSON.parse(figure.dataset.cellDragMap!) as DragMap;
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    // Pointer position in the figure's own coordinates, where the scale's pixel range lives.
    const pixel =
      map.axis === 'x'
        ? view.x + ((event.clientX - box.left) * (view.width || box.width)) / box.width
        : view.y + ((event.clientY - box.top) * (view.height || box.height)) / box.height;
    const value = sliderValueAt(map, pixel, { min: Number(input.min), max: Number(input.max), step: Number(input.step) });
    if (value === undefined || value === input.valueAsNumber) return;
    input.value = String(value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  private sliderInput(figure: HTMLElement): HTMLInputElement | null {
    const label = figure.dataset.cellDrag;
    if (label === undefined) return null;
    return Array.from(this.partOf('sliders').querySelectorAll<HTMLInputElement>('input[type=range]')).find((input) => input.name === label) ?? null;
  }

  /** From the editor. */
  private setCode = (code: string): void => {
    if (code === this.code) return;
    performance.mark('cell:edit');
    this.code = code;
    this.changed();
    this.schedule(editDebounceMs);
  };

  /** Back to the article's code; the status offers an Undo until the next change. */
  private reset(): void {
    const previous = { code: this.code, sliders: { ...this.sliderValues } };
    this.code = this.original;
    this.sliderValues = Object.create(null);
    // Over a shared version, the reader's own saved one is still theirs to go back to.
    if (!this.keepMine) forget(this.cellId);
    void this.editor?.then((editor) => editor.setCode(this.code));
    this.updateResetButton();
    const undo = this.makeButton(this.words.undoReset, 'undo');
    undo.addEventListener('click', () => this.showVersion(previous, this.words.editsBack, { save: true }));
    this.notice = [...this.sharedOffer, this.words.resetDone, undo];
    this.schedule(0);
  }

  /** Edits of an earlier version of this cell: the new code runs, and the reader's stays one click away. */
  private offerEarlier(key: string, earlier: SavedCell, text: string): void {
    const restore = this.makeButton(this.words.restoreMine, 'restore-earlier');
    restore.addEventListener('click', () => {
      this.earlierOffer = [];
      this.showVersion(earlier, this.words.mineBackNewCode, { save: true });
      dropAside(key);
      void this.openEditor(false);
    });
    this.earlierOffer = [text, restore];
    this.notice = this.earlierOffer;
    this.setNotice(...this.notice);
  }

  /** Puts the cell as it is now into a link, copies it, and shows it for copying by hand. */
  private async share(): Promise<void> {
    const { shareFragment } = await import('./share');
    const url = new URL(location.href);
    url.hash = shareFragment(this.cellId, {
      base: codeFingerprint(this.original),
      sliders: { ...this.sliderValues },
      ...(this.code === this.original ? {} : { code: this.code }),
    });
    const field = document.createElement('input');
    field.className = 'cell-share-link';
    field.readOnly = true;
    field.value = url.href;
    field.setAttribute('aria-label', this.words.linkField);
    field.addEventListener('focus', () => field.select());
    let copied = true;
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      copied = false;
    }
    this.setNotice(copied ? this.words.linkCopied : this.words.copyThisLink, field);
  }

  /**
   * A shared link for this cell: its code and sliders are shown (the reader's own saved
   * version is left as it is, one click away), or, if the link cannot be read, the article's
   * code with the reason.
   */
  private async openShared(payload: string): Promise<void> {
    const { readShared } = await import('./share');
    const read = readShared(payload, this.words);
    this.scrollIntoView({ block: 'start' });
    if (!read.ok) {
      this.setNotice(this.words.sharedUnreadable(read.problem));
      return;
    }
    const { shared } = read;
    const { saved } = loadSaved(this.cellId, this.original, undefined, this.words);
    this.code = shared.code ?? this.original;
    this.sliderValues = Object.assign(Object.create(null), shared.sliders);
    const fromEarlier = shared.base !== codeFingerprint(this.original);
    if (saved) {
      // Until the reader chooses, nothing is saved: their own version stays as it was.
      this.keepMine = saved;
      this.sharedOffer = [
        this.words.sharedOverMine(fromEarlier),
        this.makeButton(this.words.backToMine, 'back-to-mine'),
        ' ',
        this.makeButton(this.words.keepShared, 'keep-shared'),
        ' ',
      ];
      this.notice = [...this.sharedOffer];
    } else {
      this.notice = [this.words.sharedShown(fromEarlier)];
    }
    this.updateResetButton();
    if (this.code !== this.original) void this.openEditor(false);
    void this.editor?.then((editor) => editor.setCode(this.code));
    this.schedule(0);
  }

  private backToMine(): void {
    const mine = this.keepMine;
    if (!mine) return;
    this.keepMine = undefined;
    this.sharedOffer = [];
    // Still saved as it was: nothing to write.
    this.showVersion(mine, this.words.mineBack, { save: false });
  }

  /** Puts a version of the cell (its code and slider values) on show, with a notice, and runs it. */
  private showVersion(version: { code: string; sliders: Record<string, number> }, notice: string, { save }: { save: boolean }): void {
    this.code = version.code;
    this.sliderValues = Object.assign(Object.create(null), version.sliders);
    void this.editor?.then((editor) => editor.setCode(this.code));
    if (save) this.persist();
    else this.updateResetButton();
    this.notice = [notice];
    this.schedule(0);
  }

  private keepShared(): void {
    this.keepMine = undefined;
    this.sharedOffer = [];
    this.notice = [this.words.sharedKept];
    this.persist();
    this.setNotice(...this.notice);
  }

  /** Saved code that was running when the page last went away is not run again unasked. */
  private offerSavedRun(): void {
    this.partOf('output').classList.add('cell-output--stale');
    this.setNotice(this.words.wasRunning, this.makeButton(this.words.runIt, 'run-saved'), ' ', this.makeButton(this.words.reset, 'reset'));
  }

  private changed(): void {
    if (this.code !== this.original) this.earlierOffer = [];
    this.notice = [...this.earlierOffer, ...this.sharedOffer];
    this.persist();
  }

  // ─── runs ───────────────────────────────────────────────────────────────────────────────

  /** Runs after `delay` ms of quiet; at 0 (a slider) at once. */
  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (delay === 0) void this.run();
    else this.timer = setTimeout(() => void this.run(), delay);
  }

  /**
   * One run at a time: a slider moved during a run reruns once it ends, with the latest
   * values (the moves between are dropped); new code replaces a run in flight at once.
   */
  private async run(): Promise<void> {
    const code = this.code;
    const fresh = code !== this.realmCode;
    if (this.inFlight && !fresh) {
      this.again = true;
      return;
    }
    this.again = false;
    this.realmCode = code;
    const token = ++this.tokens;
    this.endInFlight();
    this.inFlight = { token, started: performance.now() };
    this.inFlight.shown = setTimeout(() => this.showRunning(), showRunningAfterMs);
    this.setAttribute('aria-busy', 'true');
    const { host, render } = await this.services();
    const edited = code !== this.original;
    if (edited) markRunning(this.cellId, true);
    const sent = performance.now();
    const outcome = await host.run(this.cellId, { source: code, sliderValues: { ...this.sliderValues } }, { fresh });
    if (outcome.superseded || this.inFlight?.token !== token) return;
    const received = performance.now();
    if (edited) markRunning(this.cellId, false);
    this.endInFlight();
    this.show(outcome, render);
    // Measured for bench/cells.ts: time in the runner (and its messages), time to show the result.
    performance.measure('cell:runner', { start: sent, end: received });
    performance.measure('cell:render', { start: received, end: performance.now() });
    if (this.again) void this.run();
  }

  private endInFlight(): void {
    if (!this.inFlight) return;
    clearTimeout(this.inFlight.shown);
    this.inFlight = undefined;
    this.removeAttribute('aria-busy');
  }

  /** A long run shows how long it has been going, where, and a way to stop it. */
  private showRunning(): void {
    const flight = this.inFlight;
    if (!flight) return;
    const seconds = ((performance.now() - flight.started) / 1000).toFixed(1);
    const status = this.partOf('status');
    let text = status.querySelector<HTMLElement>('.cell-running');
    if (!text) {
      performance.mark('cell:running-shown');
      text = document.createElement('span');
      text.className = 'cell-running';
      status.replaceChildren(text, ' ', this.makeButton(this.words.stop, 'stop'));
    }
    text.textContent = this.words.running(seconds, flight.line);
  }

  private show({ result, notice }: RunOutcome, render: Services['render']): void {
    // The runner names its one notice; the page says it in its own language.
    if (notice) this.notice = [...this.notice, notice === 'fresh-runner' ? this.words.freshRunner : notice, ' '];
    this.setLogs(render.logNodes(result.logs), result.logs.length);
    const output = this.partOf('output');
    if (result.error) {
      // Keep the last good figure, marked as out of date, next to the error.
      output.classList.add('cell-output--stale');
      this.showError(result.error);
      return;
    }
    output.classList.remove('cell-output--stale');
    // One inert parse, cleaned, then swapped in whole: no flash of an empty output.
    const parsed = performance.now();
    const nodes = render.outputNodes(result.outputs, `${this.cellId.replace(/[^\w-]/g, '-')}-`);
    const swapped = performance.now();
    output.replaceChildren(nodes);
    render.updateSliders(this.partOf('sliders'), this.cellId, result.sliders);
    this.announceGoals(render.updateGoals(this.partOf('goals'), result.goals ?? [], this.words));
    // For bench/cells.ts: parsing and sanitizing the figures, then putting them in the page.
    performance.measure('cell:sanitize', { start: parsed, end: swapped });
    performance.measure('cell:swap', { start: swapped, end: performance.now() });
    this.sliders = new Map(result.sliders.map((s) => [s.label, { min: s.min, max: s.max }]));
    void this.editor?.then((editor) => editor.markError(undefined));
    this.setNotice(...this.notice, this.notice.length > 0 ? ' ' : '', statusText(result, this.words));
    this.countShown(result.duration);
  }

  /** Tells screen readers which goals this run met or lost (the marks show it to the eye). */
  private announceGoals(changed: readonly Goal[]): void {
    if (changed.length === 0) return;
    this.partOf('announce').textContent = changed.map((goal) => this.words.goalChanged(this.words.goalState(goal.met), goal.text)).join('. ');
  }

  private showError(error: CellErrorInfo): void {
    const alert = document.createElement('p');
    alert.setAttribute('role', 'alert');
    alert.textContent = statusText({ error, logs: [] }, this.words);
    this.partOf('status').replaceChildren(...this.notice, alert);
    void this.editor?.then((editor) => editor.markError(error));
    this.countShown();
  }

  /** What a cell's timers and promises report after its run, and how its run is going. */
  private listener = {
    progress: ({ line }: { elapsedMs: number; line?: number }) => {
      if (!this.inFlight) return;
      if (line) this.inFlight.line = line;
      if (performance.now() - this.inFlight.started >= showRunningAfterMs) this.showRunning();
    },
    late: ({ log, error }: { log?: LogEntry; error?: CellErrorInfo }) => {
      void useServices().then(({ render }) => {
        if (log) this.appendLogs(render.logNodes([log]));
        if (error) this.showError(error);
      });
    },
    refused: (count: number) => {
      this.dataset.cellRefused = String(Number(this.dataset.cellRefused ?? 0) + count);
    },
  };

  // ─── DOM ────────────────────────────────────────────────────────────────────────────────

  /** `data-cell-runs` counts results shown (tests and bench/ wait on it); `data-cell-run-ms` is the last run's own time. */
  private countShown(duration?: number): void {
    this.dataset.cellRuns = String(Number(this.dataset.cellRuns ?? 0) + 1);
    if (duration !== undefined) this.dataset.cellRunMs = duration.toFixed(2);
  }

  private setNotice(...parts: (string | Node)[]): void {
    this.partOf('status').replaceChildren(...parts);
  }

  private setLogs(nodes: DocumentFragment, count: number): void {
    const list = this.partOf('console');
    list.replaceChildren(nodes);
    list.hidden = count === 0;
  }

  private appendLogs(nodes: DocumentFragment): void {
    const list = this.partOf('console');
    list.append(nodes);
    list.hidden = false;
  }

  private persist(): void {
    // A shared version on show, over the reader's own saved one: nothing is saved until they choose.
    if (this.keepMine) return;
    const problem = this.edited
      ? save(this.cellId, { code: this.code, sliders: this.sliderValues, base: codeFingerprint(this.original) }, undefined, this.words)
      : (forget(this.cellId), undefined);
    if (problem) this.notice = [problem, ' '];
    this.updateResetButton();
  }

  private updateResetButton(): void {
    const reset = this.button('reset');
    if (reset) reset.hidden = !this.edited;
  }

  private partOf(name: CellPartName): HTMLElement {
    return this.querySelector<HTMLElement>(`[${cellPart(name)}]`)!;
  }

  private button(action: CellAction): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`.cell-toolbar [data-cell-action="${action}"]`);
  }

  private makeButton(label: string, action: CellAction): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cell-button';
    button.dataset.cellAction = action;
    button.textContent = label;
    return button;
  }

  // ─── editor ─────────────────────────────────────────────────────────────────────────────

  /** Loads and mounts the editor without showing it; the same promise for every caller. */
  private prepareEditor(): Promise<CellEditorHandle> {
    this.editor ??= (async () => {
      performance.mark('cell-editor:requested');
      const { mountEditor } = await import('./editor');
      performance.mark('cell-editor:loaded');
      const editor = await mountEditor(this.partOf('editor'), {
        code: this.code,
        label: this.words.editorLabel(this.getAttribute('aria-label') ?? this.words.cell(1)),
        filesLabel: this.words.editorFiles,
        onChange: this.setCode,
        onEscape: () => this.button('edit')?.focus(),
      });
      performance.mark('cell-editor:mounted');
      return editor;
    })();
    return this.editor;
  }

  private async openEditor(focus: boolean): Promise<void> {
    const editor = await this.prepareEditor();
    this.partOf('editor').hidden = false;
    this.partOf('code').hidden = true;
    this.button('edit')?.setAttribute('aria-expanded', 'true');
    performance.mark('cell-editor:shown');
    if (focus) editor.focus();
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(this.code);
      button.textContent = this.words.copied;
    } catch {
      button.textContent = this.words.copyFailed;
    }
    setTimeout(() => (button.textContent = label), 1500);
  }
}

if (!customElements.get('bias-cell')) customElements.define('bias-cell', BiasCell);
