/**
 * Draggable figures (src/cells/drag.ts): the map read from a real Plot figure, the pointer to
 * slider value arithmetic, the protocol check, and the attributes the page reads.
 */
import { describe, expect, it } from 'vitest';
import { runCellAtBuild } from '../../../src/cells/build-runner';
import { sliderValueAt, type DragMap } from '../../../src/cells/drag';
import { checkRun } from '../../../src/cells/messages';
import { outputsHtml } from '../../../src/cells/view';

const cell = (options: string) =>
  [
    "import * as Plot from '@observablehq/plot';",
    "const w = slider({ label: 'w', min: -5, max: 5, step: 0.1, value: 2 });",
    "const b = slider({ label: 'b', min: -6, max: 6, step: 0.1, value: 2 });",
    `display(drag(Plot.plot({ width: 600, marginLeft: 50, marginRight: 50, x: { domain: [-6, 6] }, marks: [Plot.dot([[0, 0]])] }), ${options}));`,
  ].join('\n');
const at = { file: 'x.mdx', line: 1 };

describe('drag()', () => {
  it("reads the axis's linear scale from the figure and sends it with the figure", async () => {
    const run = await runCellAtBuild(cell("{ slider: 'b', scale: -w }"), at);
    const figure = run.outputs[0]!;
    expect(figure.kind === 'html' && figure.drag).toEqual({ slider: 'b', axis: 'x', domain: [-6, 6], range: [50, 550], scale: -2, offset: 0 });
    // The page gets the map on the figure's wrapper, built and live alike.
    expect(outputsHtml(run.outputs)).toMatch(
      /^<div class="cell-figure" data-cell-drag="b" data-cell-drag-axis="x" data-cell-drag-map="\{&#34;slider&#34;:&#34;b&#34;/,
    );
    expect(checkRun(JSON.parse(JSON.stringify(run))).outputs[0]).toEqual(figure);
  });

  it.each([
    ['{}', /needs the label of the slider/],
    ["{ slider: 'nope' }", /no slider labelled "nope"/],
    ["{ slider: 'b', axis: 'z' }", /axis is "x" or "y"/],
    ["{ slider: 'b', scale: NaN }", /scale must be a finite number/],
  ])('drag(figure, %s) is a drag error', async (options, message) => {
    await expect(runCellAtBuild(cell(options), at)).rejects.toThrow(message);
  });

  it('refuses a figure that is not Plot’s', async () => {
    await expect(
      runCellAtBuild("const b = slider({ label: 'b', min: 0, max: 1, value: 0 });\ndisplay(drag(document.createElement('div'), { slider: 'b' }));", at),
    ).rejects.toThrow(/x\.mdx:3: .*must be a figure made by Plot\.plot/);
  });

  it('a forged map is refused by the protocol check', () => {
    const run = {
      outputs: [{ kind: 'html', html: '<svg></svg>', drag: { slider: 'b', axis: 'x', domain: [1, 1], range: [0, 1], scale: 1, offset: 0 } }],
      sliders: [],
      logs: [],
      duration: 1,
    };
    expect(() => checkRun(run)).toThrow(/result\.outputs\[0\]\.drag\.domain: an empty interval/);
  });
});

describe('sliderValueAt', () => {
  const map: DragMap = { slider: 'b', axis: 'x', domain: [-6, 6], range: [50, 550], scale: -2, offset: 0 };
  const slider = { min: -6, max: 6, step: 0.1 };

  it('inverts the scale, applies scale and offset, snaps to the grid without float noise', () => {
    // Pixel 300 is x = 0: b = 0. Pixel 362.5 is x = 1.5: b = −3.
    expect(sliderValueAt(map, 300, slider)).toBe(0);
    expect(sliderValueAt(map, 362.5, slider)).toBe(-3);
    expect(sliderValueAt(map, 307, slider)).toBe(-0.3);
    expect(sliderValueAt({ ...map, scale: 1, offset: 0.5 }, 300, slider)).toBe(0.5);
  });

  it("clamps to the slider's range, and a zero scale moves nothing", () => {
    expect(sliderValueAt(map, 0, slider)).toBe(6);
    expect(sliderValueAt(map, 600, slider)).toBe(-6);
    expect(sliderValueAt({ ...map, scale: 0 }, 300, slider)).toBeUndefined();
  });

  it('works on a y axis whose pixels run downwards', () => {
    const y: DragMap = { slider: 'c', axis: 'y', domain: [0, 10], range: [270, 20], scale: 1, offset: 0 };
    expect(sliderValueAt(y, 145, { min: 0, max: 10, step: 0.5 })).toBe(5);
  });
});
