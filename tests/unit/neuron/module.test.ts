// Checks on the module as a whole: its public API and the house rules that
// keep it readable in the article's code tab.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as neuron from '../../../src/neuron/index';

const directory = new URL('../../../src/neuron/', import.meta.url);
const files = readdirSync(directory).filter((name) => name.endsWith('.ts'));
const sources = files.map((name) => ({ name, text: readFileSync(new URL(name, directory), 'utf8') }));

describe('the neuron module', () => {
  it('re-exports every exported function and constant from the index', () => {
    for (const { name, text } of sources) {
      for (const [, exported] of text.matchAll(/^export (?:function|const) (\w+)/gm)) {
        expect(neuron, `${exported} from ${name}`).toHaveProperty(exported);
      }
    }
  });

  it('documents every exported function and constant with a JSDoc @example', () => {
    for (const { name, text } of sources) {
      for (const match of text.matchAll(/^export (?:function|const) (\w+)/gm)) {
        const before = text.slice(0, match.index);
        const doc = before.slice(before.lastIndexOf('/**'));
        expect(doc.trimEnd().endsWith('*/'), `${match[1]} in ${name} has no JSDoc`).toBe(true);
        expect(doc, `${match[1]} in ${name} has no @example`).toContain('@example');
      }
    }
  });

  it('documents every exported type', () => {
    for (const { name, text } of sources) {
      for (const match of text.matchAll(/^export (?:interface|type) (\w+)/gm)) {
        const before = text.slice(0, match.index).trimEnd();
        expect(before.endsWith('*/'), `${match[1]} in ${name} has no JSDoc`).toBe(true);
      }
    }
  });

  it('uses only relative, extensionless imports and no Math.random', () => {
    for (const { name, text } of sources) {
      for (const [, path] of text.matchAll(/from '([^']+)'/g)) {
        expect(path, `${name} imports ${path}`).toMatch(/^\.\/[a-z0-9]+$/);
      }
      expect(text, name).not.toContain('Math.random');
    }
  });
});
