/**
 * Kept apart from runtime.ts so the page's protocol checks (messages.ts) can use these numbers
 * without loading the runtime, its code transform and its JavaScript parser.
 */
import { labelChars } from './labels';

/**
 * What one run may send back. The runner enforces them before anything leaves it, and the
 * page checks them again (see messages.ts): output bigger than this could freeze the page.
 */
export const limits = {
  outputs: 50,
  /** Console lines per run, counting the ones its timers and promises log later. */
  logs: 200,
  /** Characters of console text per run, all lines together. */
  logChars: 200_000,
  /** Characters of figure markup per run, all figures together. */
  htmlChars: 1_000_000,
  /** Characters of one text output or console line. */
  textChars: 20_000,
  /** Characters of an error message. */
  messageChars: 2_000,
  sliders: 20,
  labelChars,
};
