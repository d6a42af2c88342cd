/**
 * Runs cells at build time, in Node, so every figure is in the HTML before any script
 * loads. Plot draws into a linkedom document, the one thing Node lacks.
 */
import { parseHTML } from 'linkedom';
import { describeCellError } from './errors';
import { createLoopGuard } from './loop-guard';
import { cellModules } from './modules';
import { createRuntime, type CellRun } from './runtime';

const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');

// At build time a stuck loop fails the build: a generous limit, since the build machine may be busy.
const runtime = createRuntime({
  modules: (context) => cellModules(context, document as unknown as Document),
  document,
  guard: createLoopGuard({ limitMs: 5000 }),
});

export interface BuildCellOptions {
  /** The article file and the line of the cell's opening fence, for the build error. */
  file: string;
  line: number;
}

/**
 * Runs a cell's code; a cell that fails stops the build with its file and line.
 * @example await runCellAtBuild('display(1 + 1)', { file: 'content/docs/a.mdx', line: 12 })
 */
export async function runCellAtBuild(source: string, { file, line }: BuildCellOptions): Promise<CellRun> {
  const run = await runtime.run({ source });
  if (run.error) {
    // The cell's code starts on the line after its opening fence.
    const at = run.error.line === undefined ? line : line + run.error.line;
    throw new Error(`${file}:${at}: the cell at line ${line} failed at build time. ${describeCellError(run.error)}`);
  }
  return run;
}
