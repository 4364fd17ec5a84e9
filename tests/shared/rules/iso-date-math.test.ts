import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../../../shared/rules/iso-date-math.ts';

describe('iso-date-math', () => {
  it.each([
    ['2025-06-30', 12, '2026-06-30'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-08-20', 6, '2027-02-20'],
    ['2026-06-30', -3, '2026-03-30'],
  ] as const)('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2025-10-01', '2025-10-22', 21],
    ['2025-10-01T23:00:00Z', '2025-10-02T01:00:00Z', 1],
    ['2026-03-10', '2026-03-01', -9],
    ['2024-02-28', '2024-03-01', 2],
  ] as const)('daysBetween(%s, %s) = %i', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it.each([
    ['2025-03-15', -14, '2025-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
  ] as const)('addDays(%s, %i) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });
});
