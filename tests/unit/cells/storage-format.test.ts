import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSaved, parseSaved, save, storageKey } from '../../../src/cells/client/storage';
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
}

describe('saved edits', () => {
  it('round-trips', () => {
    const storage = new MemoryStorage() as unknown as Storage;
    save('a/0', { code: 'display(1)', sliders: { w: 2 } }, storage);
    expect(loadSaved('a/0', storage)).toEqual({ saved: { code: 'display(1)', sliders: { w: 2 } } });
  });

  it('moves damaged data aside instead of losing it', () => {
    const memory = new MemoryStorage();
    memory.setItem(storageKey('a/0'), '{"code": 12');
    const result = loadSaved('a/0', memory as unknown as Storage);
    expect(result.saved).toBeUndefined();
    expect(result.problem).toMatch(/damaged/);
    expect(memory.getItem(`${storageKey('a/0')}:damaged`)).toBe('{"code": 12');
    expect(memory.getItem(storageKey('a/0'))).toBeNull();
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
