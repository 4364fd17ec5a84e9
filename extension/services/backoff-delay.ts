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

/**
 * The wait after Google turned the request away with no hint (its "too many scripts running
 * simultaneously" page: the owner's 30 executions are all taken). Every browser of the room meets
 * that page in the same seconds, and the plain backoff's first tries (under 1, 2, 4 s) brought 500
 * of them back at 2,130 requests a minute (docs/webinar-load.md), every one refused again. So the
 * wait never falls below `floorMs`, and is drawn uniformly ("full jitter") over [floor, ceiling),
 * the ceiling doubling from `firstCeilingMs` with each failure up to `capMs`: 500 browsers turned
 * away together come back spread over 45 s at first (about 670 a minute, under what 30 executions
 * of a second or two serve), fewer and fewer while it lasts.
 */
export type CrowdBackoffOptions = { floorMs: number; firstCeilingMs: number; capMs: number };

export const CROWD_BACKOFF: CrowdBackoffOptions = { floorMs: 15_000, firstCeilingMs: 60_000, capMs: 5 * 60_000 };

export function crowdDelay(failures: number, random: () => number, options: CrowdBackoffOptions = CROWD_BACKOFF): number {
  const ceiling = Math.max(options.floorMs, Math.min(options.capMs, options.firstCeilingMs * 2 ** Math.max(0, failures - 1)));
  return options.floorMs + Math.floor(random() * (ceiling - options.floorMs));
}
