/**
 * Figures the reader drags by hand: `drag(figure, { slider, axis, scale, offset })` in a cell
 * binds one axis of a Plot figure to a slider. The runtime reads the axis's linear scale from
 * the figure (its data domain and pixel range) and sends it with the figure; the page turns a
 * pointer position into a data value with it, and the data value into the slider's value as
 * `scale · value + offset`, snapped to the slider's grid. The slider stays the keyboard's and the
 * screen reader's way in: a drag only moves it.
 */
import { CellError } from './errors';
import type { SliderSpec } from './runtime';

export type DragAxis = 'x' | 'y';

export interface DragMap {
  /** The slider the drag sets, by label. */
  slider: string;
  axis: DragAxis;
  /** The axis's data domain and the matching pixel range, in the figure's SVG coordinates. */
  domain: [number, number];
  range: [number, number];
  /** slider value = scale · data value + offset. */
  scale: number;
  offset: number;
}

export interface DragOptions {
  slider?: unknown;
  axis?: unknown;
  scale?: unknown;
  offset?: unknown;
}

const fail = (message: string): never => {
  throw new CellError('drag', message);
};

const pair = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && value.every((x) => typeof x === 'number' && Number.isFinite(x)) && value[0] !== value[1];

/**
 * Reads the figure's scale for the axis and checks the options; throws a CellError that says what is wrong.
 * @example dragMap(Plot.plot({ x: { domain: [-6, 6] }, marks }), { slider: 'b', scale: -2 })
 */
export function dragMap(figure: unknown, options: DragOptions = {}): DragMap {
  const { slider, axis = 'x', scale = 1, offset = 0 } = options ?? {};
  if (typeof slider !== 'string' || slider === '') fail('drag(figure, { slider }) needs the label of the slider the drag sets');
  if (axis !== 'x' && axis !== 'y') fail(`drag: axis is "x" or "y", not ${String(axis)}`);
  if (typeof scale !== 'number' || !Number.isFinite(scale)) fail('drag: scale must be a finite number');
  if (typeof offset !== 'number' || !Number.isFinite(offset)) fail('drag: offset must be a finite number');
  const read = (figure as { scale?: (name: string) => unknown } | null)?.scale;
  if (typeof read !== 'function') fail('drag: the first argument must be a figure made by Plot.plot (or mark.plot())');
  const found = read!.call(figure, axis as DragAxis) as { type?: string; domain?: unknown; range?: unknown } | undefined;
  if (!found) fail(`drag: the figure has no ${String(axis)} scale`);
  if (found!.type !== 'linear') fail(`drag: the ${String(axis)} scale must be linear, not ${String(found!.type)}`);
  if (!pair(found!.domain) || !pair(found!.range)) fail(`drag: the ${String(axis)} scale has no usable domain and range`);
  return {
    slider: slider as string,
    axis: axis as DragAxis,
    domain: found!.domain as [number, number],
    range: found!.range as [number, number],
    scale: scale as number,
    offset: offset as number,
  };
}

/**
 * The slider value for a pointer at `pixel` (SVG coordinates along the axis), clamped to the
 * slider's range and snapped to its grid; undefined when the drag cannot move it (scale 0).
 * @example sliderValueAt({ slider: 's', axis: 'x', domain: [0, 10], range: [0, 100], scale: 1, offset: 0 }, 42, { min: 0, max: 10, step: 0.5 }) // 4
 */
export function sliderValueAt(map: DragMap, pixel: number, slider: Pick<SliderSpec, 'min' | 'max' | 'step'>): number | undefined {
  if (map.scale === 0) return undefined;
  const [d0, d1] = map.domain;
  const [r0, r1] = map.range;
  const data = d0 + ((pixel - r0) * (d1 - d0)) / (r1 - r0);
  const raw = map.scale * data + map.offset;
  const clamped = Math.min(slider.max, Math.max(slider.min, raw));
  const steps = Math.round((clamped - slider.min) / slider.step);
  // Round away float noise to the step's own decimals: 0.1 · 3 is 0.3, not 0.30000000000000004.
  const decimals = Math.min(12, (String(slider.step).split('.')[1] ?? '').length);
  const snapped = Math.min(slider.max, slider.min + steps * slider.step);
  return Number(snapped.toFixed(decimals));
}
