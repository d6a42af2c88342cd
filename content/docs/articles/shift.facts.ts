/**
 * Numbers quoted in the "shift" article (A5, A6): where sigmoid(w x + b) crosses 1/2, and what
 * logistic regression learns with and without a bias on two one-dimensional data sets:
 *   data set 1 ("across"): A in [-2, -1], B in [0.2, 1.2], green test point at -0.2; the gap
 *     straddles 0, off-centre, the setting of the common explanation;
 *   data set 2 ("one-sided"): A in [1, 2], B in [3, 4], green test point at 2.75; both classes
 *     right of 0.
 * Everything is computed with the neuron module; shift.facts.test.ts (beside this file) checks it.
 */
import { dec, pct } from '../../prose-numbers';
import {
  accuracy,
  greenPoint,
  linspace,
  logLoss,
  mean,
  neuron,
  neuronOutput,
  stepPosition,
  trainLogisticRegression,
  twoClass1d,
  type LabeledPoint,
  type LogisticRegressionResult
} from '../../../src/neuron/index';

/** Training settings of the article's cells: the module's defaults. */
const epochs = 200;
const learningRate = 0.5;
/** The same runs 25 times longer: what happens if we keep going? */
const longEpochs = 5000;

/** Data set 1: class A left of 0, class B right of it, the gap off-centre (0 is much nearer B). */
export const acrossZero = { classA: [-2, -1], classB: [0.2, 1.2], greenX: -0.2 } as const;
/** Data set 2: both classes right of 0 (twoClass1d's defaults, with greenPoint). */
export const oneSided = { classA: [1, 2], classB: [3, 4], greenX: greenPoint.x[0] } as const;
/** Classes on both sides of 0 with the gap centred on 0. */
export const centred = { classA: [-2, -1], classB: [1, 2] } as const;

/** Numbers in this article's prose: two decimals unless it says otherwise. */
export const num = (x: number, digits = 2): string => dec(x, digits);
export { pct };

const train = (data: LabeledPoint[], bias: boolean, n = epochs) => trainLogisticRegression(data, { bias, epochs: n, learningRate });
const classX = (data: LabeledPoint[], label: 0 | 1) => data.filter((p) => p.label === label).map((p) => p.x[0]);
/** The mean log loss of a trained model (lossPerEpoch holds the loss before each update). */
const finalLoss = (model: LogisticRegressionResult, data: LabeledPoint[]) => mean(data.map((p) => logLoss(model.predict(p.x), p.label)));
/** The first number of epochs (up to `upTo`) after which `ok` holds for the trained model. */
const firstEpoch = (data: LabeledPoint[], bias: boolean, ok: (m: LogisticRegressionResult) => boolean, upTo = epochs) => {
  for (let k = 1; k <= upTo; ++k) if (ok(train(data, bias, k))) return k;
  return NaN;
};
const step = (m: LogisticRegressionResult) => stepPosition(m.weights[0], m.bias);
/** Bias-free weights scanned by the article's "whatever w" claims. */
const weightGrid = linspace(-100, 100, 2001);

// --- Data set 1: the gap straddles 0. ---------------------------------------
const across = twoClass1d({ classA: acrossZero.classA, classB: acrossZero.classB });
const acrossGreen = [acrossZero.greenX];
const acrossAMax = Math.max(...classX(across, 0));
const acrossBMin = Math.min(...classX(across, 1));
const acrossNoBias = train(across, false);
const acrossNoBiasLong = train(across, false, longEpochs);
const acrossWithBias = train(across, true);
const acrossWithBiasLong = train(across, true, longEpochs);
const hand = { w: 5, b: 2 };
const handModel = neuron({ weights: [hand.w], bias: hand.b });

// --- Data set 2: both classes right of 0. -----------------------------------
const right = twoClass1d({ classA: oneSided.classA, classB: oneSided.classB });
const rightGreen = [oneSided.greenX];
const rightNoBias = train(right, false);
const rightNoBiasLong = train(right, false, longEpochs);
const rightWithBias = train(right, true);

// --- The gap centred on 0. --------------------------------------------------
const centredData = twoClass1d({ classA: centred.classA, classB: centred.classB });

export const shiftFacts = {
  /** The example weight of the first figure. */
  w: 2,
  /** Where sigmoid(2x + 2) and sigmoid(2x - 2) cross 1/2: at -b/w. */
  stepAtBPlus2: stepPosition(2, 2),
  stepAtBMinus2: stepPosition(2, -2),
  /** sigmoid(w * 0) for the example weight: 1/2, as for every w. */
  outputAtZero: neuronOutput(0, { w: 2 }),

  pointsPerClass: classX(across, 0).length,
  epochs,
  learningRate,
  longEpochs,

  /** Data set 1 (the gap straddles 0, off-centre). */
  across: {
    ...acrossZero,
    aMax: acrossAMax,
    bMin: acrossBMin,
    /** The middle of the gap: a test point right of it is nearer class B. */
    gapMiddle: (acrossAMax + acrossBMin) / 2,
    noBias: {
      /** The first epoch after which every training point is right, and w then. */
      separatedAt: firstEpoch(across, false, (m) => accuracy(m.predict, across) === 1),
      wFirst: train(across, false, 1).weights[0],
      w: acrossNoBias.weights[0],
      wLong: acrossNoBiasLong.weights[0],
      accuracy: accuracy(acrossNoBias.predict, across),
      accuracyLong: accuracy(acrossNoBiasLong.predict, across),
      green: acrossNoBias.predict(acrossGreen),
      greenLong: acrossNoBiasLong.predict(acrossGreen)
    },
    withBias: {
      w: acrossWithBias.weights[0],
      b: acrossWithBias.bias,
      step: step(acrossWithBias),
      accuracy: accuracy(acrossWithBias.predict, across),
      green: acrossWithBias.predict(acrossGreen),
      /** The first epoch after which the green point is called B. */
      greenRightFrom: firstEpoch(across, true, (m) => m.predict(acrossGreen) >= 0.5),
      wLong: acrossWithBiasLong.weights[0],
      stepLong: step(acrossWithBiasLong),
      greenLong: acrossWithBiasLong.predict(acrossGreen)
    },
    /** The bias-free neurons of figure 3: the green point's output for w = 5 and w = 20. */
    greenNoBiasW5: neuron({ weights: [5] })(acrossGreen),
    greenNoBiasW20: neuron({ weights: [20] })(acrossGreen),
    /** Whether any bias-free weight in [-100, 100] gets the training points and the green point right. */
    noBiasWeightSavesGreen: weightGrid.some((w) => {
      const m = neuron({ weights: [w] });
      return accuracy(m, across) === 1 && m(acrossGreen) >= 0.5;
    }),
    /** The hand-set neuron of figure 3. */
    handW: hand.w,
    handB: hand.b,
    handStep: stepPosition(hand.w, hand.b),
    handAccuracy: accuracy(handModel, across),
    handGreen: handModel(acrossGreen)
  },

  /** Data set 2 (both classes right of 0). */
  oneSided: {
    ...oneSided,
    /** The best accuracy of any bias-free neuron sigmoid(w x), over w in [-100, 100]. */
    bestNoBiasAccuracy: Math.max(...weightGrid.map((w) => accuracy(neuron({ weights: [w] }), right))),
    noBias: {
      w: rightNoBias.weights[0],
      wLong: rightNoBiasLong.weights[0],
      lossStart: rightNoBias.lossPerEpoch[0],
      lossEnd: finalLoss(rightNoBias, right),
      accuracy: accuracy(rightNoBias.predict, right),
      /** How many class A points it calls class B. */
      aWrong: right.filter((p) => p.label === 0 && rightNoBias.predict(p.x) >= 0.5).length,
      green: rightNoBias.predict(rightGreen)
    },
    withBias: {
      step: step(rightWithBias),
      accuracy: accuracy(rightWithBias.predict, right),
      green: rightWithBias.predict(rightGreen)
    }
  },

  /** The gap centred on 0: no bias needed. */
  centred: {
    ...centred,
    gapMiddle: (Math.max(...classX(centredData, 0)) + Math.min(...classX(centredData, 1))) / 2,
    noBiasAccuracy: accuracy(train(centredData, false).predict, centredData)
  }
};
