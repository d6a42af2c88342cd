/**
 * What the editor tells a reader about the names a cell can use: each export of the neuron
 * module with its signature and the first sentence of its doc comment, read from the module's
 * own source (so the help cannot drift from the code), and the cell's own helpers.
 */

export interface ApiEntry {
  name: string;
  /** How it is called, e.g. `stepPosition(w: number, b: number): number`, or its type for a constant. */
  signature: string;
  /** The first sentence of its doc comment. */
  doc: string;
  kind: 'function' | 'constant';
}

/** From the end of an opening bracket at `open`, the index of its match (or the text's end). */
function matching(text: string, open: number): number {
  const pairs: Record<string, string> = { '(': ')', '{': '}', '[': ']' };
  const stack: string[] = [];
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (pairs[c]) stack.push(pairs[c]!);
    else if (c === stack[stack.length - 1]) {
      stack.pop();
      if (stack.length === 0) return i;
    }
  }
  return text.length;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first sentence of a doc comment's text, without its tags (`@example`, `{@link x}` → `x`). */
export function firstSentence(comment: string): string {
  const prose = comment
    .split('\n')
    .map((line) => line.replace(/^\s*\*\s?/, ''))
    .join('\n')
    .split(/\n\s*@/)[0]!
    .replace(/\{@link\s+([^}\s]+)[^}]*\}/g, '$1');
  const text = squeeze(prose);
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/**
 * The documented value exports of some TypeScript sources.
 * @example moduleApi({ 'a.ts': '/** Adds. *\/\nexport function add(a: number, b: number): number { return a + b; }' })
 */
export function moduleApi(sources: Readonly<Record<string, string>>): ApiEntry[] {
  const entries: ApiEntry[] = [];
  for (const source of Object.values(sources)) {
    const pattern = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export\s+(?:async\s+)?(function|const)\s+([A-Za-z_$][\w$]*)/g;
    for (const match of source.matchAll(pattern)) {
      const [whole, comment, keyword, name] = match as unknown as [string, string, string, string];
      const after = match.index + whole.length;
      let signature: string;
      if (keyword === 'function') {
        const open = source.indexOf('(', after);
        const close = matching(source, open);
        const returns = /^\s*:\s*([^{]+?)\s*\{/.exec(source.slice(close + 1));
        signature = squeeze(`${name}${source.slice(open, close + 1)}${returns ? `: ${returns[1]}` : ''}`);
      } else {
        const type = /^\s*:\s*([^=]+?)\s*=/.exec(source.slice(after));
        signature = squeeze(`${name}${type ? `: ${type[1]}` : ''}`);
      }
      entries.push({ name, signature, doc: firstSentence(comment), kind: keyword === 'function' ? 'function' : 'constant' });
    }
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name));
}

/** The names every cell has without importing them (runtime.ts passes them in). */
export const cellHelpers: ApiEntry[] = [
  { name: 'display', kind: 'function', signature: 'display(value)', doc: 'Shows a figure (a Plot figure or any node) or a value as text under the cell.' },
  {
    name: 'slider',
    kind: 'function',
    signature: 'slider({ label, min, max, step, value }): number',
    doc: 'Adds a labelled slider and returns its value; moving it reruns the cell.',
  },
  {
    name: 'goal',
    kind: 'function',
    signature: 'goal(text, check, { hint, solution }): boolean',
    doc: 'Sets an exercise goal, checked on every run and shown under the sliders.',
  },
  {
    name: 'drag',
    kind: 'function',
    signature: "drag(figure, { slider, axis = 'x', scale = 1, offset = 0 })",
    doc: 'Lets the reader drag the figure to set a slider: slider = scale · value + offset.',
  },
];
