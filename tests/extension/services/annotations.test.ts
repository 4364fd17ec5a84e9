import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  updateAnnotation,
} from '../../../extension/services/annotations.ts';
import type { CocreateDb } from '../../../extension/services/db.ts';
import { enqueueEvent } from '../../../extension/services/outbox.ts';
import { countOutbox, peekBatch } from '../../../extension/services/outbox.ts';
import { parseClientEvent } from '../../../shared/ledger/event-catalogue.ts';
import { fixedEnv, freshDb, MEETING_ID } from './fixed-env.ts';

let db: CocreateDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('createAnnotation', () => {
  it.each([
    ['a decision with text', { meetingId: MEETING_ID, kind: 'decision', text: 'Adopt C03', offsetMs: 61_000 }],
    ['one key press, no text yet', { meetingId: MEETING_ID, kind: 'note', text: '' }],
    [
      'an action with owner, due date and commitment',
      { meetingId: MEETING_ID, kind: 'action', text: 'Send draft', owner: 'TBS', dueDate: '2026-12-15', commitmentId: 'c-1' },
    ],
  ])('stores %s and queues its annotation.created event', async (_name, input) => {
    const env = fixedEnv();
    const result = await createAnnotation(db, input, env);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await listAnnotations(db, MEETING_ID)).toEqual([result.value]);
    const [entry] = await peekBatch(db);
    expect(entry?.event).toMatchObject({ type: 'annotation.created', entityId: result.value.id, source: 'extension', payload: input });
    expect(parseClientEvent(entry?.event).ok).toBe(true);
  });

  it.each([
    ['an unknown kind', { meetingId: MEETING_ID, kind: 'rant', text: 'x' }, 'kind'],
    ['text over 10,000 characters', { meetingId: MEETING_ID, kind: 'note', text: 'x'.repeat(10_001) }, 'text'],
    ['no meeting', { kind: 'note', text: 'x' }, 'meetingId'],
    ['a malformed due date', { meetingId: MEETING_ID, kind: 'action', text: 'x', dueDate: '15/12/2026' }, 'dueDate'],
  ])('refuses %s with a bilingual message and writes nothing', async (_name, input, path) => {
    const result = await createAnnotation(db, input, fixedEnv());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ path });
    expect(result.errors[0]?.message.en).not.toBe('');
    expect(result.errors[0]?.message.fr).not.toBe('');
    expect(await db.count('annotations')).toBe(0);
    expect(await countOutbox(db)).toBe(0);
  });

  it('leaves neither the annotation nor its outbox entry when the transaction fails', async () => {
    const env = fixedEnv();
    // The outbox already holds an event with the id the next event will get: the outbox add fails.
    const clash = fixedEnv();
    clash.newId();
    const clashingId = clash.newId();
    const tx = db.transaction(['outbox', 'meta'], 'readwrite');
    await enqueueEvent(
      tx,
      { v: 1, id: clashingId, type: 'annotation.deleted', at: '2026-11-27T13:00:00.000Z', source: 'extension', entityId: 'x', payload: {} },
      '2026-11-27T13:00:00.000Z',
    );
    await tx.done;

    const result = await createAnnotation(db, { meetingId: MEETING_ID, kind: 'note', text: 'lost?' }, env);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('storage');
    expect(await db.count('annotations')).toBe(0);
    expect(await countOutbox(db)).toBe(1);
  });
});

describe('who spoke and in which language', () => {
  it('keeps the speaker, the language and a translation, and an edit can change or clear them', async () => {
    const env = fixedEnv();
    const created = await createAnnotation(
      db,
      { meetingId: MEETING_ID, kind: 'disagreement', text: 'Too short', language: 'en', speaker: { side: 'csn', name: 'Zoé Roy' } },
      env,
    );
    if (!created.ok) throw new Error('setup');
    const edited = await updateAnnotation(db, created.value.id, { speaker: { side: 'government' }, translation: 'Trop court', commitmentId: 'c-2' }, env);
    expect(edited).toMatchObject({ ok: true, value: { speaker: { side: 'government' }, translation: 'Trop court', language: 'en', commitmentId: 'c-2' } });
    const cleared = await updateAnnotation(db, created.value.id, { speaker: undefined, translation: undefined, commitmentId: undefined }, env);
    if (!cleared.ok) throw new Error('expected the edit to be kept');
    expect(cleared.value.speaker).toBeUndefined();
    expect(cleared.value.commitmentId).toBeUndefined();
    const events = (await peekBatch(db)).map((entry) => entry.event);
    // Each edit is a full snapshot: a cleared speaker is cleared in the ledger too.
    expect(events.map((event) => [event.type, (event.payload as { speaker?: unknown }).speaker])).toEqual([
      ['annotation.created', { side: 'csn', name: 'Zoé Roy' }],
      ['annotation.updated', { side: 'government' }],
      ['annotation.updated', undefined],
    ]);
    expect(events.every((event) => parseClientEvent(event).ok)).toBe(true);
  });
});

describe('updateAnnotation and deleteAnnotation', () => {
  it('queues a full snapshot, so a cleared field is cleared in the ledger too', async () => {
    const env = fixedEnv();
    const created = await createAnnotation(db, { meetingId: MEETING_ID, kind: 'action', text: 'Draft', owner: 'CSN' }, env);
    if (!created.ok) throw new Error('setup');
    const updated = await updateAnnotation(db, created.value.id, { text: 'Draft v2', owner: undefined }, env);
    expect(updated.ok).toBe(true);
    const events = (await peekBatch(db)).map((entry) => entry.event);
    expect(events.map((event) => event.type)).toEqual(['annotation.created', 'annotation.updated']);
    expect(events[1]?.payload).toEqual({ meetingId: MEETING_ID, kind: 'action', text: 'Draft v2' });
    expect((await listAnnotations(db, MEETING_ID))[0]).toMatchObject({ text: 'Draft v2', updatedAt: '2026-11-27T14:00:00.000Z' });
  });

  it('refuses an edit that would break the annotation, and writes nothing', async () => {
    const env = fixedEnv();
    const created = await createAnnotation(db, { meetingId: MEETING_ID, kind: 'note', text: 'ok' }, env);
    if (!created.ok) throw new Error('setup');
    const result = await updateAnnotation(db, created.value.id, { text: 'y'.repeat(10_001) }, env);
    expect(result.ok).toBe(false);
    expect(await countOutbox(db)).toBe(1);
    expect((await listAnnotations(db, MEETING_ID))[0]?.text).toBe('ok');
  });

  it('deletes by tombstone: hidden from the list, kept in the store, deletion queued', async () => {
    const env = fixedEnv();
    const created = await createAnnotation(db, { meetingId: MEETING_ID, kind: 'question', text: 'Why?' }, env);
    if (!created.ok) throw new Error('setup');
    const deleted = await deleteAnnotation(db, created.value.id, env);
    expect(deleted.ok).toBe(true);
    expect(await listAnnotations(db, MEETING_ID)).toEqual([]);
    expect(await listAnnotations(db, MEETING_ID, { includeDeleted: true })).toMatchObject([{ id: created.value.id, deleted: true, text: 'Why?' }]);
    const events = (await peekBatch(db)).map((entry) => entry.event);
    expect(events.map((event) => [event.type, event.entityId])).toEqual([
      ['annotation.created', created.value.id],
      ['annotation.deleted', created.value.id],
    ]);
    expect(events.every((event) => parseClientEvent(event).ok)).toBe(true);
  });

  it.each([
    ['update', (id: string) => updateAnnotation(db, id, { text: 'x' }, fixedEnv())],
    ['delete', (id: string) => deleteAnnotation(db, id, fixedEnv())],
  ])('%s of an unknown or deleted annotation says so and queues nothing', async (_name, act) => {
    const result = await act('00000000-0000-4000-8000-00000000ffff');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.code).toBe('not_found');
    expect(await countOutbox(db)).toBe(0);
  });
});

describe('listAnnotations', () => {
  it('orders by time since the meeting started, then by creation, and keeps meetings apart', async () => {
    const env = fixedEnv();
    for (const [meetingId, text, offsetMs] of [
      [MEETING_ID, 'third', 90_000],
      [MEETING_ID, 'first', 5_000],
      ['other-meeting', 'elsewhere', 1_000],
      [MEETING_ID, 'second', 30_000],
    ] as const) {
      await createAnnotation(db, { meetingId, kind: 'note', text, offsetMs }, env);
    }
    expect((await listAnnotations(db, MEETING_ID)).map((a) => a.text)).toEqual(['first', 'second', 'third']);
  });
});
