// Bench harness (not Google code): one Apps Script execution slot, in its own thread, for the webinar
// bench's virtual time (virtual-executions.ts). It runs the bundle in a node:vm context whose
// service globals forward every call, synchronously, to the GoogleWorld in the main thread,
// and whose Date reads the main thread's virtual clock. While a call waits there (its latency, the
// script lock, Utilities.sleep), virtual time goes on for the other executions.
import vm from 'node:vm';
import { parentPort, workerData } from 'node:worker_threads';
import { serviceProxies } from '../../tests/support/worker-service-proxy.mjs';

const { code, port, flag, globalNames } = workerData;
const script = new vm.Script(code, { filename: 'Code.js' });
const { rpc, proxyFor } = serviceProxies(port, flag);

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
