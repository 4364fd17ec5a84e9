import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../extension/services/backoff-delay.ts';

const options = { baseMs: 1_000, capMs: 60_000 };

describe('backoffDelay', () => {
  it.each([
    [1, 0, 500],
    [1, 0.999, 999],
    [2, 0, 1_000],
    [3, 0.5, 3_000],
    [7, 0, 30_000],
    [20, 0, 30_000],
    [20, 0.999_999, 59_999],
  ])('after %i failures with random %d waits %i ms', (failures, random, expected) => {
    expect(backoffDelay(failures, () => random, options)).toBe(expected);
  });

  it('spreads browsers that failed together (jitter)', () => {
    const draws = [0.1, 0.4, 0.7, 0.95].map((r) => backoffDelay(4, () => r, options));
    expect(new Set(draws).size).toBe(4);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(4_000);
    expect(Math.max(...draws)).toBeLessThan(8_000);
  });
});
