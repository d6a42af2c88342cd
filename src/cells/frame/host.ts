/**
 * The runner page's script (`runner/index.html`, a same-origin page, so the site's service
 * worker serves it and this script, and cells run offline). It runs no cell code and holds
 * no page data: it makes the sandbox, a `sandbox="allow-scripts"` frame with an opaque origin
 * whose script is inline in its srcdoc (frame/boot.ts), and relays the page's port to it with
 * the sources of the two workers, which it fetches.
 *
 * The sandbox inherits this page's policy (runner/index.html): scripts only from the site or
 * the sandbox's own hash, `'unsafe-eval'` for the cell worker, workers only from blob URLs,
 * no connections. The pages of the site allow neither eval nor workers.
 */
declare const __SANDBOX_BOOT_SOURCE__: string;
declare const __SANDBOX_POLICY__: string;

// The workers' sources are fetched (from the service worker's cache when offline), not built
// into this script: this frame is same-origin, so it shares the page's main thread, where
// parsing a megabyte of string literals held the page up for over 100 ms.
const sources = Promise.all(
  ['supervisor.js', 'cell-worker.js'].map(async (name) => {
    const response = await fetch(new URL(name, location.href));
    if (!response.ok) throw new Error(`runner: ${name} answered ${response.status}`);
    return response.text();
  }),
);

const sandbox = document.createElement('iframe');
// No allow-same-origin: nothing in the sandbox can reach this page, the site's pages, their
// storage or cookies. No top navigation, forms, popups or modals either.
sandbox.setAttribute('sandbox', 'allow-scripts');
sandbox.setAttribute('title', 'Sandbox that runs the code cells');
// Its own policy, tighter than this page's (no connections at all), on top of the inherited one.
sandbox.srcdoc =
  '<!doctype html><meta charset="utf-8"><title>Cell sandbox</title>' +
  `<meta http-equiv="Content-Security-Policy" content="${__SANDBOX_POLICY__}">` +
  `<script>${__SANDBOX_BOOT_SOURCE__}</script>`;

let sandboxReady = false;
let connected = false;

addEventListener('message', (event: MessageEvent) => {
  if (event.source === sandbox.contentWindow) {
    if (sandboxReady || event.data?.type !== 'ready') return;
    sandboxReady = true;
    parent.postMessage({ type: 'ready' }, location.origin);
  } else if (event.source === parent && event.origin === location.origin) {
    if (connected || !sandboxReady || event.data?.type !== 'connect' || !event.ports[0]) return;
    connected = true;
    const [port] = event.ports;
    void sources.then(([supervisorSource, workerSource]) =>
      sandbox.contentWindow!.postMessage({ type: 'connect', supervisorSource, workerSource }, '*', [port]),
    );
  }
});

document.body.append(sandbox);

// A module of its own (bundled as a classic script): its names stay out of the global scope.
export {};
