/**
 * Text form of a value a cell displays or logs: short, readable, and bounded, so that
 * displaying a million-element array cannot flood the page.
 */
export interface FormatOptions {
  /** Items shown from an array or object before "… N more". */
  maxItems?: number;
  /** Nesting shown before "…". */
  maxDepth?: number;
  /** Significant digits of non-integers. */
  digits?: number;
}

/**
 * @example formatValue([0.7310585786300049, 2]) // "[0.731059, 2]"
 * @example formatValue({ slope: 0.5, bias: -1 }) // "{ slope: 0.5, bias: -1 }"
 */
export function formatValue(value: unknown, options: FormatOptions = {}): string {
  const { maxItems = 20, maxDepth = 3, digits = 6 } = options;
  const seen = new Set<object>();
  const format = (v: unknown, depth: number, top: boolean): string => {
    if (typeof v === 'number') return formatNumber(v, digits);
    if (typeof v === 'string') return top ? v : JSON.stringify(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'function') return `ƒ ${v.name || 'anonymous'}(${v.length === 0 ? '' : '…'})`;
    if (v === null || typeof v !== 'object') return String(v);
    if (v instanceof Error) return `${v.name}: ${v.message}`;
    if (seen.has(v)) return '[circular]';
    if (depth >= maxDepth) return Array.isArray(v) ? `[… ${v.length} items]` : '{…}';
    seen.add(v);
    try {
      if (Array.isArray(v) || ArrayBuffer.isView(v)) {
        const items = Array.from(v as ArrayLike<unknown>);
        return `[${listed(
          items.map((item) => item),
          maxItems,
          (item) => format(item, depth + 1, false),
        )}]`;
      }
      if (v instanceof Map) {
        return `Map(${v.size}) {${listed([...v], maxItems, ([k, item]) => `${format(k, depth + 1, false)} => ${format(item, depth + 1, false)}`)}}`;
      }
      if (v instanceof Set) return `Set(${v.size}) {${listed([...v], maxItems, (item) => format(item, depth + 1, false))}}`;
      const entries = Object.entries(v);
      if (entries.length === 0) return '{}';
      return `{ ${listed(entries, maxItems, ([k, item]) => `${safeKey(k)}: ${format(item, depth + 1, false)}`)} }`;
    } finally {
      seen.delete(v);
    }
  };
  return format(value, 0, true);
}

/**
 * Integers as they are, other numbers to `digits` significant digits.
 * @example formatNumber(1 / 3) // "0.333333"
 */
export function formatNumber(x: number, digits = 6): string {
  if (!Number.isFinite(x) || Number.isInteger(x)) return Object.is(x, -0) ? '0' : String(x);
  const abs = Math.abs(x);
  const text = abs !== 0 && (abs < 1e-4 || abs >= 1e9) ? x.toExponential(digits - 1) : x.toPrecision(digits);
  return text.replace(/(\.\d*?)0+(e|$)/, '$1$2').replace(/\.(e|$)/, '$1');
}

function listed<T>(items: T[], maxItems: number, show: (item: T) => string): string {
  const shown = items.slice(0, maxItems).map(show);
  if (items.length > maxItems) shown.push(`… ${items.length - maxItems} more`);
  return shown.join(', ');
}

function safeKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

/**
 * A duration as a reader would write it.
 * @example formatDuration(3.24) // "3.2 ms"
 * @example formatDuration(510.4) // "510 ms"
 * @example formatDuration(2345) // "2.3 s"
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '? ms';
  if (ms < 10) return `${Number(ms.toFixed(1))} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 10_000) return `${Number((ms / 1000).toFixed(1))} s`;
  return `${Math.round(ms / 1000)} s`;
}
