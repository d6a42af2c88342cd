/**
 * Exercises: `goal(text, check, { hint, solution })` in a cell states what the reader should
 * try and checks it on every run. The check reads the cell's own values (usually its sliders);
 * the solution is a set of slider values the author knows to work. The build runs each
 * solution and fails if it does not meet its goal, or if the starting values already do
 * (build-runner.ts), so no exercise ships solved or unsolvable.
 */
import { CellError } from './errors';
import { formatValue } from './format';

export interface Goal {
  text: string;
  met: boolean;
  hint?: string;
  /** Slider values, by label, that meet the goal: shown on request, checked at build time. */
  solution?: Record<string, number>;
}

export interface GoalOptions {
  hint?: string;
  solution?: Record<string, number>;
}

export const goalLimits = {
  goals: 10,
  textChars: 300,
  hintChars: 600,
  /** Sliders named by one solution (at most the sliders a cell may have). */
  solutionSliders: 20,
};

const fail = (message: string): never => {
  throw new CellError('goal', message);
};

/** A value as the message shows it: strings quoted, so "not yes" cannot be misread. */
const shown = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : formatValue(value));

/**
 * Checks a goal declaration and evaluates its check; throws a CellError that says what is wrong.
 * @example evaluateGoal('Put the step at 2', () => s === 2, { solution: { b: -2 } }, []) // { text: 'Put the step at 2', met: false, solution: { b: -2 } }
 */
export function evaluateGoal(text: unknown, check: unknown, options: unknown, declared: readonly Goal[]): Goal {
  if (typeof text !== 'string' || text.trim() === '')
    fail('goal(text, check) needs the goal in words first, e.g. goal("Put the step at x = 2", () => Math.abs(s - 2) < 0.1)');
  const words = text as string;
  if (words.length > goalLimits.textChars) fail(`a goal may have at most ${goalLimits.textChars} characters; "${words.slice(0, 30)}…" has ${words.length}`);
  if (declared.length >= goalLimits.goals) fail(`a cell may set at most ${goalLimits.goals} goals`);
  if (declared.some((g) => g.text === words)) fail(`the goal "${words}" is set twice; goals are told apart by their text`);
  const met = typeof check === 'function' ? (check as () => unknown)() : check;
  if (typeof met !== 'boolean') fail(`goal "${words}": its check must be true or false (or a function returning one), not ${shown(met)}`);
  const goal: Goal = { text: words, met: met as boolean };
  if (options === undefined) return goal;
  if (typeof options !== 'object' || options === null) return fail(`goal "${words}": the third argument is { hint, solution }, not ${shown(options)}`);
  const { hint, solution } = options as GoalOptions;
  if (hint !== undefined) {
    if (typeof hint !== 'string' || hint.trim() === '') fail(`goal "${words}": a hint must be text`);
    if (hint.length > goalLimits.hintChars) fail(`goal "${words}": a hint may have at most ${goalLimits.hintChars} characters`);
    goal.hint = hint;
  }
  if (solution !== undefined) goal.solution = checkSolution(words, solution);
  return goal;
}

function checkSolution(goal: string, solution: unknown): Record<string, number> {
  if (typeof solution !== 'object' || solution === null || Array.isArray(solution)) {
    return fail(`goal "${goal}": a solution gives slider values by label, e.g. { solution: { b: -2 } }`);
  }
  const entries = Object.entries(solution);
  if (entries.length === 0 || entries.length > goalLimits.solutionSliders)
    fail(`goal "${goal}": a solution names between 1 and ${goalLimits.solutionSliders} sliders`);
  const checked: Record<string, number> = Object.create(null);
  for (const [label, value] of entries) {
    if (typeof value !== 'number' || !Number.isFinite(value))
      fail(`goal "${goal}": the solution's value for "${label}" must be a finite number, not ${shown(value)}`);
    checked[label] = value;
  }
  return checked;
}
