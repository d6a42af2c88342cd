import { describe, expect, it } from 'vitest';
import { dec, int, pct, sig, tenTo } from './prose-numbers';

describe('numbers in prose', () => {
  it('dec: fixed decimals, a real minus, never −0', () => {
    expect(dec(-3.114, 1)).toBe('−3.1');
    expect(dec(2.25, 0)).toBe('2');
    expect(dec(-0.001, 1)).toBe('0.0');
    expect(dec(-0, 2)).toBe('0.00');
  });

  it('sig: significant digits, scientific below 0.001', () => {
    expect(sig(0.04512)).toBe('0.045');
    expect(sig(4.387)).toBe('4.4');
    expect(sig(-0.2689)).toBe('−0.27');
    expect(sig(123.4)).toBe('123');
    expect(sig(0.0000454)).toBe('4.5 × 10⁻⁵');
    expect(sig(3.06e-7)).toBe('3.1 × 10⁻⁷');
    expect(sig(0)).toBe('0');
  });

  it('pct, int, tenTo', () => {
    expect(pct(0.654)).toBe('65 %');
    expect(int(30720)).toBe('30,720');
    expect(tenTo(-15)).toBe('10⁻¹⁵');
    expect(tenTo(8)).toBe('10⁸');
  });
});
