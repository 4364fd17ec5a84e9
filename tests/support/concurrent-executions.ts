/**
 * Test harness (not Google code): runs several executions of a bundle AT THE SAME TIME, each in its
 * own worker thread (execution-worker.mjs), all against one GoogleWorld in this thread. A worker's
 * service calls are forwarded here and answered in arrival order, so executions interleave call by
 * call as concurrent Apps Script executions do; the script lock (ScriptLockArbiter) makes a caller
 * really wait until another releases it or its timeout runs out (tryLock → false, waitLock → throws).
 * `latencyMs` delays every service call, widening the windows in which a missing lock would show.
 * Apps Script runs at most 30 executions of one user at once ("Simultaneous executions per user: 30",
 * developers.google.com/apps-script/guides/services/quotas#current_limitations); a web app that
 * executes as its owner spends the owner's 30 for every caller. One more is not queued: it fails at
 * once with "There are too many scripts running simultaneously for this Google user account."
 * (developers.google.com/apps-script/guides/support/troubleshooting), thrown before doPost runs, so
 * the caller gets Google's error page, not the script's JSON. ExecutionSlots counts them.
 */
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import type { GoogleWorld } from './google-world.ts';
import { LOCK_TIMEOUT_MESSAGE } from './lock-service-double.ts';
import { type Reply, serviceHandles } from './service-handles.ts';

export type ExecutionCall = { entry: string; args: unknown[] };
export type ExecutionResult = { content?: string; mime?: string; value?: unknown; error?: string };
export type ConcurrencyOptions = {
  latencyMs?: number;
  /** Simultaneous executions allowed (Apps Script: 30 per user). */
  maxSimultaneous?: number;
  /** Negative control: a LockService whose tryLock always succeeds without excluding anyone. */
  locklessForControl?: boolean;
  /** With the control: hold every `batchGet` answer until this many executions have read. */
  readBarrier?: number;
};

const WORKER = fileURLToPath(new URL('./execution-worker.mjs', import.meta.url));
const GLOBAL_NAMES = ['SpreadsheetApp', 'Sheets', 'LockService', 'PropertiesService', 'CacheService', 'ContentService', 'HtmlService', 'Utilities', 'Session', 'Logger'];

export const SIMULTANEOUS_EXECUTIONS_PER_USER = 30;
export const TOO_MANY_EXECUTIONS_MESSAGE = 'There are too many scripts running simultaneously for this Google user account.';

/** The running executions of one user: a 31st is refused, not queued. */
export class ExecutionSlots {
  running = 0;
  refused = 0;
  peak = 0;
  constructor(readonly limit = SIMULTANEOUS_EXECUTIONS_PER_USER) {}
  /** False (and counted) when every slot is taken: the execution never starts. */
  enter(): boolean {
    if (this.running >= this.limit) {
      this.refused += 1;
      return false;
    }
    this.running += 1;
    this.peak = Math.max(this.peak, this.running);
    return true;
  }
  leave(): void {
    this.running = Math.max(0, this.running - 1);
  }
}


/** The async script lock one worker execution sees: waits really happen here, in the main thread. */
function asyncLockService(world: GoogleWorld, execution: string, lockless: boolean) {
  const lock = {
    tryLock: async (ms: number) => {
      world.log.record('LockService', 'tryLock');
      return lockless ? true : world.arbiter.acquire(execution, ms);
    },
    waitLock: async (ms: number) => {
      world.log.record('LockService', 'waitLock');
      if (!lockless && !(await world.arbiter.acquire(execution, ms))) throw new Error(LOCK_TIMEOUT_MESSAGE);
    },
    releaseLock: () => {
      world.log.record('LockService', 'releaseLock');
      if (!lockless) world.arbiter.release(execution);
    },
    hasLock: () => {
      world.log.record('LockService', 'hasLock');
      return lockless || world.arbiter.heldBy === execution;
    },
  };
  return {
    getScriptLock: () => {
      world.log.record('LockService', 'getScriptLock');
      return lock;
    },
  };
}

export async function runConcurrently(world: GoogleWorld, code: string, calls: readonly ExecutionCall[], options: ConcurrencyOptions = {}): Promise<ExecutionResult[]> {
  let readers = 0;
  let openBarrier: () => void = () => undefined;
  const barrier = new Promise<void>((resolve) => {
    openBarrier = resolve;
  });
  const slots = new ExecutionSlots(options.maxSimultaneous);
  return Promise.all(
    calls.map((call, i) => {
      if (!slots.enter()) return Promise.resolve<ExecutionResult>({ error: TOO_MANY_EXECUTIONS_MESSAGE });
      const execution = `worker-${i}`;
      const globals: Record<string, unknown> = { ...world.forExecution(execution), LockService: asyncLockService(world, execution, options.locklessForControl ?? false) };
      const { resolveTarget, decode, describe } = serviceHandles(globals);
      const answer = async (message: { op: 'get' | 'call'; target: string; prop: string; args?: unknown[] }): Promise<Reply> => {
        try {
          const target = resolveTarget(message.target) as Record<string, unknown>;
          if (message.op === 'get') return describe(target[message.prop]);
          if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
          if (options.readBarrier && message.prop === 'batchGet') {
            readers += 1;
            if (readers >= options.readBarrier) openBarrier();
            await Promise.race([barrier, new Promise((r) => setTimeout(r, 5_000))]);
          }
          const fn = target[message.prop] as (...a: unknown[]) => unknown;
          return describe(await fn.apply(target, decode(message.args ?? []) as unknown[]));
        } catch (error) {
          return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
        }
      };

      const channel = new MessageChannel();
      const flag = new SharedArrayBuffer(4);
      const signal = new Int32Array(flag);
      channel.port1.on('message', (message) => {
        void answer(message).then((reply) => {
          channel.port1.postMessage(reply);
          Atomics.store(signal, 0, 1);
          Atomics.notify(signal, 0);
        });
      });
      const worker = new Worker(WORKER, {
        workerData: { code, entry: call.entry, args: call.args, port: channel.port2, flag, globalNames: GLOBAL_NAMES },
        transferList: [channel.port2],
      });
      return new Promise<ExecutionResult>((resolve, reject) => {
        worker.once('message', (message: { result?: ExecutionResult; error?: string }) => {
          slots.leave();
          channel.port1.close();
          void worker.terminate();
          resolve(message.error !== undefined ? { error: message.error } : message.result!);
        });
        worker.once('error', (error) => {
          slots.leave();
          reject(error);
        });
      });
    }),
  );
}
