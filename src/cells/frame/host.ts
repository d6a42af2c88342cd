/**
 * The runner page's script (`runner/index.html`, a same-origin page, so the site's service
 * worker serves it and this script, and cells run offline). It runs no cell code and holds
 * no page data: it makes the sandbox, a `sandbox="allow-scripts"` frame with an opaque origin
 * whose script is inline in its srcdoc (frame/boot.ts), and relays the page's port to it with
 * the sources of the two workers, built into this script.
 *
 * The sandbox inherits this page's policy (runner/index.html): scripts only from the site or
 * the sandbox's own hash, `'unsafe-eval'` for the cell worker, workers only from blob URLs,
 * no connections. The pages of the site allow neither eval nor workers.
 */
declare const __SANDBOX_BOOT_SOURCE__: string;
declare const __SUPERVISOR_SOURCE__: string;
declare const __CELL_WORKER_SOURCE__: string;

const sandbox = document.createElement('iframe');
// No allow-same-origin: nothing in the sandbox can reach this page, the site's pages, their
// storage or cookies. No top navigation, forms, popups or modals either.
sandbox.setAttribute('sandbox', 'allow-scripts');
sandbox.setAttribute('title', 'Sandbox that runs the code cells');
sandbox.srcdoc =
  '<!doctype html><meta charset="utf-8"><title>Cell sandbox</title>' +
  `<meta http-equiv="Content-Security-Policy" content="${document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')}">` +
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
    sandbox.contentWindow!.postMessage({ type: 'connect', supervisorSource: __SUPERVISOR_SOURCE__, workerSource: __CELL_WORKER_SOURCE__ }, '*', [
      event.ports[0],
    ]);
  }
});

document.body.append(sandbox);

// A module of its own (bundled as a classic script): its names stay out of the global scope.
export {};
