/**
 * The code editor: Sandpack's CodeMirror editor, and only that. No Sandpack preview, console
 * or bundler is mounted, so Sandpack starts no client and asks no host for anything; the
 * cell runs in the site's own sandbox instead.
 */
import { SandpackCodeEditor, SandpackProvider, useSandpack, type CodeEditorRef } from '@codesandbox/sandpack-react';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CellErrorInfo } from '../errors';
import { EditorView } from '@codemirror/view';
import { completionStatus } from '@codemirror/autocomplete';
import { cellCompletions } from './completions';
import { errorLineExtension, markErrorLine } from './error-line';
import { styleNonce } from './style-nonce';

/** What the cell that owns the editor can do with it. */
export interface CellEditorHandle {
  setCode(code: string): void;
  markError(error: CellErrorInfo | undefined): void;
  focus(): void;
}

const cellFile = '/cell.js';
const neuronFile = '/neuron.ts';

// CodeMirror's own <style> element carries the page policy's style nonce, or the browser drops it.
// Sandpack creates its view with no extensions and adds ours later, so the document's style
// element would be made (and refused) before it sees the nonce: a view that owns nothing makes
// it first, with the nonce.
const nonce = styleNonce();
if (nonce) new EditorView({ extensions: [EditorView.cspNonce.of(nonce)] }).destroy();

// The neuron module's source, shown read-only beside the cell so readers can see what they
// import, and read for the completions' signatures and docs.
const neuronSources = import.meta.glob<string>('../../neuron/*.ts', { query: '?raw', import: 'default', eager: true });
const extensions = [errorLineExtension, ...cellCompletions(neuronSources), ...(nonce ? [EditorView.cspNonce.of(nonce)] : [])];
const neuronSource = Object.entries(neuronSources)
  .sort(([a], [b]) => (a.endsWith('index.ts') ? -1 : b.endsWith('index.ts') ? 1 : a.localeCompare(b)))
  .map(([path, source]) => `// ─── neuron/${path.split('/').pop()} ───\n\n${source.trim()}\n`)
  .join('\n');

export interface EditorOptions {
  code: string;
  /** The editor region's accessible name, in the page's language. */
  label: string;
  onChange: (code: string) => void;
  onEscape: () => void;
}

type Theme = 'light' | 'dark';
const pageTheme = (): Theme => (document.documentElement.dataset.theme === 'light' ? 'light' : 'dark');

interface Bridge {
  setCode?: (code: string) => void;
  setError?: (error: CellErrorInfo | undefined) => void;
}

export function mountEditor(container: HTMLElement, options: EditorOptions): Promise<CellEditorHandle> {
  const bridge: Bridge = {};
  container.addEventListener(
    'keydown',
    (event) => {
      // CodeMirror keeps Tab for indentation; Escape is the way out of the editor, once any
      // completion list it shows is closed (the first Escape closes that).
      const view = EditorView.findFromDOM(container.querySelector<HTMLElement>('.cm-editor') ?? container);
      if (event.key === 'Escape' && !(view && completionStatus(view.state))) {
        event.preventDefault();
        event.stopPropagation();
        options.onEscape();
      }
    },
    true,
  );
  return new Promise((resolve) => {
    const ready = () =>
      resolve({
        setCode: (code) => bridge.setCode?.(code),
        markError: (error) => bridge.setError?.(error),
        focus: () => container.querySelector<HTMLElement>('.cm-content')?.focus(),
      });
    createRoot(container).render(<CellEditor {...options} bridge={bridge} onReady={ready} />);
  });
}

function CellEditor({ code, label, onChange, bridge, onReady }: EditorOptions & { bridge: Bridge; onReady: () => void }) {
  const [theme, setTheme] = useState<Theme>(pageTheme);
  const editor = useRef<CodeEditorRef>(null);
  // Sandpack resets its files whenever this prop changes: make it once, from the first code.
  const [files] = useState(() => ({ [cellFile]: { code }, [neuronFile]: { code: neuronSource, readOnly: true } }));
  useEffect(() => {
    const observer = new MutationObserver(() => setTheme(pageTheme()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    bridge.setError = (error: CellErrorInfo | undefined) => {
      const view = editor.current?.getCodemirror();
      if (view) markErrorLine(view, error?.line);
    };
    return () => observer.disconnect();
  }, [bridge]);
  return (
    <SandpackProvider files={files} options={{ activeFile: cellFile, visibleFiles: [cellFile, neuronFile] }} theme={theme}>
      <CodeSync onChange={onChange} bridge={bridge} onReady={onReady} />
      <div aria-label={label} role="region">
        <SandpackCodeEditor ref={editor} extensions={extensions} showTabs showLineNumbers wrapContent initMode="immediate" />
      </div>
    </SandpackProvider>
  );
}

/** Passes the reader's edits out, and Reset's code in. */
function CodeSync({ onChange, bridge, onReady }: { onChange: (code: string) => void; bridge: Bridge; onReady: () => void }) {
  const { sandpack } = useSandpack();
  const code = sandpack.files[cellFile]?.code ?? '';
  useEffect(() => {
    bridge.setCode = (next) => sandpack.updateFile(cellFile, next);
    onReady();
    // Once, when the editor exists: later renders must not hand out a new bridge.
  }, []);
  useEffect(() => onChange(code), [code, onChange]);
  return null;
}
