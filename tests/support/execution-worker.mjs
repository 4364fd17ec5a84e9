// Test harness (not Google code): one Apps Script execution in its own thread. It runs the bundle in
// node:vm with globals that forward every service call, synchronously, to the GoogleWorld in the main
// thread (see concurrent-executions.ts), so several executions really run at once and really wait for
// the script lock, as concurrent web-app requests do on Google's servers.
import { workerData, parentPort } from 'node:worker_threads';
import { serviceProxies } from './worker-service-proxy.mjs';
import vm from 'node:vm';

const { code, entry, args, port, flag, globalNames } = workerData;
const { proxyFor } = serviceProxies(port, flag);

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
