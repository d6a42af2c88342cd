/**
 * The editor's knowledge of the API: completion of the cell helpers, the neuron module's
 * exports and Plot's common marks as the reader types, each with its signature and doc
 * sentence, and the same help on hover over a name. A neuron name that the cell does not
 * import yet is added to its `import { … } from 'neuron'` line when chosen.
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import type { Extension } from '@codemirror/state';
import { EditorView, hoverTooltip } from '@codemirror/view';
import { cellHelpers, moduleApi, type ApiEntry } from '../api-docs';
import { plotApi } from '../plot-api';

/** The signature and doc sentence of an entry, as the completion info and the hover show them. */
function helpNode(entry: ApiEntry, from: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'cm-cell-help';
  const signature = document.createElement('code');
  signature.textContent = entry.signature;
  const doc = document.createElement('p');
  doc.textContent = entry.doc;
  const source = document.createElement('small');
  source.textContent = from;
  box.append(signature, doc, source);
  return box;
}

/** Adds `name` to the cell's neuron import (or writes one), unless it is imported already. */
function importChange(view: EditorView, name: string): { from: number; insert: string } | undefined {
  const text = view.state.doc.toString();
  const line = /import\s*\{([^}]*)\}\s*from\s*['"]neuron['"]/.exec(text);
  if (!line) return /from\s*['"]neuron['"]/.test(text) ? undefined : { from: 0, insert: `import { ${name} } from 'neuron';\n` };
  const names = line[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]);
  if (names.includes(name)) return undefined;
  const close = line.index + line[0].indexOf('}');
  const before = text.slice(line.index, close).trimEnd();
  return { from: line.index + before.length, insert: before.endsWith(',') ? ` ${name}` : `, ${name}` };
}

export function cellCompletions(neuronSources: Readonly<Record<string, string>>): Extension[] {
  let neuron: ApiEntry[] | undefined;
  const neuronApi = () => (neuron ??= moduleApi(neuronSources));

  const option = (entry: ApiEntry, from: string, apply?: Completion['apply']): Completion => ({
    label: entry.name,
    type: entry.kind === 'function' ? 'function' : 'constant',
    detail: from,
    info: () => helpNode(entry, from),
    ...(apply ? { apply } : {}),
  });
  const neuronOption = (entry: ApiEntry) =>
    option(entry, 'neuron', (view, _completion, from, to) => {
      const extra = importChange(view, entry.name);
      const changes = [{ from, to, insert: entry.name }, ...(extra ? [extra] : [])];
      view.dispatch({ changes, selection: { anchor: from + entry.name.length + (extra && extra.from < from ? extra.insert.length : 0) } });
    });

  const source = (context: CompletionContext): CompletionResult | null => {
    const member = context.matchBefore(/Plot\.[\w$]*/);
    if (member) return { from: member.from + 'Plot.'.length, options: plotApi.map((e) => option(e, 'Plot')), validFor: /^[\w$]*$/ };
    const word = context.matchBefore(/[\w$]+/);
    if (!word || (word.from === word.to && !context.explicit)) return null;
    // After a dot the name belongs to some other object.
    if (context.state.sliceDoc(word.from - 1, word.from) === '.') return null;
    return { from: word.from, options: [...cellHelpers.map((e) => option(e, 'cell')), ...neuronApi().map(neuronOption)], validFor: /^[\w$]*$/ };
  };

  const hover = hoverTooltip((view, pos) => {
    const line = view.state.doc.lineAt(pos);
    let start = pos;
    let end = pos;
    while (start > line.from && /[\w$]/.test(line.text[start - line.from - 1]!)) start--;
    while (end < line.to && /[\w$]/.test(line.text[end - line.from]!)) end++;
    const name = line.text.slice(start - line.from, end - line.from);
    const afterPlot = line.text.slice(0, start - line.from).endsWith('Plot.');
    const found = afterPlot ? plotApi.find((e) => e.name === name) : (neuronApi().find((e) => e.name === name) ?? cellHelpers.find((e) => e.name === name));
    if (!found) return null;
    const from = afterPlot ? 'Plot' : cellHelpers.includes(found) ? 'cell' : 'neuron';
    return { pos: start, end, above: true, create: () => ({ dom: helpNode(found, from) }) };
  });

  const look = EditorView.baseTheme({
    '.cm-cell-help': { padding: '0.3rem 0.5rem', maxWidth: '32rem', fontSize: '90%' },
    '.cm-cell-help code': { display: 'block', whiteSpace: 'pre-wrap', fontFamily: 'var(--sl-font-mono, monospace)' },
    '.cm-cell-help p': { margin: '0.3rem 0 0.2rem' },
    '.cm-cell-help small': { opacity: '0.8' },
  });

  return [autocompletion({ override: [source], activateOnTyping: true }), hover, look];
}
