import type { IsoDate } from '../domain/iso-time.ts';

/**
 * Calendar arithmetic on `YYYY-MM-DD` text in UTC, so results never depend on the machine's time
 * zone. `YYYY-MM-DD` strings also compare correctly with `<`.
 */

const DAY_MS = 86_400_000;

function toUtcMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The calendar day of an ISO date or date-time (`2026-03-01T10:00:00Z` → `2026-03-01`). */
export function dayOf(value: string): IsoDate {
  return value.slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(dayOf(to)) - toUtcMs(dayOf(from))) / DAY_MS);
}

export function addDays(date: string, days: number): IsoDate {
  return fromUtcMs(toUtcMs(dayOf(date)) + days * DAY_MS);
}

/** Adds calendar months; a day past the end of the target month becomes its last day (Jan 31 + 1 → Feb 28). */
export function addMonths(date: string, months: number): IsoDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtcMs(Date.UTC(year, month, Math.min(day, lastDay)));
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
