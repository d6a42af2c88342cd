/**
 * The sandboxed runner frame's script (`runner/index.html`, a classic script: the frame's
 * opaque origin could not load a module from the site). It runs no cell code: it starts the
 * supervisor worker and hands it the page's port, once. Both workers are made from blob URLs
 * of sources built into this script, so they share the frame's opaque origin and its CSP.
 */
declare const __SUPERVISOR_SOURCE__: string;
declare const __CELL_WORKER_SOURCE__: string;

const scriptUrl = (source: string) => URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
let connected = false;

addEventListener('message', (event: MessageEvent) => {
  if (connected || event.source !== parent || event.data?.type !== 'connect' || !event.ports[0]) return;
  connected = true;
  const supervisor = new Worker(scriptUrl(__SUPERVISOR_SOURCE__), { name: 'cell supervisor' });
  supervisor.postMessage({ type: 'connect', workerSource: __CELL_WORKER_SOURCE__ }, [event.ports[0]]);
});

parent.postMessage({ type: 'ready' }, '*');
