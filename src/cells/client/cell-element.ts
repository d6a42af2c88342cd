/**
 * `<bias-cell>`: the only cell script a page loads up front. It restores saved edits and
 * waits for the reader; the runner (on the first slider move or edit) and the editor (on
 * Edit) load only when needed, so reading an article costs almost no JavaScript.
 */
import { loadSaved, type SavedCell } from './storage';
import type { LiveCell } from './live';

const loadLive = () => import('./live');
const loadEditor = () => import('./editor');

class BiasCell extends HTMLElement {
  private live: Promise<LiveCell> | undefined;
  private saved: SavedCell | undefined;
  private editor: Promise<LiveCell> | undefined;

  connectedCallback(): void {
    const { saved, problem } = loadSaved(this.dataset.cell ?? '');
    this.saved = saved;
    this.addEventListener('input', this.onInput);
    this.addEventListener('click', this.onClick);
    const edit = this.querySelector<HTMLElement>('[data-cell-action="edit"]');
    // Build the editor, still hidden, as soon as the reader points at Edit or tabs to it,
    // so that the click only has to show it.
    for (const type of ['pointerenter', 'focus']) edit?.addEventListener(type, () => void this.prepareEditor(), { once: true });
    if (saved) {
      void this.openEditor(false).then(async () => {
        const live = await this.liveCell();
        live.announce('Showing your edited version, saved in this browser. Reset returns to the original.');
        live.schedule(0);
      });
    } else if (problem) {
      void this.liveCell().then((live) => live.announce(problem));
    }
  }

  private liveCell(): Promise<LiveCell> {
    this.live ??= loadLive().then(({ LiveCell }) => new LiveCell(this, this.originalCode(), this.saved));
    return this.live;
  }

  /** The article's code for this cell, as the build embedded it. */
  private originalCode(): string {
    const source = this.querySelector('[data-cell-source]')?.textContent ?? '{}';
    return (JSON.parse(source) as { code: string }).code;
  }

  private onInput = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (input.type !== 'range' || !input.closest('[data-cell-sliders]')) return;
    const output = input.parentElement?.querySelector('output') ?? null;
    void this.liveCell().then((live) => live.setSlider(input.name, Number(input.value), output));
  };

  private onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-cell-action]');
    if (!button) return;
    const action = button.dataset.cellAction;
    if (action === 'edit') void this.openEditor(true);
    else if (action === 'copy') void this.copy(button);
    else if (action === 'reset') void this.liveCell().then((live) => live.reset());
  };

  /** Loads and mounts the editor without showing it; the same promise for every caller. */
  private prepareEditor(): Promise<LiveCell> {
    this.editor ??= (async () => {
      performance.mark('cell-editor:requested');
      const [live, { mountEditor }] = await Promise.all([this.liveCell(), loadEditor()]);
      performance.mark('cell-editor:loaded');
      live.editor = await mountEditor(live.part('editor'), {
        code: live.code,
        cellLabel: this.getAttribute('aria-label') ?? 'Code cell',
        onChange: (code) => live.setCode(code),
        onEscape: () => this.querySelector<HTMLElement>('[data-cell-action="edit"]')?.focus(),
      });
      performance.mark('cell-editor:mounted');
      return live;
    })();
    return this.editor;
  }

  private async openEditor(focus: boolean): Promise<void> {
    const live = await this.prepareEditor();
    live.part('editor').hidden = false;
    live.part('code').hidden = true;
    this.querySelector('[data-cell-action="edit"]')?.setAttribute('aria-expanded', 'true');
    performance.mark('cell-editor:shown');
    if (focus) live.editor?.focus();
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const code = this.live ? (await this.live).code : this.originalCode();
    const label = button.textContent;
    try {
      await navigator.clipboard.writeText(code);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Copy failed';
    }
    setTimeout(() => (button.textContent = label), 1500);
  }
}

if (!customElements.get('bias-cell')) customElements.define('bias-cell', BiasCell);
