export type BackoffOptions = { baseMs: number; capMs: number };

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 5 * 60_000 };

/**
 * How long to wait before try number `failures + 1`: the ceiling doubles with each failure up to
 * `capMs`, and the wait is drawn in [ceiling / 2, ceiling) so many browsers that lost the ledger
 * together do not come back in step ("equal jitter"). `random` returns [0, 1).
 */
export function backoffDelay(failures: number, random: () => number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(ceiling / 2 + random() * (ceiling / 2));
}
