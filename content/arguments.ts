/**
 * The arguments of the source, A1-A23: the one place in the repository that says what each
 * id means. The source is a public question-and-answer thread, in Traditional Chinese, on
 * what the bias of a neuron is for; its arguments are paraphrased here, never quoted.
 *
 * Each entry gives the claim as it is commonly made, the site's verdict on it, the exact
 * statement in one sentence, and the page section that shows it. The argument map page
 * (content/docs/argument-map.mdx) is drawn from this list, an article's frontmatter may only
 * claim these ids (src/content/frontmatter.ts), and tests/content/argument-map.test.ts checks
 * every id once, every verdict one of the four words, and every section against the headings
 * of its page.
 */

/** How well a claim survives: the four words the map uses, from best to worst. */
export const verdicts = ['holds', 'holds with a caveat', 'loose', 'wrong'] as const;
export type Verdict = (typeof verdicts)[number];

export interface SourceArgument {
  id: string;
  /** The claim as commonly made, paraphrased in one line. */
  claim: string;
  verdict: Verdict;
  /** What is exactly true, in one sentence. */
  exact: string;
  /** The page that shows it (its path under content/docs, without extension) and the heading's anchor. */
  page: string;
  anchor?: string;
}

export const sourceArguments = [
  {
    id: 'A1',
    claim: 'The bias is what makes a neuron’s activation “meaningful” only once the weighted sum passes some value.',
    verdict: 'holds with a caveat',
    exact: 'The sigmoid crosses ½ where w·x = −b, so −b is that value; but a sigmoid changes smoothly and has a sharp threshold only when w is large.',
    page: 'index',
  },
  {
    id: 'A2',
    claim: 'Without a bias a linear model’s separating line must pass through the origin; the bias is its intercept.',
    verdict: 'holds',
    exact: 'The boundary w·x = 0 always contains the origin; adding b moves it to distance |b|/‖w‖, and in 2-D b plays the intercept’s role next to the slope.',
    page: 'articles/intercept',
    anchor: 'slope-and-intercept-are-equal-partners',
  },
  {
    id: 'A3',
    claim: 'Fit a regression or a perceptron without the constant term and it goes wrong.',
    verdict: 'holds with a caveat',
    exact: 'Least squares through the origin tilts the line and multiplies the error, and a bias-free perceptron cannot separate two clouds on one ray from the origin; both work once the data are centred on the origin.',
    page: 'articles/intercept',
    anchor: 'regression-without-the-constant-term',
  },
  {
    id: 'A4',
    claim: 'A multi-layer network of linear combinations without biases fits poorly.',
    verdict: 'holds with a caveat',
    exact: 'Bias-free linear layers compose to one bias-free linear map, and bias-free tanh or ReLU networks still map 0 to 0; a bias-free sigmoid layer, though, outputs ½ at 0, which the next layer can use as a bias.',
    page: 'articles/intercept',
    anchor: 'more-layers-do-not-free-the-origin',
  },
  {
    id: 'A5',
    claim: 'In σ(wx) the weight only changes the steepness; a bias shifts the curve sideways by −b/w.',
    verdict: 'holds',
    exact: 'Every σ(wx) crosses ½ at x = 0; σ(wx + b) crosses it at x = −b/w, so the weight sets steepness and direction and the bias the position.',
    page: 'articles/shift',
    anchor: 'what-the-bias-adds',
  },
  {
    id: 'A6',
    claim: 'Without a bias, w must grow huge to separate two classes on a line and a test point in the gap is still misclassified; with a bias a moderate w gets it right.',
    verdict: 'holds with a caveat',
    exact: 'With the classes on both sides of 0 and the gap off-centre, a bias-free neuron gets every training point right but calls a test point between the gap’s middle and 0 wrongly, more confidently the longer it trains; with both classes on one side of 0 it cannot separate them at all.',
    page: 'articles/shift',
    anchor: 'when-the-common-explanation-holds',
  },
  {
    id: 'A7',
    claim: 'An activation is a switch or a door: open for one class of input, shut for the other.',
    verdict: 'loose',
    exact: 'A whole unit, not its activation alone, is the door: a steep unit is close to a gate with its edge at −b/w, while a gentle one leaves many inputs half open, so for it the door is only a metaphor.',
    page: 'articles/threshold',
    anchor: 'a-door-that-opens-for-one-class',
  },
  {
    id: 'A8',
    claim: 'With a near-step activation the bias is the threshold that decides whether the output is 0 or 1.',
    verdict: 'holds with a caveat',
    exact: 'A threshold unit outputs 1 exactly when w·x ≥ −b, so the bias is minus the threshold; a sigmoid with finite weight w replaces the jump by a ramp from 0.1 to 0.9 that is 2 ln 9 / w wide.',
    page: 'articles/threshold',
    anchor: 'a-steep-sigmoid-is-almost-a-threshold-unit',
  },
  {
    id: 'A9',
    claim: 'A transistor’s bias sets where its S-shaped transfer curve clips the signal, as a neuron’s bias does.',
    verdict: 'loose',
    exact: 'Both slide the input along a fixed S-shaped curve to an operating point; the analogy stops there, since the amplifier’s curve comes from the transistor and its circuit, its bias is set once with resistors rather than learned, and an amplifier avoids the curved parts a network needs.',
    page: 'articles/threshold',
    anchor: 'a-picture-of-the-neuron-not-the-whole-story',
  },
  {
    id: 'A10',
    claim: 'A biological neuron fires only above a threshold, and the model copies that threshold with its bias.',
    verdict: 'holds with a caveat',
    exact: 'An integrate-and-fire neuron’s rate is zero up to a threshold current, and shifting the input moves that onset as a bias does; real neurons add much that the model leaves out.',
    page: 'articles/firing-rate',
    anchor: 'where-the-analogy-is-loose',
  },
  {
    id: 'A11',
    claim: 'A neuron accumulates pulses and fires past a threshold; in practice one estimates its mean firing rate in a time window.',
    verdict: 'holds with a caveat',
    exact: 'Counting spikes in a window estimates the rate, with an error that shrinks as the window grows; the rate is what an artificial unit’s output stands for.',
    page: 'articles/firing-rate',
    anchor: 'reading-the-rate-in-a-window',
  },
  {
    id: 'A12',
    claim: 'The mean rate is the input’s CDF; a logistic distribution gives exactly the sigmoid, cheaper than the normal CDF and nearly the same shape.',
    verdict: 'holds',
    exact: 'If the threshold is logistic with centre μ and scale s, the firing probability is exactly σ(wx + b) with w = 1/s and b = −μ/s, and σ(1.702 x) stays within 0.0095 of the normal CDF everywhere.',
    page: 'articles/logistic-cdf',
    anchor: 'logistic-noise-gives-exactly-the-sigmoid',
  },
  {
    id: 'A13',
    claim: 'The sigmoid itself has nothing to do with bias; it has many readings, such as a two-class posterior.',
    verdict: 'holds',
    exact: 'The sigmoid is the posterior of two classes with exponential-family densities sharing a scale, among other readings; in each the bias is the constant term of its argument.',
    page: 'articles/logistic-cdf',
    anchor: 'the-sigmoid-has-nothing-to-do-with-bias',
  },
  {
    id: 'A14',
    claim: 'Nielsen’s visual proof: steep sigmoids are steps placed by their biases, pairs make bumps, and sums of bumps approximate any continuous function.',
    verdict: 'holds',
    exact: 'A unit σ(wx + b) with large w is a step at s = −b/w; the difference of two steps is a bump, and enough bumps, with the outer steps just outside the interval, approximate a continuous function uniformly on it as closely as you like.',
    page: 'articles/step-approximation',
    anchor: 'one-neuron-a-step-placed-by-its-bias',
  },
  {
    id: 'A15',
    claim: 'CS231n: each class score is zero along a line in input space, forced through the origin without a bias; the bias trick folds b into W.',
    verdict: 'holds with a caveat',
    exact: 'Without b every score’s zero line passes through the origin; the direction of w turns it, |b|/‖w‖ sets its distance (so with b ≠ 0 the length of w moves it too), and [W b][x; 1] = Wx + b exactly.',
    page: 'articles/cs231n-intuition',
    anchor: 'every-score-is-zero-along-a-line',
  },
  {
    id: 'A16',
    claim: 'A bias is one cheap parameter that shifts the output as a whole; the appended constant 1 adds no information.',
    verdict: 'holds',
    exact: 'The constant input has zero variance and tells no input from another; its weight adds the same amount to the unit’s score for every input (before any nonlinearity), for one addition per unit forward and no multiplication backward.',
    page: 'articles/cs231n-intuition',
    anchor: 'the-constant-1-carries-no-information-about-the-input',
  },
  {
    id: 'A17',
    claim: 'Networks usually have biases but do not strictly need them, unless the network is too small.',
    verdict: 'holds with a caveat',
    exact: 'A bias-free network can build an offset only from a unit that is constant over the data (a sigmoid’s ½, a saturated tanh on one-signed data); a bias-free ReLU network of any size cannot.',
    page: 'articles/when-bias-is-redundant',
    anchor: 'a-network-can-build-its-own-offset-if-it-is-big-enough-and-has-a-constant-to-build-from',
  },
  {
    id: 'A18',
    claim: 'An experiment showed biases barely change the final result but clearly speed up early training.',
    verdict: 'loose',
    exact: 'With biases the loss falls a little faster over the first steps, but epochs to a target loss are about the same with or without them, on 13 points and on 400 in mini-batches.',
    page: 'articles/training-dynamics',
    anchor: 'the-experiment-in-your-browser',
  },
  {
    id: 'A19',
    claim: 'Biases learn faster because the bias gradient sums the gradients flowing into the unit.',
    verdict: 'holds with a caveat',
    exact: 'A bias’s gradient is the summed δ of its unit and a weight’s the sum of each δ times that weight’s input, so the bias’s is larger only where the δ share a sign and the inputs are small, as at an output layer fed by sigmoids (about twice).',
    page: 'articles/training-dynamics',
    anchor: 'why-the-bias-can-move-first',
  },
  {
    id: 'A20',
    claim: 'A fast-growing bias is not always good: Glorot and Bengio saw the top hidden layer of sigmoid networks saturate early.',
    verdict: 'holds with a caveat',
    exact: 'Glorot and Bengio observed the top hidden layer of sigmoid networks driven to 0 early in training and explained it by the initialisation and the output layer leaning on its biases; it is their hypothesis, not a theorem.',
    page: 'articles/training-dynamics',
    anchor: 'what-glorot-and-bengio-actually-observed',
  },
  {
    id: 'A21',
    claim: 'Initialise biases to zero; small positive values are sometimes used with ReLU.',
    verdict: 'holds',
    exact: 'Zero is the usual start, since random weights already break symmetry; a small positive bias keeps ReLUs active at first but is not a consistent improvement.',
    page: 'articles/training-dynamics',
    anchor: 'how-to-initialise-biases',
  },
  {
    id: 'A22',
    claim: 'A layer followed by batch normalization needs no bias: the mean subtraction cancels it.',
    verdict: 'holds',
    exact: 'Batch norm subtracts the batch mean, so a constant added before it leaves the output unchanged and gets zero gradient; BN’s own β does the bias’s job.',
    page: 'articles/when-bias-is-redundant',
    anchor: 'batch-normalization-cancels-a-bias-exactly',
  },
  {
    id: 'A23',
    claim: 'ENet drops biases in its bottleneck projections to speed up inference.',
    verdict: 'holds with a caveat',
    exact: 'The paper reports leaving biases out of its projections to save kernel calls and memory traffic (a separate bias pass adds about 40 % to a 1 × 1 convolution’s traffic, 1/C of its arithmetic); the released code drops only the 1 × 1 biases, and the layers feed batch norm anyway.',
    page: 'articles/when-bias-is-redundant',
    anchor: 'enet-dropping-biases-for-speed',
  },
] as const satisfies readonly SourceArgument[];

export type ArgumentId = (typeof sourceArguments)[number]['id'];

/** The ids, in order: what an article's frontmatter may claim. */
export const argumentIds = sourceArguments.map((a) => a.id) as [ArgumentId, ...ArgumentId[]];
