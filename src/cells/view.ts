/**
 * The HTML of a cell's results. Build time puts it in the page; the browser puts the same
 * markup in after each rerun, so the static and live forms cannot drift apart.
 */
import { describeCellError, type CellErrorInfo } from './errors';
import { cellStrings, type CellStrings } from './strings';
import { formatDuration, formatNumber } from './format';
import type { DragMap } from './drag';
import type { Goal } from './goals';
import type { CellOutput, LogEntry, SliderSpec } from './runtime';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The outputs' markup at build time, from the article's own code. In the browser,
 * client/render.ts builds the same elements, with figures through the sanitizer.
 * @example outputsHtml([{ kind: 'text', text: '2' }]) // '<pre class="cell-text">2</pre>'
 */
export function outputsHtml(outputs: readonly CellOutput[]): string {
  return outputs
    .map((output) =>
      output.kind === 'html'
        ? `<div class="cell-figure"${Object.entries(dragAttributes(output.drag))
            .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
            .join('')}>${output.html}</div>`
        : // The parser drops a newline right after <pre>: this one, so the text's own first line survives.
          `<pre class="cell-text">\n${escapeHtml(output.text)}</pre>`,
    )
    .join('');
}

/**
 * The attributes that make a figure draggable (client/cell-element.ts reads them): the slider it
 * sets, by label (the tests' hook), its axis, and the whole map as JSON.
 */
export function dragAttributes(drag: DragMap | undefined): Record<string, string> {
  if (!drag) return {};
  return { 'data-cell-drag': drag.slider, 'data-cell-drag-axis': drag.axis, 'data-cell-drag-map': JSON.stringify(drag) };
}

/** Console lines, warnings and errors marked for colour and for screen readers. */
export function consoleHtml(logs: readonly LogEntry[]): string {
  return logs
    .map(({ level, text }) => {
      const prefix = level === 'warn' ? '<span class="sr-only">Warning: </span>' : level === 'error' ? '<span class="sr-only">Error: </span>' : '';
      return `<li class="cell-log cell-log--${level}">${prefix}${escapeHtml(text)}</li>`;
    })
    .join('');
}

/** The text the slider shows next to its label. */
export function sliderValueText(value: number): string {
  return formatNumber(value, 4);
}

/** A page-unique id for a slider's input: cell ids are unique, and labels within a cell. */
export function sliderId(cellId: string, label: string): string {
  // Each other character becomes _<hex>_: the closing mark keeps "σ" and "<3" apart.
  const safe = (text: string) => text.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`);
  return `${safe(cellId)}-slider-${safe(label)}`;
}

/** A labelled range input per slider (the browser builds the same rows with the DOM: see client/render.ts). */
export function slidersHtml(cellId: string, sliders: readonly SliderSpec[]): string {
  return sliders
    .map((s) => {
      const id = sliderId(cellId, s.label);
      return (
        `<div class="cell-slider"><label for="${id}">${escapeHtml(s.label)}</label>` +
        `<input type="range" id="${id}" name="${escapeHtml(s.label)}" min="${s.min}" max="${s.max}" step="${s.step}" value="${s.value}">` +
        `<output for="${id}">${sliderValueText(s.value)}</output></div>`
      );
    })
    .join('');
}

/** A short account of the run for the status line (errors get their own alert). */
export function statusText(run: { error?: CellErrorInfo; duration?: number; logs: readonly LogEntry[] }, words: CellStrings = cellStrings.en): string {
  if (run.error) return describeCellError(run.error, words);
  const warnings = run.logs.filter((l) => l.level === 'warn').length;
  return words.ran(run.duration === undefined ? undefined : formatDuration(run.duration), warnings);
}

/** "b = −2, w = 1": a solution as the reader would set it. */
export function solutionText(solution: Readonly<Record<string, number>>): string {
  return Object.entries(solution)
    .map(([label, value]) => `${label} = ${sliderValueText(value)}`)
    .join(', ');
}

/**
 * The goals, each with its state and, behind a disclosure, its hint and solution (the browser
 * builds the same items with the DOM: see client/render.ts).
 * @example goalsHtml([{ text: 'Put the step at 2', met: false }])
 */
export function goalsHtml(goals: readonly Goal[], words: CellStrings = cellStrings.en): string {
  return goals
    .map((goal) => {
      const state = goal.met ? 'met' : 'unmet';
      const hint = goal.hint ? `<details class="cell-goal-help"><summary>${words.hint}</summary><p>${escapeHtml(goal.hint)}</p></details>` : '';
      const solution = goal.solution
        ? `<details class="cell-goal-help"><summary>${words.solution}</summary><p>${escapeHtml(words.oneSolution(solutionText(goal.solution)))}</p></details>`
        : '';
      return (
        `<li class="cell-goal" data-cell-goal data-state="${state}"><span class="cell-goal-mark" aria-hidden="true"></span>` +
        `<span class="cell-goal-text">${escapeHtml(goal.text)}</span><span class="sr-only cell-goal-state"> (${words.goalState(goal.met)})</span>` +
        `${hint}${solution}</li>`
      );
    })
    .join('');
}
