/**
 * A cell shared by link: its code (only when edited) and slider values, compressed with
 * lz-string into the page URL's fragment, `#cell=<id>&share=<payload>`. The cell id is in the
 * clear, so a cell knows the link is for it without loading this module; everything in the
 * payload is checked here before the cell uses it, and a link that fails says why. Shared code
 * is only ever run by the sandbox, like any edit.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { isUsableLabel } from '../labels';

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
export function readShared(payload: string): ReadShared {
  const fail = (problem: string): ReadShared => ({ ok: false, problem });
  if (payload.length > shareLimits.payloadChars)
    return fail(`it is ${payload.length.toLocaleString('en')} characters long; a shared cell has at most ${shareLimits.payloadChars.toLocaleString('en')}`);
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return fail('it is damaged (it could not be decompressed); was it cut short when it was copied?');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('it is damaged (its contents are not readable)');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('its contents are not a shared cell');
  const { v, base, code, sliders } = data as Record<string, unknown>;
  if (v !== 1) return fail('it was made by another version of this site');
  if (typeof base !== 'string' || !/^[0-9a-f]{8}$/.test(base)) return fail('it does not say which version of the cell it was made from');
  if (code !== undefined && typeof code !== 'string') return fail('its code is not text');
  if (typeof code === 'string' && code.length > shareLimits.codeChars)
    return fail(`its code has ${code.length.toLocaleString('en')} characters; a shared cell may have ${shareLimits.codeChars.toLocaleString('en')}`);
  if (typeof sliders !== 'object' || sliders === null || Array.isArray(sliders)) return fail('its slider values are not readable');
  const entries = Object.entries(sliders);
  if (entries.length > shareLimits.sliders) return fail(`it sets ${entries.length} sliders; a cell has at most ${shareLimits.sliders}`);
  const values: Record<string, number> = Object.create(null);
  for (const [label, value] of entries) {
    if (!isUsableLabel(label)) return fail('it names a slider with an unusable label');
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`its value for the slider "${label}" is not a finite number`);
    values[label] = value;
  }
  return { ok: true, shared: { base, sliders: values, ...(typeof code === 'string' ? { code } : {}) } };
}
