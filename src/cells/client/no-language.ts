/**
 * Stands in for `@codemirror/lang-html` and `@codemirror/lang-css` (astro.config.mjs aliases
 * them here): Sandpack's editor imports both and builds both for every file it shows, but cells
 * are JavaScript, and the neuron tab TypeScript. Without them the editor chunk is smaller and
 * opens sooner.
 */
import type { Extension } from '@codemirror/state';

const none = (): Extension => [];

export const html = none;
export const css = none;
