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
  /**
   * The modules a cell may import, by specifier (e.g. `neuron`, `@observablehq/plot`), each
   * with the names it exports: a named import the module lacks is an error at its line, as
   * it would be for a real ES module, not a silent `undefined`.
   */
  modules: Readonly<Record<string, readonly string[]>>;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

type AnyNode = Node & Record<string, unknown>;

const loopTypes = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/**
 * @example
 * transformCell('import { sigmoid } from "neuron";\nwhile (x) x--;', { modules: { neuron: ['sigmoid'] } })
 * // 'const { sigmoid } = __cellImport("neuron");\nwhile (x) {__cellLoopGuard(2);x--;}'
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
    } else if (loopTypes.has(node.type)) edits.push(...guardLoop(node));
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

function rewriteImport(node: AnyNode, source: string, modules: TransformOptions['modules']): Edit {
  const specifier = String((node.source as AnyNode).value);
  const exported = Object.hasOwn(modules, specifier) ? modules[specifier]! : undefined;
  if (!exported) {
    const known = Object.keys(modules)
      .map((m) => `"${m}"`)
      .join(' and ');
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
      if (!exported.includes(name)) throw errorAt(source, spec.start, 'import', missingExport(specifier, name, exported));
      const key = /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
      named.push(name === local ? local : `${key}: ${local}`);
    }
  }
  if (named.length > 0) statements.push(`const { ${named.join(', ')} } = ${lookup};`);
  if (statements.length === 0) statements.push(`${lookup};`);
  return { start: node.start, end: node.end, text: keepLines(source.slice(node.start, node.end), statements.join(' ')) };
}

/** `"neuron" has no export named "sigmod"; did you mean "sigmoid"?` */
function missingExport(specifier: string, name: string, exported: readonly string[]): string {
  const closest = exported
    .map((candidate) => ({ candidate, distance: editDistance(name.toLowerCase(), candidate.toLowerCase()) }))
    .sort((a, b) => a.distance - b.distance)[0];
  const hint = closest && closest.distance <= Math.max(2, name.length / 3) ? `; did you mean "${closest.candidate}"?` : '';
  return `"${specifier}" has no export named "${name}"${hint}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A guard call at the top of the loop body, with the loop's line so a long run can say where
 * it is; a body without braces gets them.
 */
function guardLoop(loop: AnyNode): Edit[] {
  const body = loop.body as AnyNode;
  const line = (loop.loc as { start: { line: number } }).start.line;
  const call = `${runtimeNames.loopGuard}(${line});`;
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
