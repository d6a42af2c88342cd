/**
 * Numbers as the articles' prose prints them: a real minus sign, no "−0", rounded to what a
 * reader needs. Every facts module formats through these, so one number reads the same on
 * every page.
 */

const superscript: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Fixed decimals and a real minus sign: dec(-3.114, 1) is "−3.1", dec(-0.001, 1) is "0.0". */
export const dec = (x: number, decimals = 1): string => {
  const text = x.toFixed(decimals);
  return Number(text) === 0 ? text.replace('-', '') : text.replace('-', '−');
};

/** A fraction as a whole percentage: pct(0.65) is "65 %". */
export const pct = (x: number): string => `${Math.round(100 * x)} %`;

/** An integer with thousands separators: int(30720) is "30,720". */
export const int = (n: number): string => n.toLocaleString('en');

/** 10 to an integer power, with a superscript: tenTo(-15) is "10⁻¹⁵". */
export const tenTo = (exponent: number): string => `10${[...String(exponent)].map((c) => superscript[c]).join('')}`;

/**
 * `digits` significant digits (trailing zeros kept), a real minus sign, and "m × 10⁻ᵏ" below
 * 0.001; numbers with more than `digits` digits before the point are rounded to a whole number.
 * @example sig(0.04512) // "0.045"; sig(0.0000452) // "4.5 × 10⁻⁵"
 */
export function sig(x: number, digits = 2): string {
  if (x === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(x)));
  if (exponent < -3) return `${dec(x / 10 ** exponent, digits - 1)} × ${tenTo(exponent)}`;
  return dec(x, Math.max(0, digits - 1 - exponent));
}
