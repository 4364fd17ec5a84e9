// The bench's clock for an execution on the doubles (not Google code, not a double): every Sheets
// advanced-service request is charged a latency on a virtual clock, and the bundle's own CPU time is
// measured apart from the doubles' (which copy and scan a spreadsheet model Google does not have).
// Latencies are assumptions, not measurements of Google (change them here to test another guess):
// - a Sheets request from Apps Script: 250 ms for small ranges (as bench/webinar.bench.ts assumes);
// - plus the time to move its values: 1 s per MB (SHEETS_MS_PER_MB), read or written. Google asks
//   for requests of at most about 2 MB (developers.google.com/sheets/api/limits); a build moves tens.
import { cpuUsage } from 'node:process';
import vm from 'node:vm';
import type { GoogleWorld } from '../tests/support/google-world.ts';

export const SHEETS_REQUEST_MS = 250;
export const SHEETS_MS_PER_MB = Number(process.env.SHEETS_MS_PER_MB ?? 1000);

export type Execution = { latencyMs: number; bundleCpuMs: number };

const cpuMs = () => {
  const usage = cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Wraps the world's Sheets service to count, weigh and time every request from now on, and sets the
 * bundle's clock (`Date.now` in its node:vm context, which the build's time budget reads) to the
 * virtual one: the latency charged so far plus the bundle's own CPU time.
 */
export function executionBudgetOf(world: GoogleWorld, context: vm.Context) {
  // latencyMs is what the bundle's clock follows; requestsOnlyMs is the same with no cost per MB (the
  // webinar bench's model), to show how much of the time is the bytes.
  const meter = { reads: 0, writes: 0, charsRead: 0, charsWritten: 0, latencyMs: 0, requestsOnlyMs: 0, doublesCpuMs: 0 };
  const charge = (chars: number) => {
    meter.latencyMs += SHEETS_REQUEST_MS + (chars / 1e6) * SHEETS_MS_PER_MB;
    meter.requestsOnlyMs += SHEETS_REQUEST_MS;
  };
  const wrap = <T extends object>(service: T, name: keyof T & string, kind: 'read' | 'write', bodyOf: (args: unknown[], answer: unknown) => unknown) => {
    const method = service[name] as unknown as (...args: unknown[]) => unknown;
    (service as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const started = cpuMs();
      try {
        const answer = method.apply(service, args);
        const chars = JSON.stringify(bodyOf(args, answer) ?? null).length;
        if (kind === 'read') {
          meter.reads += 1;
          meter.charsRead += chars;
        } else {
          meter.writes += 1;
          meter.charsWritten += chars;
        }
        charge(chars);
        return answer;
      } finally {
        meter.doublesCpuMs += cpuMs() - started;
      }
    };
  };
  const cpuAtStart = cpuMs();
  const epoch = Date.now();
  const bundleDate = vm.runInContext('Date', context) as DateConstructor;
  bundleDate.now = () => Math.round(epoch + meter.latencyMs + (cpuMs() - cpuAtStart - meter.doublesCpuMs));
  const sheets = world.globals.Sheets.Spreadsheets;
  const values = sheets.Values;
  wrap(sheets, 'get', 'read', (_args, answer) => answer);
  wrap(sheets, 'batchUpdate', 'write', (args) => args[0]);
  wrap(values, 'get', 'read', (_args, answer) => answer);
  wrap(values, 'batchGet', 'read', (_args, answer) => answer);
  wrap(values, 'update', 'write', (args) => args[0]);
  wrap(values, 'batchUpdate', 'write', (args) => args[0]);
  wrap(values, 'append', 'write', (args) => args[0]);
  wrap(values, 'clear', 'write', () => ({}));
  wrap(values, 'batchClear', 'write', (args) => args[0]);

  /**
   * Runs `execution` (one Apps Script execution), then, while the build left itself a clock trigger,
   * the trigger's function (each a new execution), as Google would. Returns each one's cost.
   */
  const runBuild = (execution: () => void, continuation: () => void): Execution[] => {
    const runs: Execution[] = [];
    const once = (fn: () => void) => {
      const latency = meter.latencyMs;
      const doubles = meter.doublesCpuMs;
      const cpu = cpuMs();
      fn();
      runs.push({ latencyMs: meter.latencyMs - latency, bundleCpuMs: cpuMs() - cpu - (meter.doublesCpuMs - doubles) });
    };
    once(execution);
    while (world.triggers.some((t) => t.handler === 'continueStoreBuild')) {
      if (runs.length > 50) throw new Error('the build never finished');
      once(continuation);
    }
    return runs;
  };
  return Object.assign(meter, { runBuild });
}
