/**
 * TEST DOUBLE of `LockService` (developers.google.com/apps-script/reference/lock), not Google code.
 * Reproduced: `getScriptLock()` excludes every other execution of the script, whoever runs it;
 * `tryLock(ms)` waits up to ms and answers true or false; `waitLock(ms)` waits and throws
 * "Lock timeout: another process was holding the lock for too long." if it cannot get the lock;
 * `releaseLock()` lets the next waiter in; `hasLock()` tells whether this execution holds it. A lock
 * taken twice by the same execution is still held (a second tryLock answers true).
 *
 * Executions are named by the caller. Within one thread nobody else can release while a caller
 * waits, so a contended synchronous tryLock answers false at once instead of sleeping. Real contention
 * (callers that wait for each other) happens across worker threads: see concurrent-executions.ts,
 * which calls `acquire` below and answers the worker when the lock is granted or the wait runs out.
 */
import type { CallLog } from './call-log.ts';

type Waiter = { execution: string; grant: (ok: boolean) => void; timer: ReturnType<typeof setTimeout> };

export const LOCK_TIMEOUT_MESSAGE = 'Lock timeout: another process was holding the lock for too long.';

export class ScriptLockArbiter {
  private holder: string | null = null;
  private readonly waiters: Waiter[] = [];
  /** How many acquisitions had to wait for another execution (tests check contention happened). */
  waits = 0;
  /** Real milliseconds waited per requested millisecond (tests shrink long server timeouts). */
  constructor(private readonly timeScale = 1) {}

  get heldBy(): string | null {
    return this.holder;
  }

  tryNow(execution: string): boolean {
    if (this.holder === null || this.holder === execution) {
      this.holder = execution;
      return true;
    }
    return false;
  }

  /** Waits (for real) up to `timeoutMs` × timeScale; resolves true once this execution holds the lock. */
  acquire(execution: string, timeoutMs: number): Promise<boolean> {
    if (this.tryNow(execution)) return Promise.resolve(true);
    this.waits += 1;
    return new Promise((resolve) => {
      const waiter: Waiter = {
        execution,
        grant: resolve,
        timer: setTimeout(() => {
          const i = this.waiters.indexOf(waiter);
          if (i >= 0) this.waiters.splice(i, 1);
          resolve(false);
        }, Math.max(0, timeoutMs * this.timeScale)),
      };
      this.waiters.push(waiter);
    });
  }

  release(execution: string): void {
    if (this.holder !== execution) return;
    this.holder = null;
    const next = this.waiters.shift();
    if (next) {
      clearTimeout(next.timer);
      this.holder = next.execution;
      next.grant(true);
    }
  }

  /** Test control: make another execution hold the lock (so the one under test must wait or fail). */
  holdAs(execution: string): void {
    if (!this.tryNow(execution)) throw new Error(`lock already held by ${this.holder}`);
  }
}

export function createLockServiceDouble(arbiter: ScriptLockArbiter, execution: string, log: CallLog) {
  const count = (method: string) => log.record('LockService', method);
  const lock = {
    tryLock(_timeoutMs: number): boolean {
      count('tryLock');
      return arbiter.tryNow(execution);
    },
    waitLock(_timeoutMs: number): void {
      count('waitLock');
      if (!arbiter.tryNow(execution)) throw new Error(LOCK_TIMEOUT_MESSAGE);
    },
    releaseLock(): void {
      count('releaseLock');
      arbiter.release(execution);
    },
    hasLock(): boolean {
      count('hasLock');
      return arbiter.heldBy === execution;
    },
  };
  return {
    getScriptLock() {
      count('getScriptLock');
      return lock;
    },
    getDocumentLock() {
      count('getDocumentLock');
      return lock;
    },
    getUserLock() {
      count('getUserLock');
      return lock;
    },
  };
}
