/**
 * A 1 × 1 convolution over a feature map, and the bias added to its output.
 * A 1 × 1 convolution mixes channels at each pixel separately, so it is one
 * matrix product: out (outChannels × pixels) = W (outChannels × inChannels) ·
 * in (inChannels × pixels). Feature maps are Float32Arrays in channel-major
 * order: value (channel c, pixel p) sits at index c · pixels + p.
 */

/** The sizes of a 1 × 1 convolution. */
export interface Conv1x1Shape {
  /** Channels of the input feature map. */
  inChannels: number;
  /** Channels of the output feature map (rows of W). */
  outChannels: number;
  /** Pixels per channel (height × width). */
  pixels: number;
}

/** Options for {@link conv1x1} and {@link addChannelBias}. */
export interface ConvOutputOptions {
  /** Where to write the result; defaults to a new Float32Array. Passing the input of addChannelBias adds in place. */
  out?: Float32Array;
}

/**
 * A bias-free 1 × 1 convolution: out[o, p] = Σ_c W[o, c] · in[c, p]. W is
 * outChannels × inChannels, row-major. Writes only into `out` and returns it.
 *
 * @example
 * // 2 input channels, 1 output channel, 2 pixels: out = 1·[1, 2] + 10·[3, 4]
 * conv1x1(new Float32Array([1, 2, 3, 4]), new Float32Array([1, 10]), { inChannels: 2, outChannels: 1, pixels: 2 }); // [31, 42]
 */
export function conv1x1(
  input: Float32Array,
  weights: Float32Array,
  { inChannels, outChannels, pixels }: Conv1x1Shape,
  { out = new Float32Array(outChannels * pixels) }: ConvOutputOptions = {},
): Float32Array {
  out.fill(0, 0, outChannels * pixels);
  for (let o = 0; o < outChannels; ++o) {
    const row = o * pixels;
    for (let c = 0; c < inChannels; ++c) {
      const w = weights[o * inChannels + c];
      const column = c * pixels;
      for (let p = 0; p < pixels; ++p) out[row + p] += w * input[column + p];
    }
  }
  return out;
}

/**
 * A separate bias pass over a feature map: out[c, p] = map[c, p] + bias[c],
 * one bias per channel. It reads every value once and writes it once, which is
 * what a bias costs when it runs as its own kernel after the convolution.
 *
 * @example
 * addChannelBias(new Float32Array([31, 42]), new Float32Array([0.5]), { channels: 1, pixels: 2 }); // [31.5, 42.5]
 */
export function addChannelBias(
  map: Float32Array,
  bias: Float32Array,
  { channels, pixels }: { channels: number; pixels: number },
  { out = new Float32Array(channels * pixels) }: ConvOutputOptions = {},
): Float32Array {
  for (let c = 0; c < channels; ++c) {
    const b = bias[c];
    const start = c * pixels;
    for (let p = start; p < start + pixels; ++p) out[p] = map[p] + b;
  }
  return out;
}

/** What a 1 × 1 convolution and a separate bias pass each compute and move, counted in values. */
export interface Conv1x1Cost {
  /** Multiply-adds of the convolution: outChannels · inChannels · pixels. */
  multiplyAdds: number;
  /** Values the convolution reads and writes at least once: input, weights, output. */
  convTraffic: number;
  /** Additions of the bias pass: one per output value. */
  biasAdds: number;
  /** Values the bias pass reads and writes: every output value twice, plus the biases. */
  biasTraffic: number;
}

/**
 * Counts the work of a 1 × 1 convolution and of a separate bias pass over its
 * output, assuming each value crosses memory once per pass (a lower bound for
 * the convolution).
 *
 * @example
 * conv1x1Cost({ inChannels: 64, outChannels: 16, pixels: 1024 });
 * // { multiplyAdds: 1048576, convTraffic: 82944, biasAdds: 16384, biasTraffic: 32784 }
 */
export function conv1x1Cost({ inChannels, outChannels, pixels }: Conv1x1Shape): Conv1x1Cost {
  const outputs = outChannels * pixels;
  return {
    multiplyAdds: outputs * inChannels,
    convTraffic: inChannels * pixels + inChannels * outChannels + outputs,
    biasAdds: outputs,
    biasTraffic: 2 * outputs + outChannels,
  };
}
