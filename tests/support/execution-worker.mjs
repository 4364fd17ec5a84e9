// Test harness (not Google code): one Apps Script execution in its own thread. It runs the bundle in
// node:vm with globals that forward every service call, synchronously, to the GoogleWorld in the main
// thread (see concurrent-executions.ts), so several executions really run at once and really wait for
// the script lock, as concurrent web-app requests do on Google's servers.
import { receiveMessageOnPort, workerData, parentPort } from 'node:worker_threads';
import vm from 'node:vm';

const { code, entry, args, port, flag, globalNames } = workerData;
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

try {
  const globals = { console };
  for (const name of globalNames) globals[name] = proxyFor(`global:${name}`);
  const context = vm.createContext(globals);
  vm.runInContext(code, context, { filename: 'Code.js' });
  const output = context[entry](...args);
  const result = output && typeof output === 'object' ? { content: output.getContent(), mime: output.getMimeType() } : { value: output };
  parentPort.postMessage({ done: true, result });
} catch (error) {
  parentPort.postMessage({ done: true, error: error instanceof Error ? error.message : String(error) });
}
