/**
 * Runs cells at build time, in Node, so every figure is in the HTML before any script
 * loads. Plot draws into a linkedom document, the one thing Node lacks.
 */
import { parseHTML } from 'linkedom';
import { describeCellError } from './errors';
import { createLoopGuard } from './loop-guard';
import { cellModules } from './modules';
import { createRuntime, type CellRun } from './runtime';
import { solutionText } from './view';

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
 * Runs a cell's code; a cell that fails, or sets an exercise that is solved from the start or
 * not by its solution, stops the build with its file and line.
 * @example await runCellAtBuild('display(1 + 1)', { file: 'content/docs/a.mdx', line: 12 })
 */
export async function runCellAtBuild(source: string, { file, line }: BuildCellOptions): Promise<CellRun> {
  const run = await runtime.run({ source });
  failIfError(run, file, line);
  if (run.goals) await checkGoals(source, run, file, line);
  return run;
}

function failIfError(run: CellRun, file: string, line: number, when = ''): void {
  if (!run.error) return;
  // The cell's code starts on the line after its opening fence.
  const at = run.error.line === undefined ? line : line + run.error.line;
  throw new Error(`${file}:${at}: the cell at line ${line} failed at build time${when}. ${describeCellError(run.error)}`);
}

/**
 * An exercise must leave the reader something to do and must be doable: no goal may be met by
 * the starting values, and each goal's solution, set on the cell's sliders, must meet it.
 */
async function checkGoals(source: string, start: CellRun, file: string, line: number): Promise<void> {
  const where = `${file}:${line}: the cell at line ${line}`;
  const sliders = new Map(start.sliders.map((s) => [s.label, s]));
  for (const goal of start.goals ?? []) {
    if (goal.met) throw new Error(`${where} sets the goal "${goal.text}", which its starting values already meet: start the sliders elsewhere.`);
    if (!goal.solution)
      throw new Error(`${where} sets the goal "${goal.text}" without a solution: give { solution: { <slider>: <value> } }, which the build checks.`);
    for (const [label, value] of Object.entries(goal.solution)) {
      const slider = sliders.get(label);
      if (!slider)
        throw new Error(
          `${where}: the solution of "${goal.text}" sets "${label}", which is not one of its sliders (${[...sliders.keys()].join(', ') || 'none'}).`,
        );
      if (value < slider.min || value > slider.max) {
        throw new Error(`${where}: the solution of "${goal.text}" sets ${label} = ${value}, outside the slider's range [${slider.min}, ${slider.max}].`);
      }
    }
    const solved = await runtime.run({ source, sliderValues: goal.solution });
    failIfError(solved, file, line, ` with the solution of "${goal.text}"`);
    if (!solved.goals?.find((g) => g.text === goal.text)?.met) {
      throw new Error(`${where}: the solution of "${goal.text}" (${solutionText(goal.solution)}) does not meet it.`);
    }
  }
}
