import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../../../extension/services/annotations.ts';
import type { CocreateDb } from '../../../extension/services/db.ts';
import {
  acknowledge,
  countOutbox,
  countRejected,
  listRejected,
  markRejected,
  peekBatch,
  recordAttempt,
  requeueEntry,
  requeueRejected,
  reviseRejected,
} from '../../../extension/services/outbox.ts';
import { fixedEnv, freshDb, MEETING_ID } from './fixed-env.ts';

let db: CocreateDb;
beforeEach(async () => {
  db = await freshDb();
});

async function annotate(count: number) {
  const env = fixedEnv();
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await createAnnotation(db, { meetingId: MEETING_ID, kind: 'note', text: `n${i}` }, env);
    if (!result.ok) throw new Error('setup');
    ids.push(result.value.id);
  }
  return ids;
}

describe('outbox', () => {
  it.each([
    [0, 500, 0],
    [3, 500, 3],
    [501, 500, 500],
    [12, 5, 5],
    [12, 900, 12],
  ])('with %i queued, a batch of at most %i holds %i, oldest first', async (queued, max, expected) => {
    const annotationIds = await annotate(queued);
    const batch = await peekBatch(db, max);
    expect(batch).toHaveLength(expected);
    expect(batch.map((entry) => entry.event.entityId)).toEqual(annotationIds.slice(0, expected));
  });

  it('never hands out more than the protocol allows in one batch', async () => {
    await annotate(520);
    expect(await peekBatch(db, 10_000)).toHaveLength(500);
  });

  it('removes acknowledged entries only', async () => {
    await annotate(4);
    const [a, b] = await peekBatch(db);
    await acknowledge(db, [a!.id, b!.id]);
    expect(await countOutbox(db)).toBe(2);
    expect((await peekBatch(db)).map((entry) => entry.id)).not.toContain(a!.id);
  });

  it('keeps a refused entry with its reason, out of the queue, and can put it back', async () => {
    await annotate(2);
    const [first, second] = await peekBatch(db);
    await markRejected(db, first!.id, { code: 'forbidden', message: 'role' });
    expect(await countOutbox(db)).toBe(1);
    expect(await countRejected(db)).toBe(1);
    expect((await peekBatch(db)).map((entry) => entry.id)).toEqual([second!.id]);
    expect(await listRejected(db)).toMatchObject([{ id: first!.id, state: 'rejected', error: { code: 'forbidden' }, event: first!.event }]);
    expect(await requeueRejected(db)).toBe(1);
    expect((await peekBatch(db)).map((entry) => entry.id)).toEqual([first!.id, second!.id]);
    expect(await countRejected(db)).toBe(0);
  });

  it('counts attempts without changing the event a retry sends', async () => {
    await annotate(1);
    const [before] = await peekBatch(db);
    await recordAttempt(db, [before!.id]);
    await recordAttempt(db, [before!.id]);
    const [after] = await peekBatch(db);
    expect(after).toEqual({ ...before, attempts: 2 });
  });
});

describe('outbox: a refused entry corrected and sent again', () => {
  it('the same event id goes back in the queue with the corrected text, and the annotation shows it too', async () => {
    const [recordId] = await annotate(2);
    const [entry] = await peekBatch(db, 1);
    await markRejected(db, entry!.id, { code: 'internal', message: 'The ledger failed.' });
    expect(await reviseRejected(db, entry!.id, 'Corrected text', '2026-11-27T16:00:00.000Z')).toBe(true);
    expect(await countRejected(db)).toBe(0);
    const queued = await peekBatch(db);
    expect(queued[0]).toMatchObject({ id: entry!.id, state: 'queued', event: { id: entry!.id, payload: { text: 'Corrected text' } } });
    expect(queued[0]?.error).toBeUndefined();
    expect(queued.map((e) => e.id)).toHaveLength(2); // its place in the order is kept
    expect(await db.get('annotations', recordId!)).toMatchObject({ text: 'Corrected text', updatedAt: '2026-11-27T16:00:00.000Z' });
  });

  it('only a refused entry can be revised (a queued one is left as it is)', async () => {
    await annotate(1);
    const [entry] = await peekBatch(db, 1);
    expect(await reviseRejected(db, entry!.id, 'x', '2026-11-27T16:00:00.000Z')).toBe(false);
    expect((await peekBatch(db))[0]?.event.payload).toMatchObject({ text: 'n0' });
  });

  it('requeueEntry puts one refused entry back as it was', async () => {
    await annotate(2);
    const [first] = await peekBatch(db, 1);
    await markRejected(db, first!.id, { code: 'internal', message: 'x' });
    await requeueEntry(db, first!.id);
    expect(await countRejected(db)).toBe(0);
    expect((await peekBatch(db))[0]?.id).toBe(first!.id);
  });
});
