/**
 * Takes from a cell's worker every way out it does not need, before any cell code runs. The
 * runner's CSP (`default-src 'none'`, inherited by the worker) already refuses connections;
 * this is the second wall, and it gives the reader a plain message instead of a CSP error.
 */
// A word list reads best as a paragraph.
// prettier-ignore
const ways = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport',
  'importScripts', 'indexedDB', 'caches', 'BroadcastChannel', 'Worker', 'SharedWorker',
  'RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel', 'RTCIceTransport',
] as const;

export function lockDown(scope: object = globalThis): void {
  for (const name of ways) {
    for (let object: object | null = scope; object; object = Object.getPrototypeOf(object)) {
      if (Object.hasOwn(object, name)) delete (object as Record<string, unknown>)[name];
    }
    Object.defineProperty(scope, name, {
      configurable: false,
      enumerable: false,
      get() {
        throw new Error(`${name} is not available in a cell: cells run in a sandbox with no network and no storage`);
      },
    });
  }
}
