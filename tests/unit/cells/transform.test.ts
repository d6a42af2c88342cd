import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellError } from '../../../src/cells/errors';
import { transformCell } from '../../../src/cells/transform';

const modules = { neuron: ['sigmoid', 'relu'], '@observablehq/plot': ['plot', 'line', 'default'] };

describe('transformCell', () => {
  it('turns imports into lookups on the same lines', () => {
    const source = "import { sigmoid, relu as r } from 'neuron';\nimport * as Plot from '@observablehq/plot';\nsigmoid(1);";
    const out = transformCell(source, { modules });
    expect(out).toBe('const { sigmoid, relu: r } = __cellImport("neuron");\nconst Plot = __cellImport("@observablehq/plot");\nsigmoid(1);');
  });

  it('keeps the line count of multi-line imports', () => {
    const source = "import {\n  sigmoid,\n  relu,\n} from 'neuron';\nx;";
    const out = transformCell(source, { modules });
    expect(out.split('\n')).toHaveLength(source.split('\n').length);
    expect(out.split('\n')[4]).toBe('x;');
  });

  it('guards every kind of loop, with or without braces', () => {
    const source = 'for (;;) {}\nwhile (a) a--;\ndo { b++ } while (b < 3);\nfor (const k in o) f(k);\nfor (const v of xs) g(v);';
    const out = transformCell(source, { modules });
    expect(out.match(/__cellLoopGuard\(\d+\)/g)).toEqual([
      '__cellLoopGuard(1)',
      '__cellLoopGuard(2)',
      '__cellLoopGuard(3)',
      '__cellLoopGuard(4)',
      '__cellLoopGuard(5)',
    ]);
    expect(out.split('\n')).toHaveLength(5);
    expect(out).toContain('while (a) {__cellLoopGuard(2);a--;}');
  });

  it('guards loops inside functions and callbacks', () => {
    const out = transformCell('setTimeout(() => { while (true) {} });\nfunction f() { for (;;) {} }', { modules });
    expect(out.match(/__cellLoopGuard/g)).toHaveLength(2);
  });

  it('reports a syntax error with its line and column', () => {
    try {
      transformCell('const a = 1;\nconst b = ;', { modules });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CellError);
      expect((error as CellError).kind).toBe('syntax');
      expect((error as CellError).location).toEqual({ line: 2, column: 11 });
    }
  });

  it('names an unknown module and where it is imported', () => {
    expect(() => transformCell("\nimport x from 'lodash';", { modules })).toThrowError(/cannot import "lodash"/);
    try {
      transformCell("\nimport x from 'lodash';", { modules });
    } catch (error) {
      expect((error as CellError).location?.line).toBe(2);
    }
  });

  it('refuses a named import the module does not export, at its line and column, with the closest name', () => {
    try {
      transformCell("display(1);\nimport { sigmoid, sigmod } from 'neuron';", { modules });
      expect.unreachable();
    } catch (error) {
      expect((error as CellError).kind).toBe('import');
      expect((error as CellError).message).toBe('"neuron" has no export named "sigmod"; did you mean "sigmoid"?');
      expect((error as CellError).location).toEqual({ line: 2, column: 19 });
    }
    expect(() => transformCell("import { zzzzzz } from 'neuron';", { modules })).toThrowError(/^"neuron" has no export named "zzzzzz"$/);
    // Names an object already has are not exports either.
    expect(() => transformCell("import { toString } from 'neuron';", { modules })).toThrowError(/no export named "toString"/);
    expect(() => transformCell("import { constructor } from 'nope';", { modules })).toThrowError(/cannot import "nope"/);
    expect(() => transformCell("import { toString } from 'toString';", { modules })).toThrowError(/cannot import "toString"/);
  });

  it('drops the export keyword but refuses export default', () => {
    expect(transformCell('export const a = 1;', { modules })).toBe('const a = 1;');
    expect(() => transformCell('export default 1;', { modules })).toThrowError(/display/);
  });

  it('never changes the number of lines (property)', () => {
    // Each template gets the statement's index, so names never clash.
    const templates = [
      (i: number) => `let v${i} = 0;`,
      (i: number) => `while (v${i} < 3) v${i}++;`,
      (i: number) => `import { sigmoid as s${i} } from 'neuron';`,
      (i: number) => `import {\n sigmoid as t${i}\n} from 'neuron';`,
      (i: number) => `for (let j = 0; j < 2; j++) {\n  w${i} += j;\n}`,
      (i: number) => `do w${i}--; while (w${i} > 0);`,
      (i: number) => `const f${i} = () => { for (;;) break; };`,
    ];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: templates.length - 1 }), { maxLength: 12 }), (picks) => {
        const statements = picks.map((k, i) => templates[k]!(i));
        const source = statements.join('\n');
        expect(transformCell(source, { modules }).split('\n')).toHaveLength(source.split('\n').length);
      }),
    );
  });
});
