import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, dropAside, loadSaved, parseSaved, save } from '../../../src/cells/client/storage';
import { keepsAnything, storageKey } from '../../../src/cells/client/storage-keys';
import { formatNumber, formatValue } from '../../../src/cells/format';

class MemoryStorage {
  map = new Map<string, string>();
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
}

describe('saved edits', () => {
  it("tells whether a cell keeps anything: edits, edits moved aside, a run mark; not another cell's", () => {
    const storage = new MemoryStorage() as unknown as Storage;
    expect(keepsAnything('a/1', storage)).toBe(false);
    storage.setItem(storageKey('a/10'), '{}');
    expect(keepsAnything('a/1', storage)).toBe(false);
    for (const key of [storageKey('a/1'), `${storageKey('a/1')}:earlier:2`, `${storageKey('a/1')}:running`]) {
      const alone = new MemoryStorage() as unknown as Storage;
      alone.setItem(key, 'x');
      expect(keepsAnything('a/1', alone)).toBe(true);
    }
    const blocked = {
      get length(): number {
        throw new Error('blocked');
      },
    } as unknown as Storage;
    expect(keepsAnything('a/1', blocked)).toBe(false);
  });

  it('round-trips', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    save('a/0', { code: 'display(1)', sliders: { w: 2 } }, storage);
    expect(loadSaved('a/0', 'original', storage)).toEqual({ saved: { code: 'display(1)', sliders: { w: 2 } } });
  });

  it('moves damaged data aside instead of losing it', () => {
    const memory = new MemoryStorage();
    memory.setItem(storageKey('a/0'), '{"code": 12');
    const result = loadSaved('a/0', 'original', memory as unknown as Storage);
    expect(result.saved).toBeUndefined();
    expect(result.problem).toMatch(/damaged/);
    expect(memory.getItem(`${storageKey('a/0')}:damaged`)).toBe('{"code": 12');
    expect(memory.getItem(storageKey('a/0'))).toBeNull();
  });

  it('keeps edits made to an earlier version of the cell aside, and shows the new code', () => {
    const memory = new MemoryStorage();
    const storage = memory as unknown as Storage;
    save('a/0', { code: 'my edit', sliders: { w: 3 }, base: codeFingerprint('old article code') }, storage);
    const raw = memory.getItem(storageKey('a/0'));
    const result = loadSaved('a/0', 'new article code', storage);
    expect(result.saved).toBeUndefined();
    expect(result.problem).toMatch(/changed since you edited it/);
    expect(result.earlier).toEqual({
      key: `${storageKey('a/0')}:earlier`,
      saved: { code: 'my edit', sliders: { w: 3 }, base: codeFingerprint('old article code') },
    });
    expect(memory.getItem(`${storageKey('a/0')}:earlier`)).toBe(raw);
    expect(memory.getItem(storageKey('a/0'))).toBeNull();
    // A second change never overwrites the first copy.
    save('a/0', { code: 'second edit', sliders: {}, base: codeFingerprint('new article code') }, storage);
    expect(loadSaved('a/0', 'newer code', storage).earlier?.key).toBe(`${storageKey('a/0')}:earlier:2`);
    expect(memory.getItem(`${storageKey('a/0')}:earlier`)).toBe(raw);
    dropAside(`${storageKey('a/0')}:earlier`, storage);
    expect(memory.getItem(`${storageKey('a/0')}:earlier`)).toBeNull();
  });

  it('carries slider positions alone over to a changed cell, and trusts saves from before fingerprints', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    save('a/0', { code: 'old code', sliders: { w: 3 }, base: codeFingerprint('old code') }, storage);
    expect(loadSaved('a/0', 'new code', storage)).toEqual({ saved: { code: 'new code', sliders: { w: 3 }, base: codeFingerprint('new code') } });
    save('a/1', { code: 'edit', sliders: {} }, storage);
    expect(loadSaved('a/1', 'anything', storage)).toEqual({ saved: { code: 'edit', sliders: {} } });
  });

  it('fingerprints code as eight hex digits that change with the code', () => {
    expect(codeFingerprint('display(1)')).toMatch(/^[0-9a-f]{8}$/);
    expect(codeFingerprint('display(1)')).toBe(codeFingerprint('display(1)'));
    expect(codeFingerprint('display(1)')).not.toBe(codeFingerprint('display(2)'));
    expect(parseSaved(JSON.stringify({ code: 'x', sliders: {}, base: 'not hex!' }))).toEqual({ code: 'x', sliders: {} });
  });

  it('never accepts anything but a code string and finite slider numbers (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseSaved(JSON.stringify(value));
        if (parsed) {
          expect(typeof parsed.code).toBe('string');
          for (const v of Object.values(parsed.sliders)) expect(Number.isFinite(v)).toBe(true);
        }
      }),
    );
    expect(parseSaved('{"code":"x","sliders":{"w":"NaN","b":1}}')).toEqual({ code: 'x', sliders: { b: 1 } });
  });

  it('reports a storage that refuses to save', () => {
    const full = {
      setItem() {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(save('a/0', { code: '', sliders: {} }, full)).toMatch(/could not be saved/);
  });
});

describe('formatValue', () => {
  it('shows numbers with six significant digits and integers as they are', () => {
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(2)).toBe('2');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(1e-7)).toBe('1e-7');
    expect(formatNumber(NaN)).toBe('NaN');
  });

  it('survives cycles and depth', () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = a;
    expect(formatValue(a)).toBe('{ x: 1, self: [circular] }');
    expect(formatValue([[[[1]]]])).toBe('[[[[… 1 items]]]]');
  });

  it('round-trips finite numbers to within the shown precision (property)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
        const shown = Number(formatNumber(x));
        expect(Math.abs(shown - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-5 + 1e-300);
      }),
    );
  });
});
