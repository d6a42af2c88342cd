/**
 * The module table every cell sees, wherever it runs: the shared neuron module and Plot.
 * Build time and the browser's runner frame both make their runtime from this, so a cell
 * cannot behave differently in the two places by importing something only one has.
 */
import * as neuron from '../neuron';
import { cellPlot } from './plot';
import type { RunContext } from './runtime';

export const cellModuleNames = ['neuron', '@observablehq/plot'] as const;

export function cellModules(context: RunContext, document?: Document): Record<(typeof cellModuleNames)[number], unknown> {
  return {
    neuron,
    '@observablehq/plot': cellPlot({ document, warn: (message) => context.log('warn', message) }),
  };
}
