/**
 * The runner protocol's checks (messages.ts): what the page and the supervisor accept from
 * the side they do not trust, field by field, and what they rebuild from it.
 */
import { describe, expect, it } from 'vitest';
import { checkPageRequest, checkRun, checkSupervisorReport, checkWorkerReport } from '../../../src/cells/messages';
import { limits } from '../../../src/cells/limits';

const goodRun = () => ({
  outputs: [
    { kind: 'html', html: '<svg></svg>' },
    { kind: 'text', text: '2' },
  ],
  sliders: [{ label: 'w', min: -1, max: 1, step: 0.1, value: 0.5 }],
  logs: [{ level: 'warn', text: 'careful' }],
  duration: 3.5,
});
const anyCell = () => true;
const reason = (checked: { ok: boolean; reason?: string }) => (checked.ok ? 'accepted' : checked.reason);

describe('checkRun', () => {
  it('accepts a well-formed result and rebuilds it from known fields only', () => {
    const run = { ...goodRun(), extra: '<img onerror=x>', error: { kind: 'runtime', message: 'Error: x', line: 2, column: 3, html: '<b>' } };
    const checked = checkRun(run);
    expect(checked).toEqual({ ...goodRun(), error: { kind: 'runtime', message: 'Error: x', line: 2, column: 3 } });
    expect(checked).not.toHaveProperty('extra');
  });

  it.each([
    ['outputs', { outputs: 'x' }, 'result.outputs: not an array'],
    ['output kind', { outputs: [{ kind: 'script', html: '' }] }, 'result.outputs[0].kind: not one of html, text'],
    ['html type', { outputs: [{ kind: 'html', html: 5 }] }, 'result.outputs[0].html: not a string'],
    [
      'too many outputs',
      { outputs: Array.from({ length: limits.outputs + 1 }, () => ({ kind: 'text', text: '' })) },
      `result.outputs: more than ${limits.outputs} items`,
    ],
    [
      'markup in all',
      {
        outputs: [
          { kind: 'html', html: 'x'.repeat(limits.htmlChars / 2 + 1) },
          { kind: 'html', html: 'x'.repeat(limits.htmlChars / 2) },
        ],
      },
      `result.outputs: more than ${limits.htmlChars} characters of markup in all`,
    ],
    ['slider min markup', { sliders: [{ label: 'w', min: '<img>', max: 1, step: 1, value: 0 }] }, 'result.sliders[0].min: not a finite number'],
    ['slider NaN', { sliders: [{ label: 'w', min: 0, max: 1, step: 1, value: NaN }] }, 'result.sliders[0].value: not a finite number'],
    ['slider order', { sliders: [{ label: 'w', min: 1, max: 0, step: 1, value: 0 }] }, 'result.sliders[0]: bounds out of order'],
    ['__proto__ label', { sliders: [{ label: '__proto__', min: 0, max: 1, step: 1, value: 0 }] }, 'result.sliders[0].label: not a usable slider label'],
    [
      'long label',
      { sliders: [{ label: 'x'.repeat(limits.labelChars + 1), min: 0, max: 1, step: 1, value: 0 }] },
      `result.sliders[0].label: longer than ${limits.labelChars} characters`,
    ],
    [
      'twin labels',
      {
        sliders: [
          { label: 'w', min: 0, max: 1, step: 1, value: 0 },
          { label: 'w', min: 0, max: 1, step: 1, value: 0 },
        ],
      },
      'result.sliders: two sliders with one label',
    ],
    ['log level markup', { logs: [{ level: '<img src=x onerror=alert(1)>', text: '' }] }, 'result.logs[0].level: not one of log, info, warn, error'],
    [
      'huge log line',
      { logs: [{ level: 'log', text: 'x'.repeat(limits.textChars + 1000) }] },
      `result.logs[0].text: longer than ${limits.textChars + 64} characters`,
    ],
    [
      'error kind',
      { error: { kind: 'pwn', message: '' } },
      'result.error.kind: not one of syntax, import, runtime, thrown, rejection, timeout, output, slider',
    ],
    ['error line', { error: { kind: 'runtime', message: '', line: -1 } }, 'result.error.line: not a whole number in [0, 1000000]'],
    ['duration', { duration: Infinity }, 'result.duration: not a finite number'],
  ])('refuses %s', (_name, change, expected) => {
    expect(() => checkRun({ ...goodRun(), ...change })).toThrowError(expected);
  });
});

describe('checkSupervisorReport', () => {
  it('accepts progress, results and late lines for a cell the page waits on', () => {
    const known = (cell: string, run: number) => cell === 'a/0' && run === 7;
    expect(checkSupervisorReport({ type: 'ready' }, known)).toEqual({ ok: true, value: { type: 'ready' } });
    expect(checkSupervisorReport({ type: 'progress', cell: 'a/0', run: 7, elapsedMs: 310, line: 4 }, known)).toEqual({
      ok: true,
      value: { type: 'progress', cell: 'a/0', run: 7, elapsedMs: 310, line: 4 },
    });
    expect(reason(checkSupervisorReport({ type: 'result', cell: 'a/0', run: 7, result: goodRun(), refused: 2, notice: 'fresh' }, known))).toBe('accepted');
    expect(reason(checkSupervisorReport({ type: 'late', cell: 'a/0', run: 7, log: { level: 'log', text: 'later' } }, known))).toBe('accepted');
  });

  it('refuses another cell, another run, an unknown type, a late message with nothing in it, and non-objects', () => {
    const known = (cell: string, run: number) => cell === 'a/0' && run === 7;
    expect(reason(checkSupervisorReport({ type: 'result', cell: 'a/1', run: 7, result: goodRun(), refused: 0 }, known))).toBe(
      'cell: no cell "a/1" is waiting for run 7',
    );
    expect(reason(checkSupervisorReport({ type: 'result', cell: 'a/0', run: 6, result: goodRun(), refused: 0 }, known))).toBe(
      'cell: no cell "a/0" is waiting for run 6',
    );
    expect(reason(checkSupervisorReport({ type: 'alert', cell: 'a/0', run: 7 }, known))).toBe('type: not one of ready, progress, result, late');
    expect(reason(checkSupervisorReport({ type: 'late', cell: 'a/0', run: 7 }, known))).toBe('late: neither a log nor an error');
    expect(reason(checkSupervisorReport('<b>', anyCell))).toBe('message: not an object');
    expect(reason(checkSupervisorReport(null, anyCell))).toBe('message: not an object');
  });

  it('refuses a message whose getters throw, with a reason instead of an exception', () => {
    const hostile = {
      type: 'result',
      cell: 'a/0',
      run: 1,
      get result(): never {
        throw new Error('boom');
      },
    };
    expect(reason(checkSupervisorReport(hostile, anyCell))).toMatch(/^unreadable message/);
  });
});

describe('checkWorkerReport and checkPageRequest', () => {
  it('accepts what a worker sends and refuses the rest', () => {
    expect(reason(checkWorkerReport({ type: 'beat', run: 3, elapsedMs: 200, line: 9 }))).toBe('accepted');
    expect(reason(checkWorkerReport({ type: 'result', run: 3, result: goodRun() }))).toBe('accepted');
    expect(reason(checkWorkerReport({ type: 'result', run: 1.5, result: goodRun() }))).toBe('run: not a whole number in [0, 9007199254740991]');
    expect(reason(checkWorkerReport({ type: 'late', run: 3, error: { kind: 'rejection', message: 'x' } }))).toBe('accepted');
  });

  it('rebuilds slider values as a null-prototype record of finite numbers', () => {
    const checked = checkPageRequest({ type: 'run', cell: 'a/0', run: 1, fresh: true, request: { source: 'display(1)', sliderValues: { w: 2 } } });
    expect(checked.ok && Object.getPrototypeOf(checked.value.type === 'run' ? checked.value.request.sliderValues : {})).toBeNull();
    expect(reason(checkPageRequest({ type: 'run', cell: 'a/0', run: 1, request: { source: '', sliderValues: { w: 'NaN' } } }))).toBe(
      'request.sliderValues.w: not a finite number',
    );
    expect(reason(checkPageRequest({ type: 'run', cell: 'a/0', run: 1, request: { source: '', sliderValues: JSON.parse('{"__proto__": 1}') } }))).toBe(
      'request.sliderValues: not a usable slider label',
    );
  });
});
