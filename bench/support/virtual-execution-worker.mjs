// Bench harness (not Google code): one Apps Script execution slot, in its own thread, for the webinar
// bench's virtual time (virtual-executions.ts). It runs the bundle in a node:vm context whose
// service globals forward every call, synchronously, to the GoogleWorld in the main thread,
// and whose Date reads the main thread's virtual clock. While a call waits there (its latency, the
// script lock, Utilities.sleep), virtual time goes on for the other executions.
import vm from 'node:vm';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';

const { code, port, flag, globalNames } = workerData;
const signal = new Int32Array(flag);
const script = new vm.Script(code, { filename: 'Code.js' });

function rpc(message) {
  Atomics.store(signal, 0, 0);
  port.postMessage(message);
  while (Atomics.load(signal, 0) === 0) Atomics.wait(signal, 0, 0);
  const reply = receiveMessageOnPort(port);
  if (!reply) throw new Error('no reply from the main thread');
  return reply.message;
}

const HANDLE = Symbol('handle');
const handles = new Map();

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

const RealDate = Date;
const clock = () => rpc({ op: 'clock' }).value;
/** Date on the virtual clock: `new Date()` and `Date.now()` read it; the rest is the real Date. */
class VirtualDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(clock());
    else super(...args);
  }
  static now() {
    return clock();
  }
}

// One context for every execution of this slot: starting the bundle costs 60–140 ms of CPU, which
// 15,000 executions would pay again and again, and the bundle keeps no state between calls (its
// top-level values are constants), so each doPost sees what a fresh execution would.
let context;
parentPort.on('message', (job) => {
  try {
    if (!context) {
      const globals = { console, Date: VirtualDate };
      for (const name of globalNames) globals[name] = proxyFor(`global:${name}`);
      context = vm.createContext(globals);
      script.runInContext(context);
    }
    const output = context[job.entry](...job.args);
    parentPort.postMessage({ id: job.id, result: { content: output.getContent(), mime: output.getMimeType() } });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
