/**
 * A cell shared by link: its code (only when edited) and slider values, compressed with
 * lz-string into the page URL's fragment, `#cell=<id>&share=<payload>`. The cell id is in the
 * clear, so a cell knows the link is for it without loading this module; everything in the
 * payload is checked here before the cell uses it, and a link that fails says why. Shared code
 * is only ever run by the sandbox, like any edit.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { isUsableLabel } from '../labels';
import { cellStrings, type CellStrings } from '../strings';

export interface SharedCell {
  code?: string;
  sliders: Record<string, number>;
  /** Fingerprint of the article code it was made from (storage.ts `codeFingerprint`). */
  base: string;
}

export const shareLimits = {
  /** Characters of the payload in the link: well past any real cell, far short of a hostile one. */
  payloadChars: 20_000,
  /** Characters of shared code once decompressed. */
  codeChars: 50_000,
  sliders: 20,
};

/** The fragment for a cell, without the leading `#`. */
export function shareFragment(cell: string, shared: SharedCell): string {
  const payload = compressToEncodedURIComponent(
    JSON.stringify({ v: 1, base: shared.base, sliders: shared.sliders, ...(shared.code === undefined ? {} : { code: shared.code }) }),
  );
  return `cell=${encodeURIComponent(cell)}&share=${payload}`;
}

export type ReadShared = { ok: true; shared: SharedCell } | { ok: false; problem: string };

/**
 * Checks a payload field by field.
 * @example readShared(sharedCellIn(location.hash)!.payload)
 */
export function readShared(payload: string, words: CellStrings = cellStrings.en): ReadShared {
  const fail = (problem: string): ReadShared => ({ ok: false, problem });
  const says = words.shareProblem;
  if (payload.length > shareLimits.payloadChars) return fail(says.tooLong(payload.length.toLocaleString('en'), shareLimits.payloadChars.toLocaleString('en')));
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return fail(says.notCompressed);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(says.unreadable);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail(says.notCell);
  const { v, base, code, sliders } = data as Record<string, unknown>;
  if (v !== 1) return fail(says.otherVersion);
  if (typeof base !== 'string' || !/^[0-9a-f]{8}$/.test(base)) return fail(says.noBase);
  if (code !== undefined && typeof code !== 'string') return fail(says.codeNotText);
  if (typeof code === 'string' && code.length > shareLimits.codeChars)
    return fail(says.codeTooLong(code.length.toLocaleString('en'), shareLimits.codeChars.toLocaleString('en')));
  if (typeof sliders !== 'object' || sliders === null || Array.isArray(sliders)) return fail(says.slidersUnreadable);
  const entries = Object.entries(sliders);
  if (entries.length > shareLimits.sliders) return fail(says.tooManySliders(entries.length, shareLimits.sliders));
  const values: Record<string, number> = Object.create(null);
  for (const [label, value] of entries) {
    if (!isUsableLabel(label)) return fail(says.badLabel);
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(says.badValue(label));
    values[label] = value;
  }
  return { ok: true, shared: { base, sliders: values, ...(typeof code === 'string' ? { code } : {}) } };
}
