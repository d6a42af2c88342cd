/**
 * The editor's file tabs: the cell's code and the neuron module beside it, as an ARIA tab list
 * (arrow keys, Home and End move between tabs; Tab goes on into the panel). A tab's content is
 * made the first time the tab is shown, so a file nobody opens costs nothing.
 */

export interface FileTab {
  name: string;
  /** Fills the tab's panel, once, when the tab is first shown. */
  create: (panel: HTMLElement) => void;
}

let made = 0;

/** Builds the tab list and panels into `container` and shows the first tab. */
export function fileTabs(container: HTMLElement, tabs: readonly FileTab[], label: string): void {
  const prefix = `cell-file-${++made}`;
  const list = document.createElement('div');
  list.className = 'cell-file-tabs';
  list.setAttribute('role', 'tablist');
  list.setAttribute('aria-label', label);
  const created = new Set<number>();
  const buttons: HTMLButtonElement[] = [];
  const panels: HTMLElement[] = [];

  const select = (index: number, focus: boolean) => {
    if (!created.has(index)) {
      created.add(index);
      tabs[index]!.create(panels[index]!);
    }
    buttons.forEach((button, i) => {
      button.setAttribute('aria-selected', String(i === index));
      button.tabIndex = i === index ? 0 : -1;
      panels[i]!.hidden = i !== index;
    });
    if (focus) buttons[index]!.focus();
  };

  tabs.forEach((tab, index) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.id = `${prefix}-tab-${index}`;
    button.className = 'cell-file-tab';
    button.setAttribute('role', 'tab');
    button.setAttribute('aria-controls', `${prefix}-panel-${index}`);
    button.textContent = tab.name;
    button.addEventListener('click', () => select(index, false));
    buttons.push(button);
    const panel = document.createElement('div');
    panel.id = `${prefix}-panel-${index}`;
    panel.setAttribute('role', 'tabpanel');
    panel.setAttribute('aria-labelledby', button.id);
    panels.push(panel);
  });

  list.addEventListener('keydown', (event) => {
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const last = buttons.length - 1;
    const next = { ArrowRight: current === last ? 0 : current + 1, ArrowLeft: current === 0 ? last : current - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next, true);
  });

  list.append(...buttons);
  container.append(list, ...panels);
  select(0, false);
}
