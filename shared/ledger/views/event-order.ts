import type { StoredEvent } from '../event-catalogue.ts';

/** An event with its time as a number, parsed once: ISO texts of different precision do not sort as text. */
export type Timed<E extends StoredEvent = StoredEvent> = { event: E; ms: number };

export function timed<E extends StoredEvent>(event: E): Timed<E> {
  const ms = Date.parse(event.at);
  return { event, ms: Number.isFinite(ms) ? ms : 0 };
}

/** The fold's only order: by `at`, then by `id` (DESIGN §3: last writer wins by (at, id)). */
export function compareTimed(a: Timed, b: Timed): number {
  if (a.ms !== b.ms) return a.ms - b.ms;
  return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
}

export function isLater(a: Timed, b: Timed | undefined): boolean {
  return b === undefined || compareTimed(a, b) > 0;
}

/** Keeps the later of two snapshots of one record in a map. */
export function keepLatest<K, E extends StoredEvent>(map: Map<K, Timed<E>>, key: K, candidate: Timed<E>): void {
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
