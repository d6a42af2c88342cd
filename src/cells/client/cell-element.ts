/**
 * `<bias-cell>`: the only cell script a page loads up front. It restores saved edits and
 * waits for the reader; the runner (on the first slider move or edit) and the editor (on
 * Edit) load only when needed, so reading an article costs almost no JavaScript.
 */
import { loadSaved } from './storage';
import type { LiveCell } from './live';

const loadLive = () => import('./live');
const loadEditor = () => import('./editor');

class BiasCell extends HTMLElement {
  private live: Promise<LiveCell> | undefined;

  connectedCallback(): void {
    const { saved, problem } = loadSaved(this.dataset.cell ?? '');
    this.addEventListener('input', this.onInput);
    this.addEventListener('click', this.onClick);
    const edit = this.querySelector<HTMLElement>('[data-cell-action="edit"]');
    // Start fetching the editor when the reader shows intent, so it is ready on click.
    for (const type of ['pointerenter', 'focus']) edit?.addEventListener(type, () => void loadEditor(), { once: true });
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
    this.live ??= loadLive().then(({ LiveCell }) => {
      const source = this.querySelector('[data-cell-source]')?.textContent ?? '{}';
      const original = (JSON.parse(source) as { code: string }).code;
      return new LiveCell(this, original, loadSaved(this.dataset.cell ?? '').saved);
    });
    return this.live;
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

  private async openEditor(focus: boolean): Promise<void> {
    const [live, { mountEditor }] = await Promise.all([this.liveCell(), loadEditor()]);
    if (!live.editor) {
      const container = live.part('editor');
      live.editor = await mountEditor(container, {
        code: live.code,
        cellLabel: this.getAttribute('aria-label') ?? 'Code cell',
        onChange: (code) => live.setCode(code),
        onEscape: () => this.querySelector<HTMLElement>('[data-cell-action="edit"]')?.focus(),
      });
      container.hidden = false;
      live.part('code').hidden = true;
      this.querySelector('[data-cell-action="edit"]')?.setAttribute('aria-expanded', 'true');
    }
    if (focus) live.editor.focus();
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const code = this.live ? (await this.live).code : (JSON.parse(this.querySelector('[data-cell-source]')?.textContent ?? '{}') as { code: string }).code;
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
