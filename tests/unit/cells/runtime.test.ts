import { describe, expect, it } from 'vitest';
import { createLoopGuard } from '../../../src/cells/loop-guard';
import { limits } from '../../../src/cells/limits';
import { createRuntime } from '../../../src/cells/runtime';
import { runCellAtBuild } from '../../../src/cells/build-runner';

const runtime = createRuntime({ modules: () => ({ neuron: { double: (x: number) => 2 * x } }), guard: createLoopGuard({ limitMs: 100 }) });
const run = (source: string, sliderValues?: Record<string, number>) => runtime.run({ source, sliderValues });

describe('cell runtime', () => {
  it('displays values and imports modules', async () => {
    const result = await run("import { double } from 'neuron';\ndisplay(double(21));\ndisplay({ a: [1, 2] });");
    expect(result.error).toBeUndefined();
    expect(result.outputs).toEqual([
      { kind: 'text', text: '42' },
      { kind: 'text', text: '{ a: [1, 2] }' },
    ]);
  });

  it('captures the console', async () => {
    const result = await run("console.log('x =', 1.5); console.warn('careful');");
    expect(result.logs).toEqual([
      { level: 'log', text: 'x = 1.5' },
      { level: 'warn', text: 'careful' },
    ]);
  });

  it('gives runtime errors the line and column in the reader code', async () => {
    const result = await run('const a = 1;\n\nundefinedThing.call();');
    expect(result.error).toMatchObject({ kind: 'runtime', line: 3, column: 1 });
    expect(result.error?.message).toMatch(/undefinedThing is not defined/);
  });

  it('reports thrown non-Errors and rejected awaits', async () => {
    expect((await run('throw 42;')).error).toMatchObject({ kind: 'thrown', message: expect.stringMatching(/^42 \(a number was thrown/) });
    expect((await run("await Promise.reject('nope');")).error).toMatchObject({ kind: 'thrown', message: expect.stringMatching(/nope/) });
  });

  it('stops an infinite loop and says where', async () => {
    const result = await run('let i = 0;\nwhile (true) { i++; }');
    expect(result.error).toMatchObject({ kind: 'timeout', line: 2 });
  });

  it('stops a loop that swallows the guard error in an inner try', async () => {
    const result = await run('while (true) {\n  try { while (true) {} } catch (e) {}\n}');
    expect(result.error?.kind).toBe('timeout');
  });

  it('turns runaway recursion into an error with a message', async () => {
    const result = await run('const f = (n) => f(n + 1) + 1;\nf(0);');
    expect(result.error?.message).toMatch(/call stack/i);
  });

  it('uses slider defaults, applies reader values, and clamps them', async () => {
    const source = "const w = slider({ label: 'w', min: 0, max: 10, step: 1, value: 3 });\ndisplay(w);";
    expect((await run(source)).outputs).toEqual([{ kind: 'text', text: '3' }]);
    expect((await run(source, { w: 7 })).outputs).toEqual([{ kind: 'text', text: '7' }]);
    const clamped = await run(source, { w: 99 });
    expect(clamped.outputs).toEqual([{ kind: 'text', text: '10' }]);
    expect(clamped.sliders).toEqual([{ label: 'w', min: 0, max: 10, step: 1, value: 10 }]);
  });

  it('rejects a slider whose value is out of range, at the line that declares it', async () => {
    const result = await run("display(1);\nslider({ label: 'b', min: 0, max: 1, value: 5 });");
    expect(result.error).toMatchObject({ kind: 'slider', line: 2 });
    expect(result.error?.message).toMatch(/outside \[0, 1\]/);
  });

  it('bounds huge output', async () => {
    const result = await run('display(Array.from({ length: 1e5 }, (_, i) => i));');
    expect(result.outputs[0]!.kind === 'text' && result.outputs[0]!.text).toMatch(/… 99980 more\]$/);
    expect((await run('for (let i = 0; i < 60; i++) display(i);')).error?.kind).toBe('output');
  });

  it('keeps one console budget per run, for lines logged during it and after it', async () => {
    const late: string[] = [];
    const lateRuntime = createRuntime({ modules: () => ({}), guard: createLoopGuard(), onLate: ({ log }) => late.push(log.text) });
    const result = await lateRuntime.run({
      source: "for (let i = 0; i < 150; i++) console.log(i);\nsetTimeout(() => { for (let i = 0; i < 500; i++) console.log('late', i); }, 1);",
      tag: 't',
    });
    expect(result.logs).toHaveLength(150);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(late).toHaveLength(51);
    expect(late.at(-1)).toMatch(/^output truncated: a run may log 200 lines/);
    const long = await lateRuntime.run({ source: "console.log('x'.repeat(1e6));" });
    expect(long.logs[0]!.text.length).toBeLessThan(limits.textChars + 64);
  });

  it('never throws while describing what was thrown, and keeps the message short', async () => {
    const getter = await run("throw { get [Symbol.toPrimitive]() { throw new Error('no'); }, get a() { throw new Error('no'); } };");
    expect(getter.error).toMatchObject({ kind: 'thrown', message: expect.stringMatching(/cannot be shown/) });
    const huge = await run("throw 'x'.repeat(1e7);");
    expect(huge.error!.message.length).toBeLessThan(limits.messageChars + 64);
    expect(huge.error!.message).toMatch(/more characters\)$/);
  });

  it('refuses slider labels that are object-prototype names, too long, or too many sliders', async () => {
    expect((await run("slider({ label: '__proto__', min: 0, max: 1, value: 0 });")).error?.message).toMatch(/"__proto__" cannot label a slider/);
    expect((await run("slider({ label: 'constructor', min: 0, max: 1, value: 0 });")).error?.kind).toBe('slider');
    expect((await run(`slider({ label: '${'x'.repeat(50)}', min: 0, max: 1, value: 0 });`)).error?.message).toMatch(/at most 40 characters/);
    expect((await run("for (let i = 0; i < 21; i++) slider({ label: 's' + i, min: 0, max: 1, value: 0 });")).error?.message).toMatch(/at most 20 sliders/);
  });

  it('counts figure markup across the run against one budget', async () => {
    const big = { nodeType: 1, outerHTML: 'x'.repeat(limits.htmlChars / 2 + 10) };
    const budgeted = createRuntime({ modules: () => ({ big: { figure: big } }), guard: createLoopGuard() });
    const result = await budgeted.run({ source: "import { figure } from 'big';\ndisplay(figure);\ndisplay(figure);" });
    expect(result.outputs).toHaveLength(1);
    expect(result.error).toMatchObject({ kind: 'output', line: 3, message: expect.stringMatching(/a run may show 1,000,000 in all/) });
  });
});

describe('build-time runner', () => {
  it('draws Plot figures into HTML without a browser', async () => {
    const result = await runCellAtBuild("import * as Plot from '@observablehq/plot';\ndisplay(Plot.plot({ marks: [Plot.dot([[1, 2]])] }));", {
      file: 'x.mdx',
      line: 1,
    });
    expect(result.outputs[0]).toMatchObject({ kind: 'html', html: expect.stringMatching(/^<svg[^>]*>/) });
  });

  it('supports mark.plot() too', async () => {
    const result = await runCellAtBuild("import * as Plot from '@observablehq/plot';\ndisplay(Plot.dot([[1, 2]]).plot());", { file: 'x.mdx', line: 1 });
    expect(result.outputs[0]).toMatchObject({ kind: 'html' });
  });

  it('warns when a figure has NaN positions', async () => {
    const result = await runCellAtBuild(
      "import * as Plot from '@observablehq/plot';\ndisplay(Plot.plot({ marks: [Plot.line([1, NaN, 3], { x: (d, i) => i, y: (d) => d })] }));",
      { file: 'x.mdx', line: 1 },
    );
    expect(result.logs).toEqual([{ level: 'warn', text: expect.stringMatching(/y = NaN at 1 of 3 points \(first at index 1\)/) }]);
  });

  it('fails the build with the file and the line in the file', async () => {
    await expect(runCellAtBuild('const a = 1;\nnope();', { file: 'content/docs/x.mdx', line: 10 })).rejects.toThrowError(
      /^content\/docs\/x\.mdx:12: .*nope is not defined/,
    );
  });
});
