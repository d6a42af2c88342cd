/**
 * Turns a cell's source (an ES module) into the body of an async function the runtime can
 * call: imports become lookups in the runtime's module table, and every loop body calls a
 * guard so a stuck loop can be stopped. Edits never add or remove a line, so line and
 * column numbers in errors still point at the reader's code.
 */
import { parse, type Node } from 'acorn';
import { CellError, type CellErrorKind } from './errors';

/** Names the transformed code expects in scope (the runtime passes them as parameters). */
export const runtimeNames = {
  importModule: '__cellImport',
  importDynamic: '__cellImportDynamic',
  loopGuard: '__cellLoopGuard',
} as const;

export interface TransformOptions {
  /** Module specifiers a cell may import, e.g. `neuron` and `@observablehq/plot`. */
  modules: readonly string[];
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

type AnyNode = Node & Record<string, unknown>;

const loopTypes = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

/**
 * @example
 * transformCell('import { sigmoid } from "neuron";\nwhile (x) x--;', { modules: ['neuron'] })
 * // 'const { sigmoid } = __cellImport("neuron");\nwhile (x) {__cellLoopGuard();x--;}'
 */
export function transformCell(source: string, { modules }: TransformOptions): string {
  const program = parseCell(source);
  const edits: Edit[] = [];
  visit(program as AnyNode, (node) => {
    if (node.type === 'ImportDeclaration') edits.push(rewriteImport(node, source, modules));
    else if (node.type === 'ImportExpression') {
      edits.push({ start: node.start, end: node.start + 'import'.length, text: runtimeNames.importDynamic });
    } else if (node.type === 'ExportNamedDeclaration' || node.type === 'ExportDefaultDeclaration' || node.type === 'ExportAllDeclaration') {
      const declaration = node.declaration as AnyNode | null | undefined;
      if (node.type !== 'ExportNamedDeclaration' || !declaration) {
        throw errorAt(source, node.start, 'syntax', 'a cell does not export anything: show a value with display(value) instead');
      }
      edits.push({ start: node.start, end: declaration.start, text: '' });
    } else if (loopTypes.has(node.type)) edits.push(...guardLoop(node.body as AnyNode));
  });
  return applyEdits(source, edits);
}

/** Parses with the reader's positions, or throws a CellError with line and column. */
function parseCell(source: string): Node {
  try {
    return parse(source, {
      ecmaVersion: 'latest',
      sourceType: 'module',
      allowAwaitOutsideFunction: true,
      locations: true,
    });
  } catch (error) {
    const { message, loc } = error as SyntaxError & { loc?: { line: number; column: number } };
    throw new CellError('syntax', message.replace(/ \(\d+:\d+\)$/, ''), loc && { line: loc.line, column: loc.column + 1 });
  }
}

function rewriteImport(node: AnyNode, source: string, modules: readonly string[]): Edit {
  const specifier = String((node.source as AnyNode).value);
  if (!modules.includes(specifier)) {
    const known = modules.map((m) => `"${m}"`).join(' and ');
    throw errorAt(source, node.start, 'import', `cannot import "${specifier}": a cell can import ${known}`);
  }
  const lookup = `${runtimeNames.importModule}(${JSON.stringify(specifier)})`;
  const named: string[] = [];
  const statements: string[] = [];
  for (const spec of node.specifiers as AnyNode[]) {
    const local = (spec.local as AnyNode).name as string;
    if (spec.type === 'ImportNamespaceSpecifier') statements.push(`const ${local} = ${lookup};`);
    else if (spec.type === 'ImportDefaultSpecifier') statements.push(`const ${local} = ${lookup}.default;`);
    else {
      const imported = spec.imported as AnyNode;
      const name = (imported.name as string | undefined) ?? String(imported.value);
      const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
      named.push(name === local ? local : `${key}: ${local}`);
    }
  }
  if (named.length > 0) statements.push(`const { ${named.join(', ')} } = ${lookup};`);
  if (statements.length === 0) statements.push(`${lookup};`);
  return { start: node.start, end: node.end, text: keepLines(source.slice(node.start, node.end), statements.join(' ')) };
}

/** A guard call at the top of the loop body; a body without braces gets them. */
function guardLoop(body: AnyNode): Edit[] {
  const call = `${runtimeNames.loopGuard}();`;
  if (body.type === 'BlockStatement') return [{ start: body.start + 1, end: body.start + 1, text: call }];
  return [
    { start: body.start, end: body.start, text: `{${call}` },
    { start: body.end, end: body.end, text: '}' },
  ];
}

/** The replacement text followed by as many newlines as the replaced text had. */
function keepLines(replaced: string, text: string): string {
  return text + '\n'.repeat(replaced.split('\n').length - 1);
}

function applyEdits(source: string, edits: Edit[]): string {
  // Later edits first, so earlier offsets stay valid; at equal offsets keep document order.
  const ordered = edits.map((edit, index) => ({ edit, index }));
  ordered.sort((a, b) => b.edit.start - a.edit.start || b.index - a.index);
  let out = source;
  for (const { edit } of ordered) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

function visit(node: AnyNode, enter: (node: AnyNode) => void): void {
  enter(node);
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const child of value) if (isNode(child)) visit(child, enter);
    } else if (isNode(value)) visit(value, enter);
  }
}

function isNode(value: unknown): value is AnyNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

function errorAt(source: string, offset: number, kind: CellErrorKind, message: string): CellError {
  const before = source.slice(0, offset).split('\n');
  return new CellError(kind, message, { line: before.length, column: before[before.length - 1]!.length + 1 });
}
