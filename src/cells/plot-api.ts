/**
 * The parts of Observable Plot that cells use most, for the editor's completions: the marks
 * and options the articles' figures are made of, each in one line (from Plot's documentation,
 * https://observablehq.com/plot/). Not all of Plot: completion offers these first, and any
 * other name still works.
 */
import type { ApiEntry } from './api-docs';

const entry = (name: string, signature: string, doc: string): ApiEntry => ({ name, signature, doc, kind: 'function' });

export const plotApi: ApiEntry[] = [
  entry(
    'plot',
    'Plot.plot({ marks, x, y, color, caption, ariaLabel, width, height })',
    'Draws a figure from marks and scale options; returns an SVG (or a figure with a caption).',
  ),
  entry('line', 'Plot.line(data, { x, y, stroke, strokeWidth, strokeDasharray })', 'A line through the points, in order.'),
  entry('lineY', 'Plot.lineY(data, { x, y })', 'A line of y values against their index (or x).'),
  entry('dot', 'Plot.dot(data, { x, y, r, fill, stroke, symbol })', 'A dot (or symbol) at each point.'),
  entry('areaY', 'Plot.areaY(data, { x, y, y1, y2, fill, fillOpacity })', 'A filled area from a baseline to y.'),
  entry('ruleX', 'Plot.ruleX(values, { stroke, strokeDasharray })', 'Vertical lines at the given x values.'),
  entry('ruleY', 'Plot.ruleY(values, { stroke, strokeOpacity })', 'Horizontal lines at the given y values.'),
  entry('text', 'Plot.text(data, { x, y, text, dx, dy, textAnchor })', 'A text label at each point.'),
  entry('barY', 'Plot.barY(data, { x, y, fill })', 'Vertical bars from 0 to y.'),
  entry('barX', 'Plot.barX(data, { x, y, fill })', 'Horizontal bars from 0 to x.'),
  entry('rectY', 'Plot.rectY(data, Plot.binX({ y: "count" }, { x }))', 'Rectangles, e.g. a histogram with binX.'),
  entry('binX', 'Plot.binX({ y: "count" }, { x, thresholds })', 'Groups x values into bins (for histograms).'),
  entry('cell', 'Plot.cell(data, { x, y, fill })', 'A coloured rectangle per (x, y) category, as in a heatmap.'),
  entry('arrow', 'Plot.arrow(data, { x1, y1, x2, y2, stroke })', 'An arrow from (x1, y1) to (x2, y2).'),
  entry('link', 'Plot.link(data, { x1, y1, x2, y2 })', 'A straight line from (x1, y1) to (x2, y2).'),
  entry('tickX', 'Plot.tickX(data, { x, y })', 'A short vertical tick at each x.'),
  entry('gridX', 'Plot.gridX({ stroke, strokeOpacity })', 'Vertical grid lines at the x ticks.'),
  entry('gridY', 'Plot.gridY({ stroke, strokeOpacity })', 'Horizontal grid lines at the y ticks.'),
  entry('axisX', 'Plot.axisX({ label, ticks, tickFormat })', 'The x axis, with options.'),
  entry('axisY', 'Plot.axisY({ label, ticks, tickFormat })', 'The y axis, with options.'),
  entry('frame', 'Plot.frame({ stroke })', 'A rectangle around the plot area.'),
  entry('legend', 'Plot.legend({ color: { domain, range } })', 'A legend on its own, for a color scale.'),
];
