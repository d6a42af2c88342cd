/**
 * The code editor: a CodeMirror 6 view of the cell's code, and a read-only tab with the neuron
 * module's source beside it. The cell runs in the site's own sandbox, not here: the editor
 * only edits text and passes it out.
 *
 * Why CodeMirror directly and not Sandpack's editor (which is this same CodeMirror in React):
 * the cells use none of Sandpack but its editor, and the wrapper cost a reader who taps Edit
 * about 200 ms of React, Sandpack and CSS-in-JS start-up, and 90 KB gzipped, before the first
 * key could be typed (bench/cells.ts, editor ready with no hover).
 */
import { closeBrackets, closeBracketsKeymap, completionKeymap, completionStatus } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import type { CellErrorInfo } from '../errors';
import { codeTheme } from './code-theme';
import { cellCompletions } from './completions';
import { errorLineExtension, markErrorLine } from './error-line';
import { fileTabs } from './file-tabs';
import { styleNonce } from './style-nonce';

/** What the cell that owns the editor can do with it. */
export interface CellEditorHandle {
  setCode(code: string): void;
  markError(error: CellErrorInfo | undefined): void;
  focus(): void;
}

export interface EditorOptions {
  code: string;
  /** The editor region's accessible name, in the page's language. */
  label: string;
  /** The file tabs' accessible name, in the page's language. */
  filesLabel: string;
  onChange: (code: string) => void;
  onEscape: () => void;
}

// The neuron module's source, shown read-only beside the cell so readers can see what they
// import, and read for the completions' signatures and docs.
const neuronSources = import.meta.glob<string>('../../neuron/*.ts', { query: '?raw', import: 'default', eager: true });
const neuronSource = Object.entries(neuronSources)
  .sort(([a], [b]) => (a.endsWith('index.ts') ? -1 : b.endsWith('index.ts') ? 1 : a.localeCompare(b)))
  .map(([path, source]) => `// ─── neuron/${path.split('/').pop()} ───\n\n${source.trim()}\n`)
  .join('\n');

// CodeMirror's own <style> element carries the page policy's style nonce, or the browser drops it.
const nonce = styleNonce();

/** What both files share: how code looks and reads. */
const common: Extension[] = [
  lineNumbers(),
  highlightActiveLineGutter(),
  drawSelection(),
  bracketMatching(),
  EditorView.lineWrapping,
  codeTheme,
  ...(nonce ? [EditorView.cspNonce.of(nonce)] : []),
];

const cellExtensions: Extension[] = [
  ...common,
  javascript(),
  history(),
  indentOnInput(),
  closeBrackets(),
  highlightActiveLine(),
  errorLineExtension,
  ...cellCompletions(neuronSources),
  keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...historyKeymap, ...completionKeymap, indentWithTab]),
];

// The module is thousands of lines: it scrolls in a box of its own, which the keyboard can reach.
const neuronExtensions: Extension[] = [
  ...common,
  javascript({ typescript: true }),
  EditorState.readOnly.of(true),
  EditorView.editable.of(false),
  EditorView.contentAttributes.of({ tabindex: '0', 'aria-label': 'neuron.ts' }),
  EditorView.theme({ '&': { maxHeight: '32rem' }, '.cm-scroller': { overflow: 'auto' } }),
];

export function mountEditor(container: HTMLElement, options: EditorOptions): Promise<CellEditorHandle> {
  const region = document.createElement('div');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', options.label);
  container.append(region);

  let cell: EditorView | undefined;
  fileTabs(
    region,
    [
      {
        name: 'cell.js',
        create: (panel) => {
          cell = new EditorView({
            parent: panel,
            doc: options.code,
            extensions: [
              cellExtensions,
              EditorView.contentAttributes.of({ 'aria-label': options.label }),
              EditorView.updateListener.of((update) => {
                if (update.docChanged) options.onChange(update.state.doc.toString());
              }),
            ],
          });
        },
      },
      { name: 'neuron.ts', create: (panel) => void new EditorView({ parent: panel, doc: neuronSource, extensions: neuronExtensions }) },
    ],
    options.filesLabel,
  );
  const view = cell!;

  container.addEventListener(
    'keydown',
    (event) => {
      // Tab indents in the editor; Escape is the way out of it, once any completion list it
      // shows is closed (the first Escape closes that).
      if (event.key === 'Escape' && !completionStatus(view.state)) {
        event.preventDefault();
        event.stopPropagation();
        options.onEscape();
      }
    },
    true,
  );

  return Promise.resolve({
    setCode: (code) => {
      if (code !== view.state.doc.toString()) view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    markError: (error) => markErrorLine(view, error?.line),
    focus: () => {
      // Opened below the figure, the editor may start off screen: bring its cursor into view.
      view.focus();
      view.dispatch({ effects: EditorView.scrollIntoView(view.state.selection.main.head, { y: 'nearest', yMargin: 48 }) });
    },
  });
}
