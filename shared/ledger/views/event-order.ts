import type { StoredEvent } from '../event-catalogue.ts';

/** An instant as milliseconds; text that is not a time sorts first rather than breaking the order. */
export function msOf(at: string): number {
  const ms = Date.parse(at);
  return Number.isFinite(ms) ? ms : 0;
}

/**
 * The fold's only order: by `at` as a time (to the millisecond), then by `id` (DESIGN §3: last writer
 * wins by (at, id)). Two texts of the canonical 24-character form `2026-11-27T14:00:00.000Z` sort
 * as text exactly as they sort as times, which spares parsing in the common case; any other form
 * is parsed, so ISO texts of different precision still compare as times.
 */
export function compareEvents(a: StoredEvent, b: StoredEvent): number {
  if (a.at !== b.at) {
    if (a.at.length === 24 && b.at.length === 24) return a.at < b.at ? -1 : 1;
    const difference = msOf(a.at) - msOf(b.at);
    if (difference !== 0) return difference;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function isLater(a: StoredEvent, b: StoredEvent | undefined): boolean {
  return b === undefined || compareEvents(a, b) > 0;
}

/** Keeps the later of two snapshots of one record in a map. */
export function keepLatest<K, E extends StoredEvent>(map: Map<K, E>, key: K, candidate: E): void {
  if (isLater(candidate, map.get(key))) map.set(key, candidate);
}

/** Plain text order that does not depend on the runtime's locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `C01.2` before `C01.10`: dotted codes compared part by part, numbers as numbers. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const x = pa[i];
    const y = pb[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = Number(x.replace(/^C/, ''));
    const ny = Number(y.replace(/^C/, ''));
    if (Number.isFinite(nx) && Number.isFinite(ny) && nx !== ny) return nx - ny;
    if (x !== y) return compareText(x, y);
  }
  return 0;
}
