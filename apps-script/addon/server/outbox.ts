import { PROPERTY_STORE_BYTES, PROPERTY_VALUE_BYTES, splitForProperties, utf8Bytes } from '../../../shared/docs/split-for-properties.ts';

const INDEX = 'cocreate:outbox';
const part = (id: string, n: number) => `cocreate:outbox:${id}:${n}`;
/** Leave room in the 500 kB store for the settings and the index itself. */
const QUEUE_BUDGET_BYTES = PROPERTY_STORE_BYTES - 40 * 1024;

type Entry = { id: string; parts: number; bytes: number };

function readIndex(props: GoogleAppsScript.Properties.Properties): Entry[] {
  try {
    const value: unknown = JSON.parse(props.getProperty(INDEX) ?? '[]');
    return Array.isArray(value) ? (value as Entry[]) : [];
  } catch {
    return [];
  }
}

/**
 * Events waiting for the ledger, kept in the drafter's user properties so closing the document or
 * losing the network loses nothing: each event is JSON cut into ≤ 9 kB values (the per-value quota),
 * and the queue refuses to grow past the 500 kB per-store quota rather than fail half-written.
 */
export function queuedEvents(): { id: string; event: unknown }[] {
  const props = PropertiesService.getUserProperties();
  const all = props.getProperties();
  return readIndex(props).flatMap((entry) => {
    const pieces = Array.from({ length: entry.parts }, (_, n) => all[part(entry.id, n)]);
    if (pieces.some((p) => p === undefined)) return [];
    try {
      return [{ id: entry.id, event: JSON.parse(pieces.join('')) as unknown }];
    } catch {
      return [];
    }
  });
}

/** Adds events not queued yet; returns how many could not be queued because the store is full. */
export function enqueue(events: readonly { id: string }[]): { queued: number; full: number } {
  const props = PropertiesService.getUserProperties();
  const index = readIndex(props);
  let used = index.reduce((sum, e) => sum + e.bytes, 0);
  const writes: Record<string, string> = {};
  let queued = 0;
  let full = 0;
  for (const event of events) {
    if (index.some((e) => e.id === event.id)) continue;
    const json = JSON.stringify(event);
    const bytes = utf8Bytes(json);
    const entryBytes = utf8Bytes(JSON.stringify({ id: event.id, parts: 99, bytes }));
    if (used + bytes > QUEUE_BUDGET_BYTES || utf8Bytes(JSON.stringify(index)) + entryBytes > PROPERTY_VALUE_BYTES) {
      full += 1;
      continue;
    }
    const pieces = splitForProperties(json);
    pieces.forEach((piece, n) => {
      writes[part(event.id, n)] = piece;
    });
    index.push({ id: event.id, parts: pieces.length, bytes });
    used += bytes;
    queued += 1;
  }
  // Pieces first, index last: a failure between them leaves pieces nobody lists, never a listed event without its pieces.
  if (queued > 0) {
    props.setProperties(writes);
    props.setProperty(INDEX, JSON.stringify(index));
  }
  return { queued, full };
}

/** Drops events the ledger has answered (accepted, duplicate or refused for good). */
export function dequeue(ids: readonly string[]): void {
  if (ids.length === 0) return;
  const props = PropertiesService.getUserProperties();
  const index = readIndex(props);
  const gone = index.filter((e) => ids.includes(e.id));
  props.setProperty(INDEX, JSON.stringify(index.filter((e) => !ids.includes(e.id))));
  for (const entry of gone) for (let n = 0; n < entry.parts; n += 1) props.deleteProperty(part(entry.id, n));
}

export function queueLength(): number {
  return readIndex(PropertiesService.getUserProperties()).length;
}
