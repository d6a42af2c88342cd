/**
 * Where a cell's kept state lives in localStorage, apart from storage.ts so that the page's
 * first script (cell-boot.ts) can tell whether a cell has anything to restore without loading
 * the code that reads it.
 */
export const prefix = 'bias-field-guide:cell:v1:';
export const storageKey = (cell: string) => prefix + cell;

/** The page's localStorage, or undefined where reading it throws (blocked storage). */
export function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Whether anything is kept for the cell: its saved edits, edits moved aside, or a run mark. */
export function keepsAnything(cell: string, storage: Storage | undefined = safeStorage()): boolean {
  const key = storageKey(cell);
  try {
    for (let i = 0; i < (storage?.length ?? 0); i++) {
      const found = storage!.key(i);
      if (found === key || found?.startsWith(`${key}:`)) return true;
    }
  } catch {
    // Storage that cannot be read keeps nothing this page can show.
  }
  return false;
}
