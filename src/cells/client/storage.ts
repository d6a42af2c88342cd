/**
 * A reader's edits, kept per cell in localStorage so they survive a reload. Damaged data is
 * never thrown away: it is moved aside under its own key and the cell starts from the
 * original, with a notice that says so.
 */
export interface SavedCell {
  code: string;
  sliders: Record<string, number>;
}

export type LoadResult = { saved?: SavedCell; problem?: string };

const prefix = 'bias-field-guide:cell:v1:';
export const storageKey = (cell: string) => prefix + cell;

/** @example loadSaved('articles/shift/0') // { saved: { code, sliders } } or {} or { problem } */
export function loadSaved(cell: string, storage: Storage | undefined = safeStorage()): LoadResult {
  if (!storage) return {};
  const key = storageKey(cell);
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { problem: 'Saved edits could not be read: this browser blocks localStorage.' };
  }
  if (raw === null) return {};
  const saved = parseSaved(raw);
  if (saved) return { saved };
  try {
    storage.setItem(`${key}:damaged`, raw);
    storage.removeItem(key);
  } catch {
    // Leave it where it is: better a notice on every visit than losing the text.
  }
  return { problem: `Your saved edits for this cell were damaged, so the original code is shown. The damaged text is kept in localStorage under "${key}:damaged".` };
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
  const { code, sliders } = data as Record<string, unknown>;
  if (typeof code !== 'string') return undefined;
  if (typeof sliders !== 'object' || sliders === null || Array.isArray(sliders)) return undefined;
  const values = Object.entries(sliders).filter(([, v]) => typeof v === 'number' && Number.isFinite(v));
  return { code, sliders: Object.fromEntries(values) as Record<string, number> };
}

/** Saves; returns an error message when the browser refuses (quota, privacy mode). */
export function save(cell: string, value: SavedCell, storage: Storage | undefined = safeStorage()): string | undefined {
  try {
    storage?.setItem(storageKey(cell), JSON.stringify(value));
    return undefined;
  } catch (error) {
    return `Your edits could not be saved in this browser (${(error as Error).name}); they stay on the page until you leave it.`;
  }
}

export function forget(cell: string, storage: Storage | undefined = safeStorage()): void {
  try {
    storage?.removeItem(storageKey(cell));
  } catch {
    // Nothing to do: storage is unavailable, so nothing was saved.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
