/**
 * How the editor looks: the same token colours as the cell's static code block (Starlight's
 * Night Owl pair, which Expressive Code renders), and the page's own colours for the rest. The
 * colours are CSS custom properties that the page's theme sets (src/styles/site.css), so
 * switching between light and dark repaints the editor with no script.
 */
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { tags } from '@lezer/highlight';

const token = (name: string) => `var(--cell-code-${name})`;

const highlight = HighlightStyle.define([
  { tag: [tags.keyword, tags.operator, tags.derefOperator, tags.definitionOperator], color: token('keyword') },
  { tag: [tags.string, tags.special(tags.string)], color: token('string') },
  { tag: [tags.number], color: token('number') },
  { tag: [tags.bool, tags.null, tags.atom, tags.self], color: token('atom') },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: token('comment'), fontStyle: 'italic' },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName), tags.function(tags.definition(tags.variableName))], color: token('function') },
  { tag: [tags.propertyName, tags.definition(tags.propertyName), tags.className, tags.namespace, tags.typeName], color: token('property') },
  { tag: tags.special(tags.brace), color: token('interpolation') },
]);

const look = EditorView.theme({
  '&': { color: token('text'), backgroundColor: 'var(--sl-color-bg)', fontSize: 'var(--sl-text-code-sm, 0.875rem)' },
  '.cm-scroller': { fontFamily: 'var(--__sl-font-mono, monospace)', lineHeight: '1.65' },
  '.cm-content': { caretColor: 'var(--sl-color-white)', padding: '0.6rem 0' },
  '&.cm-focused': { outline: '2px solid var(--sl-color-accent)', outlineOffset: '-2px' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--sl-color-white)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection': {
    backgroundColor: 'color-mix(in srgb, var(--sl-color-accent) 30%, transparent)',
  },
  '.cm-activeLine': { backgroundColor: 'color-mix(in srgb, var(--sl-color-gray-5) 35%, transparent)' },
  '.cm-gutters': { backgroundColor: 'var(--sl-color-bg)', color: 'var(--sl-color-gray-3)', border: 'none' },
  '.cm-activeLineGutter': { backgroundColor: 'transparent', color: 'var(--sl-color-white)' },
  '&.cm-focused .cm-matchingBracket': { backgroundColor: 'color-mix(in srgb, var(--sl-color-accent) 25%, transparent)', outline: 'none' },
  '.cm-tooltip': {
    backgroundColor: 'var(--sl-color-gray-6)',
    color: 'var(--sl-color-white)',
    border: '1px solid var(--sl-color-gray-5)',
    borderRadius: '0.3rem',
  },
  '.cm-tooltip-autocomplete > ul': { fontFamily: 'var(--__sl-font-mono, monospace)' },
  '.cm-tooltip-autocomplete > ul > li[aria-selected]': { backgroundColor: 'var(--sl-color-accent-low)', color: 'var(--sl-color-white)' },
  '.cm-completionDetail': { color: 'var(--sl-color-gray-2)' },
});

export const codeTheme: Extension = [look, syntaxHighlighting(highlight)];
