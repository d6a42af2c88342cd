/**
 * The Plot a cell imports: Observable Plot itself, with three changes. `Plot.plot` draws into
 * the document it is given (linkedom's, at build time and in the runner's worker), it reports
 * positions that are NaN or infinite, which Plot would silently leave out, and its figures
 * carry no `<style>` elements: the page styles them (Cell.astro, under the class `plot`), so
 * figure markup never needs CSS of its own and the page can refuse any that comes.
 */
import * as Plot from '@observablehq/plot';
import { formatNumber } from './format';

const positionChannels = ['x', 'y', 'x1', 'x2', 'y1', 'y2'] as const;

interface MarkLike {
  data?: unknown;
  channels?: Record<string, { value?: unknown }>;
  constructor: { name: string };
}

/** One warning for each mark with non-finite positions, e.g. "lineY: y is NaN at 3 of 200 points (first at index 17)". */
export function nonFiniteWarnings(marks: unknown): string[] {
  const warnings: string[] = [];
  for (const mark of flatMarks(marks)) {
    if (!mark.channels || !isArrayLike(mark.data)) continue;
    for (const name of positionChannels) {
      const channel = mark.channels[name];
      if (channel?.value == null) continue;
      let values: ArrayLike<unknown> | null | undefined;
      try {
        values = Plot.valueof(mark.data as never, channel.value as never) as ArrayLike<unknown> | null | undefined;
      } catch {
        continue; // Plot itself will report a channel it cannot evaluate
      }
      if (!values) continue;
      let count = 0;
      let first = -1;
      let example = NaN;
      for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (typeof v === 'number' && !Number.isFinite(v)) {
          if (count++ === 0) [first, example] = [i, v];
        }
      }
      if (count > 0) {
        warnings.push(
          `figure: ${markName(mark)} has ${name} = ${formatNumber(example)} at ${count} of ${values.length} points (first at index ${first}); Plot leaves those points out`,
        );
      }
    }
  }
  return warnings;
}

export interface CellPlotOptions {
  /** The document to draw into; the browser's own when omitted. */
  document?: Document;
  /** Where warnings about the figure go (the running cell's console). */
  warn: (message: string) => void;
}

/**
 * Plot names every mark's group (`<g aria-label="line">`), which ARIA forbids on an element
 * without a role, and which tells a screen reader nothing. A figure with a label becomes one
 * image with that label; the groups lose their names.
 */
export function labelFigure<T extends Element>(figure: T): T {
  const svgs = figure.localName === 'svg' ? [figure] : Array.from(figure.querySelectorAll('svg'));
  for (const svg of svgs) {
    if (svg.hasAttribute('aria-label')) svg.setAttribute('role', 'img');
    for (const group of Array.from(svg.querySelectorAll('g[aria-label]'))) {
      if (!group.hasAttribute('role')) group.removeAttribute('aria-label');
    }
  }
  return figure;
}

/** The class Plot gives figures it draws for cells (its own default is a hash). */
export const plotClassName = 'plot';

/** Removes Plot's `<style>` elements: the page's stylesheet has their rules. */
export function unstyleFigure<T extends Element>(figure: T): T {
  for (const style of Array.from(figure.querySelectorAll('style'))) style.remove();
  return figure;
}

/** The `@observablehq/plot` module as a cell sees it. */
export function cellPlot({ document, warn }: CellPlotOptions): typeof Plot {
  const plot = (options: Plot.PlotOptions = {}) => {
    for (const message of nonFiniteWarnings(options.marks)) warn(message);
    return unstyleFigure(labelFigure(Plot.plot({ className: plotClassName, ...(document ? { document } : {}), ...options })));
  };
  currentPlot = plot;
  return { ...Plot, plot };
}

// `mark.plot()` calls Plot's own plot function, which would miss the document and the
// checks; send it through the running cell's `plot` instead.
let currentPlot: (options?: Plot.PlotOptions) => ReturnType<typeof Plot.plot> = Plot.plot;
Plot.Mark.prototype.plot = function (this: Plot.Mark, { marks = [], ...options }: Plot.PlotOptions = {}) {
  const own: Plot.Markish[] = Array.isArray(marks) ? marks : [marks];
  return currentPlot({ ...options, marks: [...own, this as unknown as Plot.Markish] });
};

function* flatMarks(marks: unknown): Generator<MarkLike> {
  if (Array.isArray(marks)) for (const mark of marks) yield* flatMarks(mark);
  else if (marks && typeof marks === 'object') yield marks as MarkLike;
}

function isArrayLike(data: unknown): data is ArrayLike<unknown> {
  return Array.isArray(data) || ArrayBuffer.isView(data);
}

function markName(mark: MarkLike): string {
  const name = mark.constructor.name;
  return name ? name.charAt(0).toLowerCase() + name.slice(1) : 'a mark';
}
