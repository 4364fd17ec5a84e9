/**
 * Bench harness (not Google code): Apps Script executions that really run at the same time, on a
 * virtual clock. Each of the owner's 30 execution slots (SIMULTANEOUS_EXECUTIONS_PER_USER) is a
 * worker thread (virtual-execution-worker.mjs) running the real bundle; its service calls come here,
 * wait their latency on the virtual clock, and are answered by the one GoogleWorld. The script lock
 * makes an execution wait in virtual time until another releases it or its timeout passes;
 * `Utilities.sleep` sleeps in virtual time. So group commit (an execution that stages its batch and
 * waits while another stores it) plays out as it would on Google, with the bundle's own code, and
 * an hour of a webinar takes the CPU it needs, not an hour. A request that finds every slot taken
 * never starts (Google's "too many scripts" page), as in concurrent-executions.ts.
 */
import { fileURLToPath } from 'node:url';
import { MessageChannel, Worker } from 'node:worker_threads';
import { SIMULTANEOUS_EXECUTIONS_PER_USER } from '../../tests/support/concurrent-executions.ts';
import type { GoogleWorld } from '../../tests/support/google-world.ts';
import { LOCK_TIMEOUT_MESSAGE } from '../../tests/support/lock-service-double.ts';
import { type Reply, serviceHandles } from '../../tests/support/service-handles.ts';

/** The clock the executions live on (the webinar bench's VirtualTime). */
export type VirtualClock = {
  readonly now: number;
  sleep(ms: number): Promise<void>;
  /** Work outside the timers began (a worker computing): time must not move on until it ends. */
  busy(): void;
  /** That work ended (the worker asked for something or finished). */
  idle(): void;
};

const WORKER = fileURLToPath(new URL('./virtual-execution-worker.mjs', import.meta.url));
const GLOBAL_NAMES = ['SpreadsheetApp', 'Sheets', 'LockService', 'PropertiesService', 'CacheService', 'ContentService', 'HtmlService', 'Utilities', 'Session', 'Logger'];


/** The script lock on the virtual clock: FIFO waiters, each with its timeout. */
class VirtualScriptLock {
  private holder: string | null = null;
  private readonly queue: { execution: string; grant: (ok: boolean) => void }[] = [];
  waits = 0;
  constructor(private readonly clock: VirtualClock) {}
  acquire(execution: string, timeoutMs: number): Promise<boolean> {
    if (this.holder === null || this.holder === execution) {
      this.holder = execution;
      return Promise.resolve(true);
    }
    this.waits += 1;
    return new Promise((resolve) => {
      let done = false;
      const waiter = {
        execution,
        grant: (ok: boolean) => {
          if (done) return;
          done = true;
          resolve(ok);
        },
      };
      this.queue.push(waiter);
      void this.clock.sleep(Math.max(0, timeoutMs)).then(() => {
        const i = this.queue.indexOf(waiter);
        if (i >= 0) this.queue.splice(i, 1);
        waiter.grant(false);
      });
    });
  }
  release(execution: string): void {
    if (this.holder !== execution) return;
    this.holder = null;
    const next = this.queue.shift();
    if (next) {
      this.holder = next.execution;
      next.grant(true);
    }
  }
  get heldBy(): string | null {
    return this.holder;
  }
}

export type ExecutionPoolOptions = {
  /** Virtual ms one call takes, by service and method. */
  latencyMs: (service: string, method: string) => number;
  slots?: number;
};

/** The owner's execution slots: `run` answers doPost's content, or undefined when every slot is taken. */
export function createExecutionPool(world: GoogleWorld, code: string, clock: VirtualClock, options: ExecutionPoolOptions) {
  const lock = new VirtualScriptLock(clock);
  const limit = options.slots ?? SIMULTANEOUS_EXECUTIONS_PER_USER;
  type Slot = { worker: Worker; busy: boolean; finish?: (result: { content?: string; error?: string }) => void };
  const slots: Slot[] = [];
  let jobs = 0;
  const stats = { started: 0, refused: 0, peak: 0, running: 0 };

  const newSlot = (index: number): Slot => {
    const execution = `execution-${index}`;
    const lockService = {
      getScriptLock: () => ({
        tryLock: (ms: number) => lock.acquire(execution, ms),
        waitLock: async (ms: number) => {
          if (!(await lock.acquire(execution, ms))) throw new Error(LOCK_TIMEOUT_MESSAGE);
        },
        releaseLock: () => lock.release(execution),
        hasLock: () => lock.heldBy === execution,
      }),
    };
    const utilities = world.globals.Utilities as unknown as Record<string, unknown>;
    const sleepingUtilities = new Proxy(utilities, {
      get: (target, prop) => (prop === 'sleep' ? (ms: number) => clock.sleep(Math.max(0, Number(ms) || 0)) : target[prop as string]),
    });
    const globals: Record<string, unknown> = { ...world.forExecution(execution), LockService: lockService, Utilities: sleepingUtilities };
    const { resolveTarget, decode, describe } = serviceHandles(globals);
    const serviceOf = (target: string) => (target.startsWith('global:') ? target.slice(7) : (handleService.get(target) ?? ''));
    // Which service a handle came from (Sheets.Spreadsheets.Values is still Sheets), for its latency.
    const handleService = new Map<string, string>();
    const call = async (message: { op: 'get' | 'call' | 'clock'; target: string; prop: string; args?: unknown[] }): Promise<Reply> => {
      if (message.op === 'clock') return { kind: 'value', value: clock.now };
      try {
        const target = resolveTarget(message.target) as Record<string, unknown>;
        if (message.op === 'get') {
          const reply = describe(target[message.prop]);
          if (reply.kind === 'handle') handleService.set(reply.id, serviceOf(message.target));
          return reply;
        }
        const service = serviceOf(message.target);
        const wait = options.latencyMs(service, message.prop);
        if (wait > 0) await clock.sleep(wait);
        const fn = target[message.prop] as (...a: unknown[]) => unknown;
        const reply = describe(await fn.apply(target, decode(message.args ?? []) as unknown[]));
        if (reply.kind === 'handle') handleService.set(reply.id, service);
        return reply;
      } catch (error) {
        return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
      }
    };

    const channel = new MessageChannel();
    const flag = new SharedArrayBuffer(4);
    const signal = new Int32Array(flag);
    const worker = new Worker(WORKER, { workerData: { code, port: channel.port2, flag, globalNames: GLOBAL_NAMES }, transferList: [channel.port2] });
    const slot: Slot = { worker, busy: false };
    channel.port1.on('message', (message) => {
      clock.idle(); // the worker waits for this answer
      void call(message).then((reply) => {
        clock.busy();
        channel.port1.postMessage(reply);
        Atomics.store(signal, 0, 1);
        Atomics.notify(signal, 0);
      });
    });
    worker.on('message', (message: { result?: { content: string }; error?: string }) => {
      clock.idle();
      const finish = slot.finish;
      slot.finish = undefined;
      slot.busy = false;
      stats.running -= 1;
      finish?.(message.error !== undefined ? { error: message.error } : { content: message.result!.content });
    });
    worker.on('error', (error) => {
      throw error;
    });
    return slot;
  };

  return {
    lock,
    stats,
    /** Runs `entry(...args)` in a free slot; undefined at once when all `limit` are taken. */
    run(entry: string, args: unknown[]): Promise<{ content?: string; error?: string }> | undefined {
      let slot = slots.find((s) => !s.busy);
      if (!slot && slots.length < limit) {
        slot = newSlot(slots.length);
        slots.push(slot);
      }
      if (!slot) {
        stats.refused += 1;
        return undefined;
      }
      slot.busy = true;
      stats.started += 1;
      stats.running += 1;
      stats.peak = Math.max(stats.peak, stats.running);
      return new Promise((resolve) => {
        slot.finish = resolve;
        clock.busy();
        slot.worker.postMessage({ id: jobs++, entry, args });
      });
    },
    close: () => Promise.all(slots.map((s) => s.worker.terminate())),
  };
}
