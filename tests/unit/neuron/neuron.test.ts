import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryDistanceFromOrigin, decisionBoundary2d, dot, neuron, neuronOutput, preActivation, sigmoid, stepPosition } from '../../../src/neuron/index';

const weight = fc.double({ min: -50, max: 50, noNaN: true }).filter((w) => Math.abs(w) > 0.01);
const bias = fc.double({ min: -50, max: 50, noNaN: true });

describe('preActivation and neuron', () => {
  it('compute activation(w · x + b)', () => {
    expect(preActivation([2, -1], 0.5, [1, 1])).toBe(1.5);
    expect(neuron({ weights: [2, -1], bias: 0.5 })([1, 1])).toBe(sigmoid(1.5));
    expect(neuron({ weights: [1, 1], activation: 'relu' })([-2, 1])).toBe(0);
  });

  it('with a step and a bias of −1.5 is an AND gate', () => {
    const and = neuron({ weights: [1, 1], bias: -1.5, activation: 'step' });
    expect(
      [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ].map(and),
    ).toEqual([0, 0, 0, 1]);
  });

  it('without a bias maps the zero input to activation(0), whatever the weights', () => {
    fc.assert(
      fc.property(fc.array(weight, { minLength: 1, maxLength: 5 }), (weights) => {
        expect(neuron({ weights })(weights.map(() => 0))).toBe(0.5);
      }),
    );
  });

  it('neuronOutput is the one-input case', () => {
    fc.assert(
      fc.property(weight, bias, fc.double({ min: -10, max: 10, noNaN: true }), (w, b, x) => {
        expect(neuronOutput(x, { w, b })).toBe(neuron({ weights: [w], bias: b })([x]));
      }),
    );
  });
});

describe('stepPosition', () => {
  it('is where sigmoid(w x + b) crosses 1/2, at −b/w', () => {
    fc.assert(
      fc.property(weight, bias, (w, b) => {
        const x = stepPosition(w, b);
        expect(x).toBeCloseTo(-b / w, 12);
        expect(neuronOutput(x, { w, b })).toBeCloseTo(0.5, 10);
        const offset = 1 / Math.abs(w);
        // The output changes side as x passes the step, in the direction of w.
        expect(Math.sign(neuronOutput(x + offset, { w, b }) - 0.5)).toBe(Math.sign(w));
        expect(Math.sign(neuronOutput(x - offset, { w, b }) - 0.5)).toBe(-Math.sign(w));
      }),
    );
  });

  it('moves with the bias but not with a common rescaling of w and b', () => {
    fc.assert(
      fc.property(weight, bias, fc.double({ min: 0.1, max: 10, noNaN: true }), (w, b, k) => {
        expect(stepPosition(k * w, k * b)).toBeCloseTo(stepPosition(w, b), 9);
        expect(stepPosition(w, b - w)).toBeCloseTo(stepPosition(w, b) + 1, 9);
      }),
    );
  });

  it('has slope w/4 at the crossing, so the curve sharpens as w grows', () => {
    fc.assert(
      fc.property(weight, bias, (w, b) => {
        const x = stepPosition(w, b);
        const h = 1e-4 / Math.abs(w);
        const slope = (neuronOutput(x + h, { w, b }) - neuronOutput(x - h, { w, b })) / (2 * h);
        expect(slope / (w / 4)).toBeCloseTo(1, 5);
      }),
    );
    const b = -3;
    const justPast = [1, 10, 100].map((w) => neuronOutput(-b / w + 0.05, { w, b }));
    expect(justPast[0]).toBeLessThan(justPast[1]);
    expect(justPast[1]).toBeLessThan(justPast[2]);
    expect(justPast[2]).toBeGreaterThan(0.99);
  });

  it('returns NaN for a flat neuron (w = 0)', () => {
    expect(stepPosition(0, 1)).toBeNaN();
    expect(stepPosition(0, 0)).toBeNaN();
  });
});

describe('decisionBoundary2d', () => {
  it('gives a line whose points satisfy w₁x + w₂y + b = 0', () => {
    fc.assert(
      fc.property(weight, weight, bias, fc.double({ min: -10, max: 10, noNaN: true }), (w1, w2, b, x) => {
        const line = decisionBoundary2d([w1, w2], b);
        if (line.vertical) throw new Error('expected a sloped line');
        const y = line.slope * x + line.intercept;
        expect(Math.abs(w1 * x + w2 * y + b)).toBeLessThan(1e-9 * (1 + Math.abs(w1 * x) + Math.abs(w2 * y) + Math.abs(b)));
      }),
    );
  });

  it('passes through the origin when there is no bias', () => {
    fc.assert(
      fc.property(weight, weight, (w1, w2) => {
        const line = decisionBoundary2d([w1, w2], 0);
        expect(line.vertical).toBe(false);
        if (!line.vertical) expect(line.intercept).toBe(-0 / w2);
      }),
    );
  });

  it('is vertical when w₂ = 0, and absent when both weights are 0', () => {
    expect(decisionBoundary2d([2, 0], -4)).toEqual({ vertical: true, x: 2 });
    const none = decisionBoundary2d([0, 0], 1);
    expect(none.vertical).toBe(true);
    if (none.vertical) expect(none.x).toBeNaN();
  });
});

describe('boundaryDistanceFromOrigin', () => {
  it('is |b| / ‖w‖, the distance to the nearest point of the boundary', () => {
    expect(boundaryDistanceFromOrigin([3, 4], 10)).toBe(2);
    fc.assert(
      fc.property(fc.array(weight, { minLength: 1, maxLength: 4 }), bias, (weights, b) => {
        // The closest boundary point is −b w / ‖w‖²; it lies on the boundary.
        const squared = dot(weights, weights);
        const closest = weights.map((w) => (-b * w) / squared);
        expect(preActivation(weights, b, closest)).toBeCloseTo(0, 8);
        expect(boundaryDistanceFromOrigin(weights, b)).toBeCloseTo(Math.sqrt(dot(closest, closest)), 9);
      }),
    );
  });

  it('is 0 without a bias', () => {
    expect(boundaryDistanceFromOrigin([1, -2, 3], 0)).toBe(0);
    expect(boundaryDistanceFromOrigin([0, 0], 1)).toBeNaN();
  });
});
