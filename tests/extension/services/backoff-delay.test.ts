import { describe, expect, it } from 'vitest';
import { backoffDelay, CROWD_BACKOFF, crowdDelay, hintedDelay } from '../../../extension/services/backoff-delay.ts';

const options = { baseMs: 1_000, capMs: 60_000 };

// Full jitter (was "equal jitter", [ceiling / 2, ceiling)): waits may be short, so many browsers
// that failed together come back spread over the whole window instead of its second half.
describe('backoffDelay', () => {
  it.each([
    [1, 0, 0],
    [1, 0.999, 999],
    [2, 0.5, 1_000],
    [3, 0.5, 2_000],
    [7, 0.5, 30_000],
    [20, 0.5, 30_000],
    [20, 0.999_999, 59_999],
  ])('after %i failures with random %d waits %i ms', (failures, random, expected) => {
    expect(backoffDelay(failures, () => random, options)).toBe(expected);
  });

  it('spreads browsers that failed together over the whole window (full jitter)', () => {
    const draws = [0.05, 0.3, 0.6, 0.95].map((r) => backoffDelay(4, () => r, options));
    expect(new Set(draws).size).toBe(4);
    expect(Math.min(...draws)).toBeLessThan(1_000);
    expect(Math.max(...draws)).toBeLessThan(8_000);
  });
});

describe('hintedDelay', () => {
  it('never comes back before the hint, and spreads over the hint again', () => {
    expect(hintedDelay(30_000, () => 0)).toBe(30_000);
    expect(hintedDelay(30_000, () => 0.5)).toBe(45_000);
    expect(hintedDelay(30_000, () => 0.999_999)).toBeLessThan(60_000);
  });
});

/** mulberry32: one seeded stream per simulated browser. */
function stream(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe('crowdDelay (Google turned the request away, no hint)', () => {
  it.each([
    [1, 0, 15_000],
    [1, 0.999_999, 59_999],
    [2, 0.5, 67_500],
    [3, 0.5, 127_500],
    [9, 0.999_999, 299_999],
  ])('after %i failures with random %d waits %i ms', (failures, random, expected) => {
    expect(crowdDelay(failures, () => random)).toBe(expected);
  });

  it('500 browsers turned away in the same second come back spread out: never sooner than the floor, none in step', () => {
    const delays = Array.from({ length: 500 }, (_, i) => crowdDelay(1, stream(20261201 + i)));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(CROWD_BACKOFF.floorMs);
    expect(Math.max(...delays)).toBeLessThan(CROWD_BACKOFF.firstCeilingMs);
    // Spread evenly over the 45 s window: no 5-second slice gets more than twice its share (500 / 9).
    const slices = new Array(9).fill(0) as number[];
    for (const d of delays) slices[Math.floor((d - CROWD_BACKOFF.floorMs) / 5_000)]! += 1;
    for (const count of slices) {
      expect(count).toBeGreaterThan(500 / 9 / 2);
      expect(count).toBeLessThan((2 * 500) / 9);
    }
    // No synchronized retries: at most a handful of browsers share any one second.
    const perSecond = new Map<number, number>();
    for (const d of delays) perSecond.set(Math.floor(d / 1_000), (perSecond.get(Math.floor(d / 1_000)) ?? 0) + 1);
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(25);
    // The room's return rate in the first minute: under 700 requests a minute, not the 2,130 seen.
    expect((500 / ((CROWD_BACKOFF.firstCeilingMs - CROWD_BACKOFF.floorMs) / 60_000))).toBeLessThan(700);
  });

  it('a crowd that stays turned away sends fewer and fewer requests (the window doubles, up to 5 minutes)', () => {
    const mean = (failures: number) => Array.from({ length: 500 }, (_, i) => crowdDelay(failures, stream(i))).reduce((a, b) => a + b, 0) / 500;
    expect(mean(2)).toBeGreaterThan(mean(1) * 1.5);
    expect(mean(3)).toBeGreaterThan(mean(2) * 1.5);
    expect(mean(12)).toBeLessThan(CROWD_BACKOFF.capMs);
  });
});
