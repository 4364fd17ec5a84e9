/** How long a request waits for another execution to finish writing before it answers `busy`. */
export const LOCK_WAIT_MS = 10_000;

export type Locked<T> = { ok: true; value: T } | { ok: false };

/**
 * Runs `work` holding the script lock, which serialises every execution of this script project (the
 * ledger's only writer); `{ ok: false }` when the lock was not obtained, and then `work` never ran.
 */
export function withScriptLock<T>(work: () => T, waitMs = LOCK_WAIT_MS): Locked<T> {
  const lock = LockService.getScriptLock();
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    return { ok: true, value: work() };
  } finally {
    lock.releaseLock();
  }
}
