import type { IDBPTransaction, StoreNames } from 'idb';
import type { ClientEnvelope } from '../../shared/ledger/event-envelope.ts';
import { MAX_EVENTS_PER_BATCH } from '../../shared/protocol/limits.ts';
import type { CocreateDb, CocreateDbSchema } from './db.ts';
import type { OutboxEntry, OutboxError } from './outbox-entry.ts';

type WriteTx = IDBPTransaction<CocreateDbSchema, StoreNames<CocreateDbSchema>[], 'readwrite'>;

const POSITION_KEY = 'outboxPosition';

/**
 * Queues an event inside the caller's transaction (which must include `outbox` and `meta`), so a
 * record and its outbox entry are written together or not at all. `add` refuses a known event id.
 */
export async function enqueueEvent(tx: WriteTx, event: ClientEnvelope, queuedAt: string): Promise<OutboxEntry> {
  const meta = tx.objectStore('meta');
  const last = await meta.get(POSITION_KEY);
  const position = typeof last === 'number' ? last + 1 : 0;
  await meta.put(position, POSITION_KEY);
  const entry: OutboxEntry = { v: 1, id: event.id, position, state: 'queued', event, queuedAt, attempts: 0 };
  await tx.objectStore('outbox').add(entry);
  return entry;
}

const queuedRange = () => IDBKeyRange.bound(['queued', -Infinity], ['queued', Infinity]);
const rejectedRange = () => IDBKeyRange.bound(['rejected', -Infinity], ['rejected', Infinity]);

/** Events still waiting for the ledger (refused ones are counted apart). */
export function countOutbox(db: CocreateDb): Promise<number> {
  return db.countFromIndex('outbox', 'byState', queuedRange());
}

export function countRejected(db: CocreateDb): Promise<number> {
  return db.countFromIndex('outbox', 'byState', rejectedRange());
}

/** The oldest queued entries, in the order they were made, at most one protocol batch. */
export function peekBatch(db: CocreateDb, max = MAX_EVENTS_PER_BATCH): Promise<OutboxEntry[]> {
  return db.getAllFromIndex('outbox', 'byState', queuedRange(), Math.min(max, MAX_EVENTS_PER_BATCH));
}

/** Refused entries, oldest first, so the user can see what the ledger did not take and why. */
export function listRejected(db: CocreateDb): Promise<OutboxEntry[]> {
  return db.getAllFromIndex('outbox', 'byState', rejectedRange());
}

/** The ledger has these events (accepted now or before): they leave the outbox. */
export async function acknowledge(db: CocreateDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const tx = db.transaction('outbox', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

/** Counts one more try for each entry (the same ids go out again on retry). */
export async function recordAttempt(db: CocreateDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const tx = db.transaction('outbox', 'readwrite');
  await Promise.all([
    ...ids.map(async (id) => {
      const entry = await tx.store.get(id);
      if (entry) await tx.store.put({ ...entry, attempts: entry.attempts + 1 });
    }),
    tx.done,
  ]);
}

/** The ledger refused this event: keep it, with the reason, out of the queue. Never dropped. */
export async function markRejected(db: CocreateDb, id: string, error: OutboxError): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry) await tx.store.put({ ...entry, state: 'rejected', error });
  await tx.done;
}

/** Puts refused entries back in the queue (after the user fixed the cause, e.g. a role). */
export async function requeueRejected(db: CocreateDb): Promise<number> {
  const tx = db.transaction('outbox', 'readwrite');
  const entries = await tx.store.index('byState').getAll(rejectedRange());
  await Promise.all(entries.map(({ error: _error, ...entry }) => tx.store.put({ ...entry, state: 'queued' })));
  await tx.done;
  return entries.length;
}

/** Puts one refused entry back in the queue, as it was (sync-engine.ts: it was not the event's fault). */
export async function requeueEntry(db: CocreateDb, id: string): Promise<void> {
  const tx = db.transaction('outbox', 'readwrite');
  const entry = await tx.store.get(id);
  if (entry?.state === 'rejected') {
    const { error: _error, ...rest } = entry;
    await tx.store.put({ ...rest, state: 'queued' });
  }
  await tx.done;
}

/**
 * The user corrected the text of a refused annotation change: the same event (same id, never stored)
 * goes back in the queue with the new text, and the annotation shown here takes it too, together.
 */
export async function reviseRejected(db: CocreateDb, id: string, text: string, now: string): Promise<boolean> {
  const tx = db.transaction(['outbox', 'annotations'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const entry = await outbox.get(id);
  const payload = entry?.event.payload as { text?: unknown } | undefined;
  if (entry?.state !== 'rejected' || typeof payload?.text !== 'string') {
    await tx.done;
    return false;
  }
  const { error: _error, ...rest } = entry;
  await outbox.put({ ...rest, state: 'queued', event: { ...entry.event, payload: { ...entry.event.payload, text } } });
  const annotations = tx.objectStore('annotations');
  const record = entry.event.entityId ? await annotations.get(entry.event.entityId) : undefined;
  if (record) await annotations.put({ ...record, text, updatedAt: now });
  await tx.done;
  return true;
}
