/**
 * A CodeMirror extension that marks the line of a cell's error. Sandpack's editor takes
 * extensions but no line decorations, so the mark is a small state field we set by effect.
 */
import { StateEffect, StateField, type Extension } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';

const setErrorLine = StateEffect.define<number | undefined>();
const errorLineMark = Decoration.line({ class: 'cell-error-line' });

const errorLineField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setErrorLine)) continue;
      const line = effect.value;
      const doc = transaction.state.doc;
      next = line !== undefined && line >= 1 && line <= doc.lines ? Decoration.set([errorLineMark.range(doc.line(line).from)]) : Decoration.none;
    }
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

export const errorLineExtension: Extension = errorLineField;

/** Marks `line` (1-based) in the editor, or clears the mark when it is undefined. */
export function markErrorLine(view: EditorView, line: number | undefined): void {
  view.dispatch({ effects: setErrorLine.of(line) });
}
