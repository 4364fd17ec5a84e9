// Test and bench harness (not Google code): what an execution thread uses to reach the GoogleWorld in
// the main thread. `rpc` posts one message and waits, synchronously, for its reply; `proxyFor` gives
// an object whose properties and calls go through it, so the bundle in node:vm sees Google's services
// as plain synchronous globals. Used by execution-worker.mjs and bench/support/virtual-execution-worker.mjs.
import { receiveMessageOnPort } from 'node:worker_threads';

export function serviceProxies(port, flag) {
  const signal = new Int32Array(flag);

  function rpc(message) {
    Atomics.store(signal, 0, 0);
    port.postMessage(message);
    // Wait until the flag says the reply is there: a notify the main thread sends for the previous reply
    // can arrive late (the worker already read that reply when it saw the flag set) and must not be taken
    // for this one's, or every later reply would answer the call before it.
    while (Atomics.load(signal, 0) === 0) Atomics.wait(signal, 0, 0);
    const reply = receiveMessageOnPort(port);
    if (!reply) throw new Error('no reply from the main thread');
    return reply.message;
  }

  const handles = new Map();
  const HANDLE = Symbol('handle');

  function encode(value) {
    if (value && typeof value === 'object' && value[HANDLE] !== undefined) return { __handle: value[HANDLE] };
    if (Array.isArray(value)) return value.map(encode);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
    return value;
  }

  function materialise(reply, target, prop) {
    if (reply.kind === 'error') throw new Error(reply.message);
    if (reply.kind === 'value') return reply.value;
    if (reply.kind === 'handle') return proxyFor(reply.id);
    return (...callArgs) => materialise(rpc({ op: 'call', target, prop, args: encode(callArgs) }));
  }

  function proxyFor(id) {
    if (handles.has(id)) return handles.get(id);
    const cache = new Map();
    const proxy = new Proxy(
      {},
      {
        get(_t, prop) {
          if (prop === HANDLE) return id;
          if (typeof prop === 'symbol' || prop === 'then' || prop === 'toJSON') return undefined;
          if (cache.has(prop)) return cache.get(prop);
          const reply = rpc({ op: 'get', target: id, prop });
          const value = materialise(reply, id, prop);
          if (reply.kind !== 'value') cache.set(prop, value);
          return value;
        },
      },
    );
    handles.set(id, proxy);
    return proxy;
  }

  return { rpc, proxyFor };
}
