/**
 * What a page with cells runs before the reader touches one: this, and nothing else. The
 * `<bias-cell>` element (cell-element.ts and all it imports) loads when the reader reaches for
 * a cell (a pointer over it, focus in it, a touch), or at once when a cell has something to
 * restore (saved edits, a shared link). Until then a cell is its static HTML: the pre-rendered
 * figure, the highlighted code, and sliders that move natively. What the reader does in the
 * moment before the element is there (a click, a slider's move, the start of a drag) is done
 * again on it once it is, so nothing they did is lost.
 */
import { sharedCellIn } from './share-link';
import { keepsAnything } from './storage-keys';

const cellSelector = 'bias-cell';
let loading: Promise<void> | undefined;
/** Done again once the element is defined. */
const pending: (() => void)[] = [];

function load(): Promise<void> {
  loading ??= import('./cell-element').then(
    () => {
      for (const replay of pending.splice(0)) replay();
    },
    (error: unknown) => {
      // A script that did not arrive (the network dropped): the page stays readable as it is,
      // and the reader's next reach for a cell asks again. Browsers that follow the HTML spec
      // since whatwg/html#10327 fetch a failed module anew; older ones need a reload.
      loading = undefined;
      pending.length = 0;
      console.warn('The live cells could not load; touching a cell again (or a reload) retries:', error);
    },
  );
  return loading;
}

const ready = () => customElements.get(cellSelector) !== undefined;
const cellOf = (event: Event) => (event.target instanceof Element ? event.target.closest(cellSelector) : null);

/** The reader reaches for a cell: load the element. */
for (const type of ['pointerover', 'focusin', 'touchstart', 'keydown']) {
  document.addEventListener(type, (event) => void (cellOf(event) && load()), { capture: true, passive: true });
}

document.addEventListener(
  'click',
  (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(`${cellSelector} [data-cell-action]`) : null;
    if (!button || ready()) return;
    // Edit fetches the editor alongside the element, not after it.
    if (button.dataset.cellAction === 'edit') void import('./editor');
    pending.push(() => button.click());
    void load();
  },
  true,
);

document.addEventListener(
  'input',
  (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !cellOf(event) || ready()) return;
    pending.push(() => input.dispatchEvent(new Event('input', { bubbles: true })));
    void load();
  },
  true,
);

document.addEventListener(
  'pointerdown',
  (event) => {
    const target = event.target;
    if (!(target instanceof Element) || !target.closest('[data-cell-drag]') || ready()) return;
    // The drag is done again from where it started to where the pointer is now (or was let go).
    const since: PointerEvent[] = [];
    const follow = (later: PointerEvent) => void (later.pointerId === event.pointerId && since.push(later));
    for (const type of ['pointermove', 'pointerup', 'pointercancel']) document.addEventListener(type, follow as EventListener, true);
    pending.push(() => {
      for (const type of ['pointermove', 'pointerup', 'pointercancel']) document.removeEventListener(type, follow as EventListener, true);
      const last = since.findLast((later) => later.type === 'pointermove');
      const end = since.find((later) => later.type !== 'pointermove');
      for (const step of [event, last, end]) if (step) target.dispatchEvent(new PointerEvent(step.type, step));
    });
    void load();
  },
  true,
);

// A shared link to one of this page's cells, or a cell with kept edits, is shown as the page opens.
const restores = () =>
  sharedCellIn(location.hash) !== undefined ||
  Array.from(document.querySelectorAll<HTMLElement>(cellSelector)).some((cell) => keepsAnything(cell.dataset.cell ?? ''));
if (restores()) void load();
addEventListener('hashchange', () => void (sharedCellIn(location.hash) && load()));
