import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addChannelBias, conv1x1, conv1x1Cost } from '../../../src/neuron/index';

// A random 1 × 1 convolution: 1–5 input and output channels, 1–6 pixels, small integer values (exact in float32).
const convCase = fc
  .record({ inChannels: fc.integer({ min: 1, max: 5 }), outChannels: fc.integer({ min: 1, max: 5 }), pixels: fc.integer({ min: 1, max: 6 }) })
  .chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      input: fc.array(fc.integer({ min: -9, max: 9 }), { minLength: shape.inChannels * shape.pixels, maxLength: shape.inChannels * shape.pixels }),
      weights: fc.array(fc.integer({ min: -9, max: 9 }), {
        minLength: shape.inChannels * shape.outChannels,
        maxLength: shape.inChannels * shape.outChannels,
      }),
      bias: fc.array(fc.integer({ min: -9, max: 9 }), { minLength: shape.outChannels, maxLength: shape.outChannels }),
    }),
  );

describe('conv1x1', () => {
  it('is the same weight matrix applied to the channel vector of every pixel', () => {
    fc.assert(
      fc.property(convCase, ({ shape, input, weights }) => {
        const out = conv1x1(new Float32Array(input), new Float32Array(weights), shape);
        for (let p = 0; p < shape.pixels; ++p) {
          for (let o = 0; o < shape.outChannels; ++o) {
            let expected = 0;
            for (let c = 0; c < shape.inChannels; ++c) expected += weights[o * shape.inChannels + c] * input[c * shape.pixels + p];
            expect(out[o * shape.pixels + p]).toBe(expected);
          }
        }
      }),
    );
  });

  it('overwrites a reused output buffer instead of adding to it', () => {
    const shape = { inChannels: 2, outChannels: 1, pixels: 2 };
    const out = new Float32Array([100, 100]);
    expect([...conv1x1(new Float32Array([1, 2, 3, 4]), new Float32Array([1, 10]), shape, { out })]).toEqual([31, 42]);
    expect([...out]).toEqual([31, 42]);
  });
});

describe('addChannelBias', () => {
  it('adds one bias per channel, to a new array or in place', () => {
    fc.assert(
      fc.property(convCase, ({ shape, input, weights, bias }) => {
        const y = conv1x1(new Float32Array(input), new Float32Array(weights), shape);
        const dims = { channels: shape.outChannels, pixels: shape.pixels };
        const added = addChannelBias(y, new Float32Array(bias), dims);
        added.forEach((v, i) => expect(v).toBe(y[i] + bias[Math.floor(i / shape.pixels)]));
        const inPlace = addChannelBias(y, new Float32Array(bias), dims, { out: y });
        expect(inPlace).toBe(y);
        expect([...y]).toEqual([...added]);
      }),
    );
  });
});

describe('conv1x1Cost', () => {
  it('counts multiply-adds and values moved', () => {
    const cost = conv1x1Cost({ inChannels: 64, outChannels: 16, pixels: 32 * 32 });
    expect(cost.multiplyAdds).toBe(64 * 16 * 1024);
    expect(cost.convTraffic).toBe(64 * 1024 + 64 * 16 + 16 * 1024);
    expect(cost.biasAdds).toBe(16 * 1024);
    expect(cost.biasTraffic).toBe(2 * 16 * 1024 + 16);
  });
});
