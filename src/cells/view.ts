/**
 * The HTML of a cell's results. Build time puts it in the page; the browser puts the same
 * markup in after each rerun, so the static and live forms cannot drift apart.
 */
import { describeCellError, type CellErrorInfo } from './errors';
import { formatNumber } from './format';
import type { CellOutput, LogEntry, SliderSpec } from './runtime';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The outputs' markup. Figures are put in as they are: the browser sanitizes the whole
 * result before it enters the page (see client/sanitize.ts).
 * @example outputsHtml([{ kind: 'text', text: '2' }]) // '<pre class="cell-text">2</pre>'
 */
export function outputsHtml(outputs: readonly CellOutput[]): string {
  return outputs
    .map((output) =>
      output.kind === 'html'
        ? `<div class="cell-figure">${output.html}</div>`
        : `<pre class="cell-text">${escapeHtml(output.text)}</pre>`,
    )
    .join('');
}

/** Console lines, warnings and errors marked for colour and for screen readers. */
export function consoleHtml(logs: readonly LogEntry[]): string {
  return logs
    .map(({ level, text }) => {
      const prefix = level === 'warn' ? '<span class="visually-hidden">Warning: </span>' : level === 'error' ? '<span class="visually-hidden">Error: </span>' : '';
      return `<li class="cell-log cell-log--${level}">${prefix}${escapeHtml(text)}</li>`;
    })
    .join('');
}

/** The text the slider shows next to its label. */
export function sliderValueText(value: number): string {
  return formatNumber(value, 4);
}

/** A labelled range input per slider; ids are unique on the page because cell ids are. */
export function slidersHtml(cellId: string, sliders: readonly SliderSpec[]): string {
  return sliders
    .map((s, i) => {
      const id = `${cellId.replace(/[^\w-]/g, '-')}-slider-${i}`;
      return (
        `<div class="cell-slider"><label for="${id}">${escapeHtml(s.label)}</label>` +
        `<input type="range" id="${id}" name="${escapeHtml(s.label)}" min="${s.min}" max="${s.max}" step="${s.step}" value="${s.value}">` +
        `<output for="${id}">${sliderValueText(s.value)}</output></div>`
      );
    })
    .join('');
}

/** A short account of the run for the status line (errors get their own alert). */
export function statusText(run: { error?: CellErrorInfo; duration?: number; logs: readonly LogEntry[] }): string {
  if (run.error) return describeCellError(run.error);
  const warnings = run.logs.filter((l) => l.level === 'warn').length;
  const time = run.duration === undefined ? '' : ` in ${formatNumber(run.duration, 2)} ms`;
  return `Ran${time}${warnings > 0 ? `, ${warnings} warning${warnings > 1 ? 's' : ''}` : ''}.`;
}
