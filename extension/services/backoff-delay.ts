export type BackoffOptions = { baseMs: number; capMs: number };

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, capMs: 5 * 60_000 };

/**
 * How long to wait before try number `failures + 1`: the ceiling doubles with each failure up to
 * `capMs`, and the wait is drawn uniformly in [0, ceiling) ("full jitter", AWS Architecture Blog,
 * "Exponential Backoff And Jitter", 2015): of the usual schemes it spreads browsers that failed
 * together the most, so an outage that ends does not bring them all back in the same second.
 * `random` returns [0, 1).
 */
export function backoffDelay(failures: number, random: () => number, options: BackoffOptions = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, failures - 1));
  return Math.floor(random() * ceiling);
}

/**
 * The wait after the ledger (or Google in front of it) asked for `hintMs`: never sooner, and spread
 * over [hint, 2 × hint) so the browsers turned away in the same second do not return in step.
 */
export function hintedDelay(hintMs: number, random: () => number): number {
  return Math.floor(hintMs + random() * hintMs);
}
