/**
 * The markup of a cell's results (src/cells/view.ts), and its parity with the DOM the browser
 * builds after a rerun (src/cells/client/render.ts), under a jsdom window.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LogEntry, CellOutput, SliderSpec } from '../../../src/cells/runtime';
import { consoleHtml, escapeHtml, outputsHtml, sliderId, sliderValueText, slidersHtml, statusText } from '../../../src/cells/view';

type Render = typeof import('../../../src/cells/client/render');

const slider = (label: string, min = 0, max = 1, step = 0.1, value = 0.5): SliderSpec => ({ label, min, max, step, value });

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });

  it('leaves other text alone, including entities-to-be and non-ASCII', () => {
    expect(escapeHtml('σ(x) = 1 / (1 + e^-x) — ok')).toBe('σ(x) = 1 / (1 + e^-x) — ok');
    expect(escapeHtml('')).toBe('');
    expect(escapeHtml('&amp;')).toBe('&#38;amp;');
  });
});

describe('outputsHtml', () => {
  it('writes text in <pre class="cell-text">, escaped', () => {
    expect(outputsHtml([{ kind: 'text', text: '2' }])).toBe('<pre class="cell-text">\n2</pre>');
    expect(outputsHtml([{ kind: 'text', text: '<script>alert(1)</script>' }])).toBe('<pre class="cell-text">\n&#60;script&#62;alert(1)&#60;/script&#62;</pre>');
  });

  it('wraps figure markup in <div class="cell-figure">, as it is', () => {
    const html = '<svg class="plot"><path d="M0,0"></path></svg>';
    expect(outputsHtml([{ kind: 'html', html }])).toBe(`<div class="cell-figure">${html}</div>`);
  });

  it('keeps the outputs in order, with nothing between them', () => {
    const outputs: CellOutput[] = [
      { kind: 'text', text: 'a' },
      { kind: 'html', html: '<svg></svg>' },
      { kind: 'text', text: 'b & c' },
    ];
    expect(outputsHtml(outputs)).toBe('<pre class="cell-text">\na</pre><div class="cell-figure"><svg></svg></div><pre class="cell-text">\nb &#38; c</pre>');
    expect(outputsHtml([])).toBe('');
  });
});

describe('consoleHtml', () => {
  it('gives each line its level class, and warnings and errors a prefix for screen readers', () => {
    const logs: LogEntry[] = [
      { level: 'log', text: 'x = 1' },
      { level: 'info', text: 'note' },
      { level: 'warn', text: 'careful' },
      { level: 'error', text: 'broken' },
    ];
    expect(consoleHtml(logs)).toBe(
      '<li class="cell-log cell-log--log">x = 1</li>' +
        '<li class="cell-log cell-log--info">note</li>' +
        '<li class="cell-log cell-log--warn"><span class="sr-only">Warning: </span>careful</li>' +
        '<li class="cell-log cell-log--error"><span class="sr-only">Error: </span>broken</li>',
    );
  });

  it('escapes the logged text', () => {
    expect(consoleHtml([{ level: 'warn', text: '<img src=x onerror="x()">' }])).toBe(
      '<li class="cell-log cell-log--warn"><span class="sr-only">Warning: </span>&#60;img src=x onerror=&#34;x()&#34;&#62;</li>',
    );
    expect(consoleHtml([])).toBe('');
  });
});

describe('sliderId', () => {
  const idChars = /^[A-Za-z0-9_-]+$/;

  it('is made of [A-Za-z0-9_-] only, for any cell id and label', () => {
    expect(sliderId('articles/intercept/0', 'bias b')).toBe('articles_2f_intercept_2f_0-slider-bias_20_b');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (cellId, label) => idChars.test(sliderId(cellId, label))));
  });

  it('keeps letters, digits and hyphens as they are', () => {
    expect(sliderId('c-1', 'Ab-9')).toBe('c-1-slider-Ab-9');
  });

  it('gives different labels different ids, including labels differing only by punctuation', () => {
    const labels = ['w', 'w.', 'w,', 'w_', 'w-', 'w 1', 'w_1', 'w-1', 'w.1', 'w(1)', 'w[1]', 'w/1', 'w:1', '_', '_5f', 'b (bias)', 'b [bias]', 'σ', 'x²'];
    const ids = labels.map((label) => sliderId('articles/x/0', label));
    expect(new Set(ids).size).toBe(labels.length);
  });

  it('is one-to-one over printable ASCII labels', () => {
    const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 12 });
    fc.assert(
      fc.property(printable, printable, (a, b) => {
        fc.pre(a !== b);
        return sliderId('articles/x/0', a) !== sliderId('articles/x/0', b);
      }),
      { numRuns: 2000 },
    );
  });

  it('differs between cells for the same label', () => {
    expect(sliderId('articles/x/0', 'w')).not.toBe(sliderId('articles/x/1', 'w'));
    // Escapes of different lengths never run together.
    expect(sliderId('c', 'σ')).not.toBe(sliderId('c', '<3'));
    expect(sliderId('c', '.9')).not.toBe(sliderId('c', '\u02e9'));
    expect(sliderId('c', 'w₁')).not.toBe(sliderId('c', 'w 81'));
    expect(sliderId('articles/x/1', 'w')).not.toBe(sliderId('articles/y/1', 'w'));
  });
});

describe('slidersHtml', () => {
  it('writes a labelled range input and its shown value per slider', () => {
    const id = sliderId('c/0', 'w');
    expect(slidersHtml('c/0', [slider('w', -2, 2, 0.25, 0.5)])).toBe(
      `<div class="cell-slider"><label for="${id}">w</label>` +
        `<input type="range" id="${id}" name="w" min="-2" max="2" step="0.25" value="0.5">` +
        `<output for="${id}">0.5</output></div>`,
    );
  });

  it('shows the value to four significant digits, and escapes the label', () => {
    const html = slidersHtml('c/0', [slider('a < b & "c"', 0, 1, 0.000001, 0.123456)]);
    expect(html).toContain('<label for="c_2f_0-slider-a_20__3c__20_b_20__26__20__22_c_22_">a &#60; b &#38; &#34;c&#34;</label>');
    expect(html).toContain('name="a &#60; b &#38; &#34;c&#34;"');
    expect(html).toContain('value="0.123456"');
    expect(html).toContain(`>${sliderValueText(0.123456)}</output>`);
    expect(sliderValueText(0.123456)).toBe('0.1235');
  });

  it('keeps the declared order and writes nothing for no sliders', () => {
    const html = slidersHtml('c/0', [slider('b'), slider('a')]);
    expect(html.indexOf('name="b"')).toBeLessThan(html.indexOf('name="a"'));
    expect(html.match(/class="cell-slider"/g)).toHaveLength(2);
    expect(slidersHtml('c/0', [])).toBe('');
  });
});

describe('statusText', () => {
  it('describes an error, whatever else the run has', () => {
    expect(
      statusText({ error: { kind: 'runtime', message: 'x is not defined', line: 3, column: 7 }, duration: 12, logs: [{ level: 'warn', text: 'w' }] }),
    ).toBe('Error at line 3, column 7: x is not defined');
    expect(statusText({ error: { kind: 'syntax', message: 'Unexpected token' }, logs: [] })).toBe('Syntax error: Unexpected token');
  });

  it('gives the duration as formatDuration writes it', () => {
    expect(statusText({ duration: 510.4, logs: [] })).toBe('Ran in 510 ms.');
    expect(statusText({ duration: 2345, logs: [] })).toBe('Ran in 2.3 s.');
    expect(statusText({ duration: 3.24, logs: [] })).toBe('Ran in 3.2 ms.');
    expect(statusText({ duration: 42_000, logs: [] })).toBe('Ran in 42 s.');
    expect(statusText({ logs: [] })).toBe('Ran.');
  });

  it('counts warnings only, in singular and plural', () => {
    const log = (level: LogEntry['level']): LogEntry => ({ level, text: level });
    expect(statusText({ duration: 5, logs: [log('log'), log('warn'), log('error'), log('info')] })).toBe('Ran in 5 ms, 1 warning.');
    expect(statusText({ duration: 5, logs: [log('warn'), log('warn'), log('warn')] })).toBe('Ran in 5 ms, 3 warnings.');
    expect(statusText({ logs: [log('warn'), log('warn')] })).toBe('Ran, 2 warnings.');
    expect(statusText({ duration: 5, logs: [log('error')] })).toBe('Ran in 5 ms.');
  });
});

describe('client/render.ts builds the same markup with the DOM', () => {
  const saved = { window: Reflect.get(globalThis, 'window'), document: Reflect.get(globalThis, 'document') };
  let render: Render;
  let document: Document;

  beforeAll(async () => {
    const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html?: string) => { window: Window & typeof globalThis } };
    const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>');
    document = window.document;
    Object.assign(globalThis, { window, document });
    render = await import('../../../src/cells/client/render');
  });

  afterAll(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(globalThis, name);
      else Reflect.set(globalThis, name, value);
    }
  });

  /** Markup as the DOM serializes it, so that `&#38;` and `&amp;` compare equal. */
  const normalized = (html: string) => {
    const holder = document.createElement('div');
    holder.innerHTML = html;
    return holder.innerHTML;
  };
  const serialized = (fragment: DocumentFragment) => {
    const holder = document.createElement('div');
    holder.append(fragment);
    return holder.innerHTML;
  };
  const newContainer = () => {
    const container = document.createElement('div');
    document.body.append(container);
    return container;
  };
  const inputsOf = (container: HTMLElement) => Array.from(container.querySelectorAll('input'));

  it('updateSliders on an empty container writes exactly slidersHtml', () => {
    const sliders = [slider('w', -2, 2, 0.25, 0.5), slider('bias b', 0, 10, 1, 3), slider('rate', 0, 1, 0.000001, 0.123456)];
    const container = newContainer();
    render.updateSliders(container, 'articles/x/0', sliders);
    expect(container.innerHTML).toBe(slidersHtml('articles/x/0', sliders));
  });

  it('updateSliders matches slidersHtml for labels that need escaping', () => {
    const sliders = [slider(`a < b & "c" 'd'`), slider('σ (x)')];
    const container = newContainer();
    render.updateSliders(container, 'articles/x/1', sliders);
    expect(container.innerHTML).toBe(normalized(slidersHtml('articles/x/1', sliders)));
    expect(container.querySelector('label')!.textContent).toBe(`a < b & "c" 'd'`);
  });

  it('outputNodes of text equals outputsHtml of it', () => {
    const plain: CellOutput[] = [
      { kind: 'text', text: '42' },
      { kind: 'text', text: '[0.731059, 2]' },
    ];
    // Parsed, the static form's leading newline after <pre> is dropped, as the browser does.
    expect(serialized(render.outputNodes(plain, 'c0-'))).toBe(normalized(outputsHtml(plain)));
    const leading: CellOutput[] = [{ kind: 'text', text: '\nfirst line blank' }];
    expect(serialized(render.outputNodes(leading, 'c0-'))).toBe(normalized(outputsHtml(leading)));
    const tricky: CellOutput[] = [{ kind: 'text', text: `<b>"x" & 'y'</b>` }];
    expect(serialized(render.outputNodes(tricky, 'c0-'))).toBe(normalized(outputsHtml(tricky)));
  });

  it('outputNodes wraps a figure in the same div as outputsHtml, through the sanitizer', () => {
    const figure = '<svg class="plot" viewBox="0 0 10 10"><path d="M0,0L5,5"></path></svg>';
    expect(serialized(render.outputNodes([{ kind: 'html', html: figure }], 'c0-'))).toBe(outputsHtml([{ kind: 'html', html: figure }]));
    const hostile = serialized(render.outputNodes([{ kind: 'html', html: '<svg onload="x()"><style>a{}</style><path d="M0,0"></path></svg>' }], 'c0-'));
    expect(hostile).toBe('<div class="cell-figure"><svg><path d="M0,0"></path></svg></div>');
  });

  it('logNodes equals consoleHtml', () => {
    const logs: LogEntry[] = [
      { level: 'log', text: 'x = 1' },
      { level: 'info', text: 'note' },
      { level: 'warn', text: 'careful' },
      { level: 'error', text: 'broken' },
    ];
    expect(serialized(render.logNodes(logs))).toBe(consoleHtml(logs));
    const tricky: LogEntry[] = [{ level: 'warn', text: `<img src=x onerror="x()"> & 'q'` }];
    expect(serialized(render.logNodes(tricky))).toBe(normalized(consoleHtml(tricky)));
  });

  it('keeps the same input when a rerun declares the same label with new bounds', () => {
    const container = newContainer();
    render.updateSliders(container, 'c/0', [slider('w', 0, 1, 0.1, 0.5)]);
    const [input] = inputsOf(container);
    const row = container.firstElementChild;
    render.updateSliders(container, 'c/0', [slider('w', -5, 5, 0.5, 2)]);
    expect(inputsOf(container)).toEqual([input]);
    expect(inputsOf(container)[0]).toBe(input);
    expect(container.firstElementChild).toBe(row);
    expect([input!.min, input!.max, input!.step, input!.value]).toEqual(['-5', '5', '0.5', '2']);
    expect(container.querySelector('output')!.textContent).toBe('2');
  });

  it("leaves a focused input's value to the reader, and shows that value", () => {
    const container = newContainer();
    render.updateSliders(container, 'c/0', [slider('w', 0, 1, 0.1, 0.5)]);
    const input = inputsOf(container)[0]!;
    input.focus();
    expect(document.activeElement).toBe(input);
    input.value = '0.9';
    render.updateSliders(container, 'c/0', [slider('w', 0, 2, 0.1, 0.2)]);
    expect(input.value).toBe('0.9');
    expect(input.max).toBe('2');
    expect(container.querySelector('output')!.textContent).toBe('0.9');
    input.blur();
  });

  it('removes the row of a label that is no longer declared', () => {
    const container = newContainer();
    render.updateSliders(container, 'c/0', [slider('a'), slider('b'), slider('c')]);
    const [a, , c] = inputsOf(container);
    render.updateSliders(container, 'c/0', [slider('a'), slider('c')]);
    expect(inputsOf(container).map((i) => i.name)).toEqual(['a', 'c']);
    expect(inputsOf(container)[0]).toBe(a);
    expect(inputsOf(container)[1]).toBe(c);
    expect(container.querySelectorAll('.cell-slider')).toHaveLength(2);
    render.updateSliders(container, 'c/0', []);
    expect(container.innerHTML).toBe('');
  });

  it('orders rows as declared, moving the existing ones and adding new ones in place', () => {
    const container = newContainer();
    render.updateSliders(container, 'c/0', [slider('a'), slider('b'), slider('c')]);
    const [a, b, c] = inputsOf(container);
    render.updateSliders(container, 'c/0', [slider('c'), slider('new'), slider('a'), slider('b')]);
    const inputs = inputsOf(container);
    expect(inputs.map((i) => i.name)).toEqual(['c', 'new', 'a', 'b']);
    expect(inputs[0]).toBe(c);
    expect(inputs[2]).toBe(a);
    expect(inputs[3]).toBe(b);
    expect(container.innerHTML).toBe(slidersHtml('c/0', [slider('c'), slider('new'), slider('a'), slider('b')]));
  });

  it('turns a container written by slidersHtml into the declared rows without replacing kept inputs', () => {
    const container = newContainer();
    container.innerHTML = slidersHtml('c/0', [slider('a'), slider('b')]);
    const b = inputsOf(container)[1];
    render.updateSliders(container, 'c/0', [slider('b', 0, 3, 1, 1)]);
    expect(inputsOf(container)).toHaveLength(1);
    expect(inputsOf(container)[0]).toBe(b);
    // The live value is a property: the value attribute (the default) keeps what the page had.
    expect([b!.min, b!.max, b!.step, b!.valueAsNumber]).toEqual(['0', '3', '1', 1]);
    expect(container.querySelector('output')!.textContent).toBe('1');
    expect(container.querySelector('label')!.getAttribute('for')).toBe(b!.id);
  });

  it('drops a duplicated row for one label', () => {
    const container = newContainer();
    container.innerHTML = slidersHtml('c/0', [slider('a'), slider('a')]);
    const first = inputsOf(container)[0];
    render.updateSliders(container, 'c/0', [slider('a')]);
    expect(inputsOf(container)).toHaveLength(1);
    expect(inputsOf(container)[0]).toBe(first);
  });
});
