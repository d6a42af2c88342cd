/**
 * The named parts of a cell's markup, one list for the component that renders them
 * (Cell.astro) and the script that works them (client/cell-element.ts): each part is an
 * element with the attribute `data-cell-<name>`, which is also the tests' hook.
 */
export const cellPartNames = ['sliders', 'goals', 'announce', 'output', 'console', 'status', 'code', 'editor', 'source'] as const;

export type CellPartName = (typeof cellPartNames)[number];

/** The attribute that marks a part, e.g. `data-cell-output`. */
export const cellPart = (name: CellPartName) => `data-cell-${name}` as const;

/** Spread on the part's element in a template: `<div {...partAttributes('output')}>`. */
export const partAttributes = (name: CellPartName) => ({ [cellPart(name)]: '' });

/** The buttons of a cell's toolbar and status, by `data-cell-action`. */
export type CellAction = 'edit' | 'copy' | 'share' | 'reset' | 'stop' | 'undo' | 'run-saved' | 'restore-earlier' | 'back-to-mine' | 'keep-shared';
