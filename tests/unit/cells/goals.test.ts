/**
 * Exercises (src/cells/goals.ts): a goal is checked on every run, a bad declaration is a cell
 * error at its line, the result crosses the protocol checks intact, and the build refuses an
 * exercise that is solved from the start or not by its solution.
 */
import { describe, expect, it } from 'vitest';
import { runCellAtBuild } from '../../../src/cells/build-runner';
import { createLoopGuard } from '../../../src/cells/loop-guard';
import { checkRun } from '../../../src/cells/messages';
import { createRuntime } from '../../../src/cells/runtime';
import { goalsHtml, solutionText } from '../../../src/cells/view';

const runtime = createRuntime({ modules: () => ({}), guard: createLoopGuard({ limitMs: 100 }) });
const exercise = [
  "const b = slider({ label: 'b', min: -5, max: 5, step: 0.5, value: 0 });",
  "goal('Put the step at x = 2', () => -b === 2, { hint: 'The step sits at −b/w.', solution: { b: -2 } });",
].join('\n');

describe('goal()', () => {
  it('is checked on every run, against the values of that run', async () => {
    const start = await runtime.run({ source: exercise });
    expect(start.goals).toEqual([{ text: 'Put the step at x = 2', met: false, hint: 'The step sits at −b/w.', solution: { b: -2 } }]);
    const solved = await runtime.run({ source: exercise, sliderValues: { b: -2 } });
    expect(solved.goals?.[0]?.met).toBe(true);
  });

  it('returns whether the goal is met, so the cell can react', async () => {
    const result = await runtime.run({ source: "display(goal('one', true) ? 'yes' : 'no');\ndisplay(goal('two', () => false) ? 'yes' : 'no');" });
    expect(result.outputs).toEqual([
      { kind: 'text', text: 'yes' },
      { kind: 'text', text: 'no' },
    ]);
  });

  it('a cell without goals has none in its result', async () => {
    expect((await runtime.run({ source: 'display(1)' })).goals).toBeUndefined();
  });

  it.each([
    ['goal(42, true)', /needs the goal in words first/],
    ["goal('a', 1)", /its check must be true or false .*not 1/],
    ["goal('a', () => 'yes')", /not "yes"/],
    ["goal('a', true); goal('a', false)", /set twice/],
    ["goal('a', true, 'hint')", /the third argument is \{ hint, solution \}/],
    ["goal('a', true, { solution: { b: NaN } })", /value for "b" must be a finite number, not NaN/],
    ["goal('a', true, { solution: {} })", /names between 1 and 20 sliders/],
    ["goal('x'.repeat(301), true)", /at most 300 characters/],
  ])('%s is a goal error at its line', async (source, message) => {
    const result = await runtime.run({ source: `const x = 1;\n${source}` });
    expect(result.error).toMatchObject({ kind: 'goal', line: 2, message: expect.stringMatching(message) });
  });

  it('survives the protocol checks, and a forged goal does not', async () => {
    const result = await runtime.run({ source: exercise });
    expect(checkRun(JSON.parse(JSON.stringify(result))).goals).toEqual(result.goals);
    const forged = { ...result, goals: [{ text: 'x', met: 'yes' }] };
    expect(() => checkRun(forged)).toThrow(/result\.goals\[0\]\.met: not true or false/);
    const tooMany = { ...result, goals: Array.from({ length: 11 }, (_, i) => ({ text: String(i), met: false })) };
    expect(() => checkRun(tooMany)).toThrow(/result\.goals: more than 10 items/);
  });

  it('is drawn unmet, with its hint and solution behind disclosures, text escaped', () => {
    const html = goalsHtml([{ text: 'a < b', met: false, hint: 'look', solution: { b: -2, w: 1 } }]);
    expect(html).toContain('data-cell-goal data-state="unmet"');
    expect(html).toContain('a &#60; b');
    expect(html).toMatch(/<details class="cell-goal-help"><summary>Hint<\/summary><p>look<\/p><\/details>/);
    expect(html).toContain('One solution: b = -2, w = 1.');
    expect(solutionText({ b: 0.25 })).toBe('b = 0.25');
  });
});

describe('exercises at build time', () => {
  const at = { file: 'content/docs/x.mdx', line: 20 };

  it('a sound exercise passes', async () => {
    await expect(runCellAtBuild(exercise, at)).resolves.toMatchObject({ goals: [{ met: false }] });
  });

  it('fails when the starting values already meet a goal', async () => {
    await expect(runCellAtBuild(exercise.replace('value: 0', 'value: -2'), at)).rejects.toThrow(
      /^content\/docs\/x\.mdx:20: .*"Put the step at x = 2", which its starting values already meet/,
    );
  });

  it('fails when the solution does not meet its goal, is out of range, or names no slider', async () => {
    await expect(runCellAtBuild(exercise.replace('solution: { b: -2 }', 'solution: { b: 2 }'), at)).rejects.toThrow(
      /x\.mdx:20: .*the solution of "Put the step at x = 2" \(b = 2\) does not meet it/,
    );
    await expect(runCellAtBuild(exercise.replace('solution: { b: -2 }', 'solution: { b: -9 }'), at)).rejects.toThrow(
      /b = -9, outside the slider's range \[-5, 5\]/,
    );
    await expect(runCellAtBuild(exercise.replace('solution: { b: -2 }', 'solution: { w: 1 }'), at)).rejects.toThrow(
      /sets "w", which is not one of its sliders \(b\)/,
    );
  });

  it('fails when a goal has no solution to check', async () => {
    await expect(runCellAtBuild("const b = slider({ label: 'b', min: 0, max: 1, value: 0 });\ngoal('b at 1', b === 1);", at)).rejects.toThrow(
      /"b at 1" without a solution/,
    );
  });
});
