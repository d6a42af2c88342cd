/** The editor's help (api-docs.ts): every neuron export is documented from its own source. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstSentence, moduleApi } from '../../../src/cells/api-docs';
import * as neuron from '../../../src/neuron/index';

const dir = join(import.meta.dirname, '../../../src/neuron');
const sources = Object.fromEntries(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
const api = moduleApi(sources);

describe('neuron API help', () => {
  it('has an entry with a doc sentence for every value the neuron module exports', () => {
    for (const name of Object.keys(neuron)) {
      const entry = api.find((e) => e.name === name);
      expect(entry, name).toBeDefined();
      expect(entry!.doc.length, name).toBeGreaterThan(10);
    }
  });

  it('reads signatures and first sentences as written', () => {
    expect(api.find((e) => e.name === 'stepPosition')).toMatchObject({ kind: 'function', signature: 'stepPosition(w: number, b: number): number' });
    expect(api.find((e) => e.name === 'neuronOutput')?.signature).toBe(
      "neuronOutput(x: number, { w, b = 0, activation = 'sigmoid' }: NeuronOutputOptions): number",
    );
    expect(api.find((e) => e.name === 'greenPoint')).toMatchObject({ kind: 'constant', signature: 'greenPoint: LabeledPoint' });
  });

  it('first sentence: tags and links dropped', () => {
    expect(firstSentence('\n * Options for {@link neuron}. More.\n * @example x\n')).toBe('Options for neuron.');
    expect(firstSentence(' * No full stop')).toBe('No full stop');
  });
});
