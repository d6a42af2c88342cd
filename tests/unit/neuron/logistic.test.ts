import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accuracy, classifyLinear, greenPoint, logLoss, neuron, norm, trainLogisticRegression, twoClass1d } from '../../../src/neuron/index';

const probability = fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true });

describe('logLoss', () => {
  it('is −ln p for class 1 and −ln(1 − p) for class 0', () => {
    fc.assert(
      fc.property(probability, (p) => {
        expect(logLoss(p, 1)).toBeCloseTo(-Math.log(p), 12);
        expect(logLoss(p, 0)).toBeCloseTo(logLoss(1 - p, 1), 6);
      }),
    );
    expect(logLoss(0.5, 1)).toBeCloseTo(Math.LN2, 15);
  });

  it('stays finite for confident mistakes', () => {
    expect(Number.isFinite(logLoss(0, 1))).toBe(true);
    expect(Number.isFinite(logLoss(1, 0))).toBe(true);
    expect(logLoss(0, 1)).toBeGreaterThan(30);
  });
});

describe('accuracy', () => {
  const points = twoClass1d();
  it('counts labels and thresholded probabilities alike', () => {
    expect(accuracy((x) => (x[0] > 2.5 ? 1 : 0), points)).toBe(1);
    expect(accuracy((x) => (x[0] > 2.5 ? 0.9 : 0.1), points)).toBe(1);
    expect(accuracy(() => 1, points)).toBe(0.5);
    expect(accuracy((x) => (x[0] > 2.5 ? 0 : 1), points)).toBe(0);
  });
});

describe('trainLogisticRegression', () => {
  const points = twoClass1d();

  it('lowers the loss every epoch (the loss is convex and the step small enough)', () => {
    for (const bias of [true, false]) {
      const { lossPerEpoch } = trainLogisticRegression(points, { bias });
      expect(lossPerEpoch).toHaveLength(200);
      expect(lossPerEpoch[0]).toBeCloseTo(Math.LN2, 12); // zero weights predict 1/2 everywhere
      // Allow for rounding once the loss has settled.
      for (let i = 1; i < lossPerEpoch.length; ++i) expect(lossPerEpoch[i]).toBeLessThanOrEqual(lossPerEpoch[i - 1] + 1e-15);
    }
  });

  it('with a bias, puts the step in the gap and classifies the green point correctly', () => {
    const model = trainLogisticRegression(points);
    expect(accuracy(model.predict, points)).toBe(1);
    expect(model.predict(greenPoint.x)).toBeGreaterThan(0.5);
    const step = -model.bias / model.weights[0];
    expect(step).toBeGreaterThan(2);
    expect(step).toBeLessThan(greenPoint.x[0]);
  });

  it('without a bias, gives the green point the same class as all of class A, whatever w', () => {
    const classA = points.filter((p) => p.label === 0);
    for (const w of [-1e4, -100, -1, -0.01, 0.01, 1, 100, 1e4]) {
      const green = classifyLinear([w], 0, greenPoint.x);
      for (const a of classA) expect(classifyLinear([w], 0, a.x)).toBe(green);
    }
  });

  it('without a bias, any weight that gets class A right misclassifies the green point, however large', () => {
    for (const w of [-0.01, -1, -100, -1e6]) {
      const predict = neuron({ weights: [w] });
      expect(
        accuracy(
          predict,
          points.filter((p) => p.label === 0),
        ),
      ).toBe(1);
      expect(predict(greenPoint.x)).toBeLessThan(0.5);
    }
  });

  it('without a bias, the trained model can only put every point in one class', () => {
    const model = trainLogisticRegression(points, { bias: false, epochs: 2000 });
    expect(model.bias).toBe(0);
    const classes = new Set(points.map((p) => (model.predict(p.x) >= 0.5 ? 1 : 0)));
    expect(classes.size).toBe(1);
    expect(accuracy(model.predict, points)).toBe(0.5);
    // With balanced classes it sides with B, whose larger x pull harder on w:
    // so here it is class A, not the green point, that is misclassified.
    expect(model.weights[0]).toBeGreaterThan(0);
  });

  it('shrinks the weights under an L2 penalty but leaves the bias free', () => {
    const plain = trainLogisticRegression(points);
    const penalised = trainLogisticRegression(points, { l2: 0.1 });
    expect(norm(penalised.weights)).toBeLessThan(norm(plain.weights));
    expect(penalised.bias).not.toBe(0);
  });

  it('rejects an empty data set', () => {
    expect(() => trainLogisticRegression([])).toThrow(/no points/);
  });
});
