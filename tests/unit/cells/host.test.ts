// @vitest-environment jsdom
/**
 * The page's runner host (client/host.ts) against a stand-in supervisor on a real
 * MessageChannel: it speaks only to its own frame, checks every report, and gives up on a
 * frame that falls silent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRunnerHost, type CellListener } from '../../../src/cells/client/host';
import type { PageRequest } from '../../../src/cells/messages';

const result = (text: string) => ({ outputs: [{ kind: 'text', text }], sliders: [], logs: [], duration: 1 });
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 20));

/** Starts the host's frame and plays the supervisor's part on the port the host hands over. */
async function connect(host: ReturnType<typeof createRunnerHost>) {
  const frame = document.querySelector('iframe')!;
  let port: MessagePort | undefined;
  Object.defineProperty(frame.contentWindow!, 'postMessage', {
    value: (_message: unknown, _origin: string, transfer: MessagePort[]) => (port = transfer[0]),
  });
  // A message from some other window, or from the frame's window at another origin (it has
  // navigated away), is ignored.
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'ready' }, source: window, origin: location.origin }));
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'ready' }, source: frame.contentWindow, origin: 'null' }));
  expect(port).toBeUndefined();
  window.dispatchEvent(new MessageEvent('message', { data: { type: 'ready' }, source: frame.contentWindow, origin: location.origin }));
  const requests: PageRequest[] = [];
  port!.onmessage = (event) => requests.push(event.data);
  port!.postMessage({ type: 'ready' });
  await nextTurn();
  return { frame, port: port!, requests, host };
}

function listener() {
  const heard = { progress: [] as number[], late: [] as unknown[], refused: 0 };
  const handlers: CellListener = {
    progress: ({ elapsedMs }) => heard.progress.push(elapsedMs),
    late: (event) => heard.late.push(event),
    refused: (count) => (heard.refused += count),
  };
  return { heard, handlers };
}

afterEach(() => document.body.replaceChildren());

describe('runner host', () => {
  // The runner page makes the sandbox itself (frame/host.ts; tested in the browser, cells.test.ts).
  it('makes one hidden frame for the runner page, and sends runs once the supervisor is ready', async () => {
    const host = createRunnerHost({ url: '/runner/index.html' });
    const done = host.run('a/0', { source: 'display(1)', sliderValues: { w: 2 } }, { fresh: true });
    const frame = document.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe('/runner/index.html');
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    const { port, requests } = await connect(host);
    expect(requests).toEqual([{ type: 'run', cell: 'a/0', run: 1, fresh: true, request: { source: 'display(1)', sliderValues: { w: 2 } } }]);
    port.postMessage({ type: 'result', cell: 'a/0', run: 1, result: result('one'), refused: 0 });
    await expect(done).resolves.toEqual({ result: result('one') });
  });

  it('refuses and counts reports for another cell, an old run, or with bad fields; accepts the real one', async () => {
    const host = createRunnerHost({ url: '/runner/index.html' });
    const { heard, handlers } = listener();
    host.listen('a/0', handlers);
    const done = host.run('a/0', { source: 'x' }, { fresh: false });
    const { port } = await connect(host);
    port.postMessage({ type: 'result', cell: 'a/1', run: 1, result: result('forged'), refused: 0 });
    port.postMessage({ type: 'result', cell: 'a/0', run: 99, result: result('forged'), refused: 0 });
    port.postMessage({ type: 'late', cell: 'a/0', run: 1, log: { level: '<img src=x onerror=alert(1)>', text: 'x' } });
    port.postMessage({ type: 'progress', cell: 'a/0', run: 1, elapsedMs: 320 });
    port.postMessage({ type: 'result', cell: 'a/0', run: 1, result: result('real'), refused: 3, notice: 'fresh runner' });
    await expect(done).resolves.toEqual({ result: result('real'), notice: 'fresh runner' });
    expect(host.refused).toBe(3);
    // Two of the three named this cell; the supervisor refused three more of its worker's.
    expect(heard.refused).toBe(2 + 3);
    expect(heard.progress).toEqual([320]);
    expect(heard.late).toEqual([]);
  });

  it('a newer run of a cell supersedes the one in flight', async () => {
    const host = createRunnerHost({ url: '/runner/index.html' });
    const first = host.run('a/0', { source: 'slow' }, { fresh: true });
    const second = host.run('a/0', { source: 'fast' }, { fresh: true });
    await expect(first).resolves.toMatchObject({ superseded: true });
    const { port, requests } = await connect(host);
    expect(requests.map((r) => r.run)).toEqual([1, 2]);
    port.postMessage({ type: 'result', cell: 'a/0', run: 1, result: result('stale'), refused: 0 });
    port.postMessage({ type: 'result', cell: 'a/0', run: 2, result: result('fresh'), refused: 0 });
    await expect(second).resolves.toEqual({ result: result('fresh') });
  });

  it('replaces a frame that falls silent during a run, and says so in the run', async () => {
    const host = createRunnerHost({ url: '/runner/index.html', silentMs: 200 });
    const done = host.run('a/0', { source: 'x' }, { fresh: true });
    await connect(host);
    const outcome = await done;
    expect(outcome.result.error).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/stopped answering \(no word from it for 0.2 s\)/) });
    expect(document.querySelector('iframe')).toBeNull();
  });
});
