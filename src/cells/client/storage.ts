/**
 * A reader's edits, kept per cell in localStorage so they survive a reload. Damaged data is
 * never thrown away: it is moved aside under a key of its own (never over an earlier one) and
 * the cell starts from the original, with a notice that says so. While edited code runs, a
 * mark says so: if the page dies mid-run (the code crashed or froze it), the mark is still
 * there on the next visit, and the cell asks before it runs that code again.
 */
import { isUsableLabel } from '../labels';
import { cellStrings, type CellStrings } from '../strings';
import { prefix, safeStorage, storageKey } from './storage-keys';

export interface SavedCell {
  code: string;
  sliders: Record<string, number>;
  /** `codeFingerprint` of the article's code the edits were made from: tells a changed article. */
  base?: string;
}

export type LoadResult = {
  saved?: SavedCell;
  problem?: string;
  /** Edits made to an earlier version of the cell's code, moved aside under `key`. */
  earlier?: { key: string; saved: SavedCell };
};

/**
 * A short fingerprint of a cell's code (FNV-1a, 32 bits, hex): enough to notice that an
 * article's cell is not the one a reader edited, not a security measure.
 * @example codeFingerprint('display(1)') // '782dcfb1'
 */
export function codeFingerprint(code: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) hash = Math.imul(hash ^ code.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * The reader's saved state for a cell whose article code is now `original`.
 * Edits made to another version of the cell's code (the article changed since) are not
 * shown as if they belonged to this one: they are moved aside, kept, and returned as
 * `earlier` so the cell can offer them back. Slider positions alone carry over.
 * @example loadSaved('articles/shift/0', code) // { saved: { code, sliders } } or {} or { problem } or { earlier, problem }
 */
export function loadSaved(cell: string, original: string, storage: Storage | undefined = safeStorage(), words: CellStrings = cellStrings.en): LoadResult {
  if (!storage) return {};
  const key = storageKey(cell);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { problem: words.savedUnreadable };
  }
  if (raw === null) return {};
  const saved = parseSaved(raw);
  if (!saved) {
    const aside = moveAside(storage, key, 'damaged', raw);
    return {
      problem: words.savedDamaged(aside),
    };
  }
  const base = codeFingerprint(original);
  if (saved.base === undefined || saved.base === base) return { saved };
  if (codeFingerprint(saved.code) === saved.base) return { saved: { code: original, sliders: saved.sliders, base } };
  const aside = moveAside(storage, key, 'earlier', raw);
  return {
    earlier: { key: aside, saved },
    problem: words.cellChanged,
  };
}

/** Moves `raw` from `key` to `key:label` (or `key:label:2`, ... never over an earlier one); returns where it is. */
function moveAside(storage: Storage, key: string, label: string, raw: string): string {
  let aside = `${key}:${label}`;
  try {
    for (let n = 2; storage.getItem(aside) !== null; n++) aside = `${key}:${label}:${n}`;
    storage.setItem(aside, raw);
    storage.removeItem(key);
  } catch {
    // Leave it where it is: better a notice on every visit than losing the text.
    aside = key;
  }
  return aside;
}

const runningKey = (cell: string) => `${storageKey(cell)}:running`;

/** Marks (or, with `false`, unmarks) that the cell's edited code is running now. */
export function markRunning(cell: string, running: boolean, storage: Storage | undefined = safeStorage()): void {
  try {
    if (running) storage?.setItem(runningKey(cell), String(Date.now()));
    else storage?.removeItem(runningKey(cell));
  } catch {
    // Without storage there is no saved code to protect.
  }
}

/** Whether the cell's edited code was running when the page last went away. */
export function wasRunning(cell: string, storage: Storage | undefined = safeStorage()): boolean {
  try {
    return storage?.getItem(runningKey(cell)) != null;
  } catch {
    return false;
  }
}

/** Valid saved data, or undefined for anything else (bad JSON, wrong shape, wrong types). */
export function parseSaved(raw: string): SavedCell | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { code, sliders, base } = data as Record<string, unknown>;
  if (typeof code !== 'string') return undefined;
  if (typeof sliders !== 'object' || sliders === null || Array.isArray(sliders)) return undefined;
  // Values keyed by slider label: finite numbers under names no object already has.
  const values: Record<string, number> = Object.create(null);
  for (const [label, value] of Object.entries(sliders)) {
    if (typeof value === 'number' && Number.isFinite(value) && isUsableLabel(label)) values[label] = value;
  }
  return typeof base === 'string' && /^[0-9a-f]{8}$/.test(base) ? { code, sliders: values, base } : { code, sliders: values };
}

/** Saves; returns an error message when the browser refuses (quota, privacy mode). */
export function save(cell: string, value: SavedCell, storage: Storage | undefined = safeStorage(), words: CellStrings = cellStrings.en): string | undefined {
  if (!storage) return words.cannotSave;
  try {
    storage.setItem(storageKey(cell), JSON.stringify(value));
    return undefined;
  } catch (error) {
    return words.saveFailed((error as Error).name);
  }
}

/** Removes a copy moved aside by `loadSaved`, once the reader has taken it back. */
export function dropAside(key: string, storage: Storage | undefined = safeStorage()): void {
  try {
    if (key.startsWith(prefix) && /:(earlier|damaged)(:\d+)?$/.test(key)) storage?.removeItem(key);
  } catch {
    // Nothing to do: it stays where it is.
  }
}

export function forget(cell: string, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(storageKey(cell));
    storage?.removeItem(runningKey(cell));
  } catch {
    // Nothing to do: storage is unavailable, so nothing was saved.
  }
}
