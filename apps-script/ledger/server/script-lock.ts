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

/** How often a request waiting for the lock looks whether the lock holder has answered it meanwhile. */
export const LOCK_POLL_MS = 500;

export type Turn<A> = { kind: 'locked'; release: () => void } | { kind: 'answered'; answer: A } | { kind: 'timed-out' };

/**
 * Waits up to `waitMs` for the script lock, in slices of `pollMs`, and between slices asks `answered`
 * whether another execution did the work meanwhile (group commit: the lock holder stores what waiters
 * staged). `locked`: this execution now holds the lock and must release it (releaseScriptLock).
 * The slices are counted, not timed, so a double whose tryLock answers at once does not spin.
 */
export function awaitTurn<A>(answered: () => A | undefined, waitMs = LOCK_WAIT_MS, pollMs = LOCK_POLL_MS): Turn<A> {
  const lock = LockService.getScriptLock();
  const locked = { kind: 'locked' as const, release: () => lock.releaseLock() };
  if (lock.tryLock(0)) return locked;
  for (let waited = 0; waited < waitMs; waited += pollMs) {
    const answer = answered();
    if (answer !== undefined) return { kind: 'answered', answer };
    if (lock.tryLock(Math.min(pollMs, waitMs - waited))) return locked;
  }
  const answer = answered();
  return answer !== undefined ? { kind: 'answered', answer } : { kind: 'timed-out' };
}

