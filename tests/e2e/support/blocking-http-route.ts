import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { FetchAnswer, Route } from '../../support/url-fetch-app-double';

/**
 * The add-on's UrlFetchApp over real HTTP, as `realHttpRoute` (tests/support/url-fetch-app-double.ts)
 * does, but without starting a Node process per request: one worker thread fetches, and the caller
 * blocks on `Atomics.wait` until it answers (UrlFetchApp blocks; Node's fetch does not). On a loaded
 * machine a process start costs seconds; this costs the request. Redirects are left to the double.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
parentPort.on('message', async ({ request, signal }) => {
  let answer = null;
  try {
    const res = await fetch(request.url, {
      method: request.method,
      body: request.payload,
      headers: { ...(request.contentType ? { 'Content-Type': request.contentType } : {}), ...request.headers },
      redirect: 'manual',
      signal: AbortSignal.timeout(30000),
    });
    answer = { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
  } catch {}
  workerData.port.postMessage(answer);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
});`;

export type BlockingRoute = Route & { close(): Promise<number> };

export function blockingHttpRoute(): BlockingRoute {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER, { eval: true, workerData: { port: port2 }, transferList: [port2] });
  worker.unref();
  const route = (request: Parameters<Route>[0]): FetchAnswer | undefined => {
    const signal = new Int32Array(new SharedArrayBuffer(4));
    worker.postMessage({ request, signal });
    // The worker's fetch gives up at 30 s; a little more here so its answer is never left behind.
    if (Atomics.wait(signal, 0, 0, 35_000) === 'timed-out') return undefined;
    const message = receiveMessageOnPort(port1);
    return (message?.message as FetchAnswer | null | undefined) ?? undefined;
  };
  return Object.assign(route, { close: () => worker.terminate() });
}
