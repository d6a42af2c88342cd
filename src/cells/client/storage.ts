/**
 * A reader's edits, kept per cell in localStorage so they survive a reload. Damaged data is
 * never thrown away: it is moved aside under a key of its own (never over an earlier one) and
 * the cell starts from the original, with a notice that says so. While edited code runs, a
 * mark says so: if the page dies mid-run (the code crashed or froze it), the mark is still
 * there on the next visit, and the cell asks before it runs that code again.
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
  let aside = `${key}:damaged`;
  try {
    for (let n = 2; storage.getItem(aside) !== null; n++) aside = `${key}:damaged:${n}`;
    storage.setItem(aside, raw);
    storage.removeItem(key);
  } catch {
    // Leave it where it is: better a notice on every visit than losing the text.
    aside = key;
  }
  return { problem: `Your saved edits for this cell were damaged, so the original code is shown. The damaged text is kept in localStorage under "${aside}".` };
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
  const { code, sliders } = data as Record<string, unknown>;
  if (typeof code !== 'string') return undefined;
  if (typeof sliders !== 'object' || sliders === null || Array.isArray(sliders)) return undefined;
  // Values keyed by slider label: finite numbers under names no object already has.
  const values: Record<string, number> = Object.create(null);
  for (const [label, value] of Object.entries(sliders)) {
    if (typeof value === 'number' && Number.isFinite(value) && !(label in Object.prototype)) values[label] = value;
  }
  return { code, sliders: values };
}

/** Saves; returns an error message when the browser refuses (quota, privacy mode). */
export function save(cell: string, value: SavedCell, storage: Storage | undefined = safeStorage()): string | undefined {
  if (!storage) return 'Your edits cannot be saved: this browser blocks storage for this site. They stay on the page until you leave it.';
  try {
    storage.setItem(storageKey(cell), JSON.stringify(value));
    return undefined;
  } catch (error) {
    return `Your edits could not be saved in this browser (${(error as Error).name}); they stay on the page until you leave it.`;
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

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}
