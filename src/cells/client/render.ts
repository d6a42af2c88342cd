/**
 * Builds the DOM of a run's results for the cell that owns them (cell-element.ts), from
 * checked data: figure markup only through the sanitizer, every other string as text. Loaded
 * with the runner on a cell's first use; it keeps no state of its own.
 */
import type { Goal } from '../goals';
import type { LogEntry, CellOutput, SliderSpec } from '../runtime';
import type { CellStrings } from '../strings';
import { dragAttributes, sliderId, sliderValueText, solutionText } from '../view';
import { createSanitizer } from './sanitize';

const sanitize = createSanitizer(window);

/** The outputs, as `outputsHtml` (view.ts) writes them at build time. */
export function outputNodes(outputs: readonly CellOutput[], idPrefix: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const output of outputs) {
    if (output.kind === 'html') {
      const figure = element('div', 'cell-figure');
      for (const [name, value] of Object.entries(dragAttributes(output.drag))) figure.setAttribute(name, value);
      figure.append(sanitize(output.html, { idPrefix }));
      fragment.append(figure);
    } else {
      fragment.append(element('pre', 'cell-text', output.text));
    }
  }
  return fragment;
}

/** Console lines, as `consoleHtml` (view.ts) writes them. */
export function logNodes(logs: readonly LogEntry[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const { level, text } of logs) {
    const item = element('li', `cell-log cell-log--${level}`);
    if (level === 'warn' || level === 'error') item.append(element('span', 'sr-only', level === 'warn' ? 'Warning: ' : 'Error: '));
    item.append(text);
    fragment.append(item);
  }
  return fragment;
}

/**
 * Brings the slider rows in line with what the run declared, changing in place what differs:
 * an input the reader is holding is never replaced, so a drag or keyboard focus survives any
 * rerun.
 */
export function updateSliders(container: HTMLElement, cellId: string, sliders: readonly SliderSpec[]): void {
  const rows = new Map<string, HTMLElement>();
  for (const row of Array.from(container.querySelectorAll<HTMLElement>('.cell-slider'))) {
    const name = row.querySelector('input')?.name;
    if (name !== undefined && !rows.has(name)) rows.set(name, row);
    else row.remove();
  }
  let previous: HTMLElement | null = null;
  for (const spec of sliders) {
    const row = rows.get(spec.label) ?? sliderRow(cellId, spec);
    rows.delete(spec.label);
    const input = row.querySelector('input')!;
    for (const key of ['min', 'max', 'step'] as const) {
      if (input.getAttribute(key) !== String(spec[key])) input.setAttribute(key, String(spec[key]));
    }
    // The reader's hand wins over the run that their last move started.
    if (document.activeElement !== input && input.valueAsNumber !== spec.value) input.value = String(spec.value);
    const output = row.querySelector('output')!;
    const shown = sliderValueText(document.activeElement === input ? input.valueAsNumber : spec.value);
    if (output.textContent !== shown) output.textContent = shown;
    const expected: ChildNode | null = previous ? previous.nextSibling : container.firstChild;
    if (expected !== row) container.insertBefore(row, expected);
    previous = row;
  }
  for (const stale of rows.values()) stale.remove();
}

/** One row, as `slidersHtml` (view.ts) writes it. */
function sliderRow(cellId: string, spec: SliderSpec): HTMLElement {
  const id = sliderId(cellId, spec.label);
  const row = element('div', 'cell-slider');
  const label = element('label', undefined, spec.label);
  label.setAttribute('for', id);
  const input = document.createElement('input');
  const attributes = { type: 'range', id, name: spec.label, min: spec.min, max: spec.max, step: spec.step, value: spec.value };
  for (const [name, value] of Object.entries(attributes)) input.setAttribute(name, String(value));
  const output = element('output', undefined, sliderValueText(spec.value));
  output.setAttribute('for', id);
  row.append(label, input, output);
  return row;
}

/**
 * Brings the goal items in line with the run, changing only what differs (an open hint stays
 * open), and returns the goals whose state changed, for the announcement.
 */
export function updateGoals(container: HTMLElement, goals: readonly Goal[], words: CellStrings): Goal[] {
  const items = Array.from(container.querySelectorAll<HTMLElement>('[data-cell-goal]'));
  const changed: Goal[] = [];
  goals.forEach((goal, index) => {
    let item = items[index];
    if (!item || item.querySelector('.cell-goal-text')?.textContent !== goal.text) {
      const fresh = goalItem(goal, words);
      if (item) item.replaceWith(fresh);
      else container.append(fresh);
      item = fresh;
    }
    const state = goal.met ? 'met' : 'unmet';
    if (item.dataset.state !== state) {
      item.dataset.state = state;
      item.querySelector('.cell-goal-state')!.textContent = ` (${words.goalState(goal.met)})`;
      changed.push(goal);
    }
  });
  for (const stale of items.slice(goals.length)) stale.remove();
  container.hidden = goals.length === 0;
  return changed;
}

/** One goal, as `goalsHtml` (view.ts) writes it, in its unmet state. */
function goalItem(goal: Goal, words: CellStrings): HTMLElement {
  const item = element('li', 'cell-goal');
  item.setAttribute('data-cell-goal', '');
  item.dataset.state = 'unmet';
  const mark = element('span', 'cell-goal-mark');
  mark.setAttribute('aria-hidden', 'true');
  item.append(mark, element('span', 'cell-goal-text', goal.text), element('span', 'sr-only cell-goal-state', ` (${words.goalState(false)})`));
  if (goal.hint) item.append(disclosure(words.hint, goal.hint));
  if (goal.solution) item.append(disclosure(words.solution, words.oneSolution(solutionText(goal.solution))));
  return item;
}

function disclosure(summary: string, text: string): HTMLElement {
  const details = element('details', 'cell-goal-help');
  details.append(element('summary', undefined, summary), element('p', undefined, text));
  return details;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
