/** Shared links (client/share.ts, client/share-link.ts): round trip, size, and every way a payload can be bad. */
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { readShared, shareFragment, shareLimits } from '../../../src/cells/client/share';
import { sharedCellIn } from '../../../src/cells/client/share-link';

const pack = (value: unknown) => compressToEncodedURIComponent(typeof value === 'string' ? value : JSON.stringify(value));
const problem = (payload: string) => {
  const read = readShared(payload);
  return read.ok ? undefined : read.problem;
};

describe('shared links', () => {
  it('round-trip a cell: code, sliders and the version it was made from', () => {
    const code = "const w = slider({ label: 'w (weight)', min: -5, max: 5, value: 2 });\ndisplay(w + 1);\n".repeat(3);
    const fragment = shareFragment('articles/shift/0', { base: '0123abcd', code, sliders: { 'w (weight)': 3.5 } });
    const link = sharedCellIn(`#${fragment}`)!;
    expect(link.cell).toBe('articles/shift/0');
    expect(readShared(link.payload)).toEqual({ ok: true, shared: { base: '0123abcd', code, sliders: { 'w (weight)': 3.5 } } });
    // A typical edited cell makes a short link.
    expect(fragment.length).toBeLessThan(500);
  });

  it('leave the code out when it is the article’s', () => {
    const link = sharedCellIn(`#${shareFragment('a/1', { base: '0123abcd', sliders: { b: -1 } })}`)!;
    expect(readShared(link.payload)).toEqual({ ok: true, shared: { base: '0123abcd', sliders: { b: -1 } } });
  });

  it('a fragment that shares nothing is not a link', () => {
    expect(sharedCellIn('')).toBeUndefined();
    expect(sharedCellIn('#what-the-bias-adds')).toBeUndefined();
    expect(sharedCellIn('#share=abc')).toBeUndefined();
  });

  it.each([
    ['too long', 'A'.repeat(shareLimits.payloadChars + 1), /at most 20,000/],
    ['not compressed', '%%%not-lz%%%', /damaged/],
    ['not JSON', pack('{oops'), /damaged \(its contents are not readable\)/],
    ['an array', pack([1, 2]), /not a shared cell/],
    ['another version', pack({ v: 2, base: '0123abcd', sliders: {} }), /another version/],
    ['no base', pack({ v: 1, sliders: {} }), /which version of the cell/],
    ['code not text', pack({ v: 1, base: '0123abcd', sliders: {}, code: { toString: 1 } }), /code is not text/],
    ['huge code', pack({ v: 1, base: '0123abcd', sliders: {}, code: 'x'.repeat(shareLimits.codeChars + 1) }), /may have 50,000/],
    ['a prototype label', '', /unusable label/],
    ['a NaN value', pack('{"v":1,"base":"0123abcd","sliders":{"b":"NaN"}}'), /"b" is not a finite number/],
  ])('refuse a payload that is %s, saying why', (_, payload, message) => {
    const bad = payload || pack('{"v":1,"base":"0123abcd","sliders":{"__proto__":1}}');
    expect(problem(bad)).toMatch(message);
  });

  it('keep a script payload as text: it is code for the sandbox, nothing more', () => {
    const code = '</script><img src=x onerror=alert(1)>';
    const read = readShared(sharedCellIn(`#${shareFragment('a/0', { base: '0123abcd', code, sliders: {} })}`)!.payload);
    expect(read).toEqual({ ok: true, shared: { base: '0123abcd', code, sliders: {} } });
  });
});
