/**
 * Times the neuron module's hot paths: the calls that live cells rerun on every
 * slider move. Prints the median of many runs for each. Pass a directory to
 * time another copy of the module (say, an older version saved elsewhere):
 *
 *   node bench/neuron.ts [path/to/neuron]
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const dir = resolve(process.argv[2] ?? 'src/neuron');
const runs = 50;

// The module's imports omit file extensions, which Node's own TypeScript
// support does not resolve, so bundle it first.
const bundled = await build({
  entryPoints: [resolve(dir, 'index.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'neutral',
});
const neuron = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(name: string, work: () => unknown): void {
  for (let i = 0; i < 5; ++i) work(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < runs; ++i) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  console.log(`${name.padEnd(56)} ${median(times).toFixed(3)} ms`);
}

const f = (x: number) => 0.2 + 0.4 * x ** 2 + 0.3 * x * Math.sin(15 * x) + 0.05 * Math.cos(50 * x);
const xs = neuron.linspace(0, 1, 400);
// The intercept article's MLP cell: 13 points around y = 0.8 x + 3 on [-3, 3].
const line = neuron.lineWithOffset({ n: 13, domain: [-3, 3] }).map((p: { x: number; y: number }) => ({ x: [p.x], y: [p.y] }));
const twoClass = neuron.twoClass1d();

console.log(dir);
time('bumpApproximation n=50, evaluated at 400 points', () => {
  const approx = neuron.bumpApproximation(f, { n: 50, w: 5000 });
  return xs.map(approx.evaluate);
});
time('trainWithAndWithoutBias, 13 points, hidden [8], 60 epochs', () =>
  neuron.trainWithAndWithoutBias(line, { hidden: [8], epochs: 60, learningRate: 0.05, output: 'identity' }),
);
time('trainLogisticRegression, twoClass1d, 200 epochs', () => neuron.trainLogisticRegression(twoClass, { epochs: 200 }));
time('lifNeuron, 1 s at dt = 0.1 ms', () => neuron.lifNeuron(2));
