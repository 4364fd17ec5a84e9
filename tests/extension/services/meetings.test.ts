import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CocreateDb } from '../../../extension/services/db.ts';
import { endMeeting, getMeeting, listMeetings, offsetSinceStart, saveMeeting, startMeeting } from '../../../extension/services/meetings.ts';
import { draftAttribution, sendNotesDraft } from '../../../extension/services/send-notes-draft.ts';
import { countOutbox, peekBatch } from '../../../extension/services/outbox.ts';
import { parseClientEvent } from '../../../shared/ledger/event-catalogue.ts';
import { fixedEnv, freshDb } from './fixed-env.ts';

let db: CocreateDb;
beforeEach(async () => {
  db = await freshDb();
});

const meeting = {
  title: 'Multi-stakeholder forum, November',
  type: 'msf_regular',
  startsAt: '2026-11-27T14:00:00.000Z',
  venueType: 'online_only',
  remoteUrl: 'https://meet.google.com/abc-defg-hij',
  chairSide: 'csn',
  attendees: [
    { name: 'Alex Martin', side: 'government' },
    { name: 'Sam Roy', side: 'csn', org: 'Open North' },
  ],
  attribution: 'by_side',
  notesStatus: { en: 'none', fr: 'none' },
};

const queuedEvents = async () => (await peekBatch(db)).map((entry) => entry.event);

describe('sending the notes draft', () => {
  it('queues meeting.notes_drafted and notes when it was sent, in one write', async () => {
    const env = fixedEnv();
    const saved = await saveMeeting(db, meeting, env);
    if (!saved.ok) throw new Error('setup');
    const sent = await sendNotesDraft(db, saved.value.id, { attribution: draftAttribution('by_side'), languages: ['en', 'fr'], annotationIds: ['a-1'] }, env);
    expect(sent).toMatchObject({ ok: true, value: { draftSentAt: expect.any(String) } });
    const events = await queuedEvents();
    expect(events.at(-1)).toMatchObject({ type: 'meeting.notes_drafted', payload: { meetingId: saved.value.id, attribution: 'side', languages: ['en', 'fr'], annotationIds: ['a-1'] } });
    expect(parseClientEvent(events.at(-1)).ok).toBe(true);
  });

  it.each([
    ['no language', { attribution: 'side' as const, languages: [], annotationIds: [] }],
  ])('refuses a draft in %s and writes nothing', async (_name, draft) => {
    const saved = await saveMeeting(db, meeting, fixedEnv());
    if (!saved.ok) throw new Error('setup');
    const before = await countOutbox(db);
    const sent = await sendNotesDraft(db, saved.value.id, draft, fixedEnv());
    expect(sent.ok).toBe(false);
    expect(await countOutbox(db)).toBe(before);
    expect((await getMeeting(db, saved.value.id))?.draftSentAt).toBeUndefined();
  });

  it('says the meeting is not found rather than queue a draft for nothing', async () => {
    const sent = await sendNotesDraft(db, 'nope', { attribution: 'none', languages: ['fr'], annotationIds: [] }, fixedEnv());
    expect(sent.ok).toBe(false);
    expect(await countOutbox(db)).toBe(0);
  });
});

describe('meetings', () => {
  it('a new meeting gets an id and queues meeting.scheduled; a later save queues meeting.updated', async () => {
    const env = fixedEnv();
    const first = await saveMeeting(db, meeting, env);
    if (!first.ok) throw new Error('expected a saved meeting');
    expect(first.value.id).toMatch(/^00000000-/);
    const second = await saveMeeting(db, { ...first.value.meeting, title: 'Forum, November (rescheduled)' }, env);
    expect(second.ok).toBe(true);
    const events = await queuedEvents();
    expect(events.map((e) => e.type)).toEqual(['meeting.scheduled', 'meeting.updated']);
    expect(events[1]?.payload).toMatchObject({ meeting: { id: first.value.id, title: 'Forum, November (rescheduled)' } });
    expect(events.every((e) => parseClientEvent(e).ok)).toBe(true);
    expect(await listMeetings(db)).toHaveLength(1);
  });

  it.each([
    ['no title', { ...meeting, title: '' }, 'title'],
    ['a javascript: link', { ...meeting, remoteUrl: 'javascript:alert(1)' }, 'remoteUrl'],
    ['an unknown chair side', { ...meeting, chairSide: 'press' }, 'chairSide'],
  ])('refuses a meeting with %s and writes nothing', async (_name, input, path) => {
    const result = await saveMeeting(db, input, fixedEnv());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain(path);
    expect(await listMeetings(db)).toEqual([]);
    expect(await countOutbox(db)).toBe(0);
  });

  it('start stamps the start once; end queues meeting.held once, with attendance', async () => {
    const env = fixedEnv();
    const saved = await saveMeeting(db, meeting, env);
    if (!saved.ok) throw new Error('setup');
    const id = saved.value.id;
    const started = await startMeeting(db, id, env);
    env.advance(60_000);
    const restarted = await startMeeting(db, id, env);
    expect(restarted.ok && started.ok && restarted.value.startedAt === started.value.startedAt).toBe(true);
    env.advance(3_600_000);
    const ended = await endMeeting(db, id, env);
    await endMeeting(db, id, env);
    if (!ended.ok || !started.ok) throw new Error('expected an ended meeting');
    const held = (await queuedEvents()).filter((e) => e.type === 'meeting.held');
    expect(held).toHaveLength(1);
    expect(held[0]?.payload).toEqual({
      meetingId: id,
      startedAt: started.value.startedAt,
      endedAt: ended.value.endedAt,
      attendees: meeting.attendees,
    });
    expect(parseClientEvent(held[0]).ok).toBe(true);
    expect((await getMeeting(db, id))?.meeting.heldAt).toBe(started.value.startedAt);
  });

  it.each([
    ['start', startMeeting],
    ['end', endMeeting],
  ])('%s of an unknown meeting says so', async (_name, act) => {
    const result = await act(db, 'nope', fixedEnv());
    expect(result).toMatchObject({ ok: false, errors: [{ code: 'not_found' }] });
  });

  it.each([
    [undefined, '2026-11-27T14:00:00.000Z', undefined],
    ['2026-11-27T14:00:00.000Z', '2026-11-27T14:01:30.250Z', 90_250],
    ['2026-11-27T14:00:00.000Z', '2026-11-27T13:59:00.000Z', 0],
  ])('offset since a start at %s, at %s: %s ms', (startedAt, now, expected) => {
    const record = { v: 1 as const, id: 'm', meeting: { ...meeting, id: 'm' } as never, updatedAt: now, ...(startedAt ? { startedAt } : {}) };
    expect(offsetSinceStart(record, new Date(now))).toBe(expected);
  });

  it('lists the newest meeting first', async () => {
    const env = fixedEnv();
    await saveMeeting(db, { ...meeting, title: 'Older', startsAt: '2026-10-01T14:00:00.000Z' }, env);
    await saveMeeting(db, { ...meeting, title: 'Newer', startsAt: '2026-12-01T14:00:00.000Z' }, env);
    expect((await listMeetings(db)).map((m) => m.meeting.title)).toEqual(['Newer', 'Older']);
  });
});
