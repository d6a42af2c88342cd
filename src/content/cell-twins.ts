/**
 * A translated cell must run the same program as its English twin: only the words a reader
 * sees may differ. Both cells are parsed, and their syntax trees compared node by node, with
 * three allowances:
 * - a string may differ when the translated one is written in Chinese (a caption, a label),
 *   and so may an object's key (`{ seed: 3 }` naming a slider may become `{ '隨機種子': 3 }`);
 * - a template literal's text may differ the same way, and its `${…}` parts may come in
 *   another order, since Chinese puts a sentence's parts in another order;
 * - comments do not count.
 * Anything else (a number, a name, an operator, a string such as `'x'` or `'neuron'`) must
 * be the same, so a translation cannot drift from the code the English page runs.
 */
import { parse } from 'acorn';

/** A character of the CJK ideographs blocks: what makes a string a translation. */
const chinese = /[\u3400-\u9fff\uf900-\ufaff]/u;
const positionKeys = new Set(['start', 'end', 'loc', 'range', 'raw']);

type Node = { type: string; [key: string]: unknown };

/** The differences between a cell and its translation, each saying where; empty when they are twins. */
export function cellTwinDifferences(original: string, translation: string): string[] {
  let a: Node, b: Node;
  try {
    a = parseCell(original);
    b = parseCell(translation);
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`];
  }
  const differences: string[] = [];
  compare(a, b, 'program', differences, original, translation);
  return differences;
}

function parseCell(code: string): Node {
  return parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true }) as unknown as Node;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** The node with every string and template text blanked: what must match exactly. */
export function shape(value: unknown): string {
  return JSON.stringify(value, (key, v) => {
    if (positionKeys.has(key)) return undefined;
    if (isNode(v) && v.type === 'Literal' && typeof v.value === 'string') return { type: 'Literal', value: '' };
    if (isNode(v) && v.type === 'TemplateElement') return { type: 'TemplateElement' };
    if (isNode(v) && v.type === 'TemplateLiteral') {
      return { type: 'TemplateLiteral', expressions: [...(v.expressions as Node[])].map(shape).sort() };
    }
    return v;
  });
}

function lineOf(code: string, node: Node): number {
  return code.slice(0, node.start as number).split('\n').length;
}

function compare(a: unknown, b: unknown, where: string, out: string[], codeA: string, codeB: string): void {
  if (!isNode(a) || !isNode(b)) {
    if (Array.isArray(a) && Array.isArray(b)) {
      if (a.length !== b.length) out.push(`${where}: ${a.length} items in the original, ${b.length} in the translation`);
      else a.forEach((item, i) => compare(item, b[i], `${where}[${i}]`, out, codeA, codeB));
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      out.push(`${where}: ${JSON.stringify(a)} in the original, ${JSON.stringify(b)} in the translation`);
    }
    return;
  }
  const at = `line ${lineOf(codeB, b)} of the translation`;
  if (a.type !== b.type) {
    out.push(`${at}: ${b.type} where the original (line ${lineOf(codeA, a)}) has ${a.type}`);
    return;
  }
  if (a.type === 'Literal' && typeof a.value === 'string' && typeof b.value === 'string') {
    if (a.value !== b.value && !chinese.test(b.value)) out.push(`${at}: the string ${JSON.stringify(b.value)} differs from ${JSON.stringify(a.value)} and is not Chinese`);
    return;
  }
  if (a.type === 'TemplateLiteral') {
    const textA = (a.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join('${}');
    const textB = (b.quasis as Node[]).map((q) => (q.value as { cooked: string }).cooked).join('${}');
    if (textA !== textB && !chinese.test(textB)) out.push(`${at}: the template text ${JSON.stringify(textB)} differs from the original and is not Chinese`);
    // The same parts, perhaps in another order: pair them by their shape.
    const partsA = [...(a.expressions as Node[])].sort((x, y) => shape(x).localeCompare(shape(y)));
    const partsB = [...(b.expressions as Node[])].sort((x, y) => shape(x).localeCompare(shape(y)));
    if (partsA.length !== partsB.length) out.push(`${at}: the template has ${partsB.length} \${…} parts, the original ${partsA.length}`);
    else partsA.forEach((part, i) => compare(part, partsB[i], where, out, codeA, codeB));
    return;
  }
  if (a.type === 'Property' && !a.computed && !b.computed) {
    // `{ seed: 3 }` may become `{ '隨機種子': 3 }`: a key names a slider by its label.
    const keyA = a.key as Node;
    const keyB = b.key as Node;
    const nameA = keyA.type === 'Identifier' ? keyA.name : keyA.value;
    const nameB = keyB.type === 'Identifier' ? keyB.name : keyB.value;
    if (nameA !== nameB && !(typeof nameB === 'string' && chinese.test(nameB))) out.push(`${at}: the key ${JSON.stringify(nameB)} differs from ${JSON.stringify(nameA)} and is not Chinese`);
    compare(a.value, b.value, `${where}.value`, out, codeA, codeB);
    return;
  }
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (positionKeys.has(key)) continue;
    compare(a[key], b[key], `${where}.${key}`, out, codeA, codeB);
  }
}
