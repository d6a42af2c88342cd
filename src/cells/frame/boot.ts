/**
 * The sandbox's script. `runner/index.html` (frame/host.ts) writes it inline into the srcdoc of
 * a `sandbox="allow-scripts"` frame, so the sandbox needs no request of its own: no service
 * worker answers for an opaque origin, and inline it runs offline too. It runs no cell code: it
 * takes the supervisor's and the cell worker's sources and the page's port from its parent,
 * once, and starts the supervisor. Both workers are made from blob URLs, so they share the
 * sandbox's opaque origin and its policy.
 */
const scriptUrl = (source: string) => URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
let connected = false;

addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; supervisorSource?: unknown; workerSource?: unknown } | undefined;
  if (connected || event.source !== parent || data?.type !== 'connect' || !event.ports[0]) return;
  if (typeof data.supervisorSource !== 'string' || typeof data.workerSource !== 'string') return;
  connected = true;
  const supervisor = new Worker(scriptUrl(data.supervisorSource), { name: 'cell supervisor' });
  supervisor.postMessage({ type: 'connect', workerSource: data.workerSource }, [event.ports[0]]);
});

parent.postMessage({ type: 'ready' }, '*');

// A module of its own (bundled as a classic script): its names stay out of the global scope.
export {};
