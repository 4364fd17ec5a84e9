import { describe, expect, it } from 'vitest';
import { backoffDelay, hintedDelay } from '../../../extension/services/backoff-delay.ts';

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
