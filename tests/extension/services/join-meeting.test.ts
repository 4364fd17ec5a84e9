import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LedgerTransport } from '../../../extension/adapters/ledger-client.ts';
import type { CocreateDb } from '../../../extension/services/db.ts';
import { joinableMeetings } from '../../../extension/services/joinable-meetings.ts';
import { joinLedgerMeeting, ledgerAnnotationList, ledgerMeetingList, type MirrorDeps } from '../../../extension/services/ledger-mirror.ts';
import { endMeeting, getMeeting } from '../../../extension/services/meetings.ts';
import { countOutbox, peekBatch } from '../../../extension/services/outbox.ts';
import { sendNotesDraft } from '../../../extension/services/send-notes-draft.ts';
import { createAnnotation } from '../../../extension/services/annotations.ts';
import type { Meeting } from '../../../shared/domain/meeting.ts';
import type { Member } from '../../../shared/domain/member.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { ledgerStateOf } from '../../../shared/ledger/ledger-state-of.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { foldEvents } from '../../../shared/ledger/views/fold-events.ts';
import { fixedEnv, freshDb } from './fixed-env.ts';

// Issue 14 item 4: one meeting in the ledger, joined by several computers. The ledger's events are
// made by the ledger core's own append planner (seq, actor, chain), as the web app stores them.

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const coordinator: Member = { id: 'm-coord', name: 'Marc Gagnon', org: 'TBS', side: 'government', roles: ['coordinator', 'attendee'] };
const official: Member = { id: 'm-gov', name: 'Alex Chen', org: 'TBS', side: 'government', roles: ['attendee'] };
const csn: Member = { id: 'm-csn', name: 'Zoé Roy', org: 'Open North', side: 'csn', roles: ['attendee'] };
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const NOW = '2026-12-02T15:10:00.000Z';

const forum: Meeting = {
  id: uuid(500),
  title: 'Multi-Stakeholder Forum, December',
  type: 'msf_regular',
  startsAt: '2026-12-02T15:00:00.000Z',
  endsAt: '2026-12-02T17:00:00.000Z',
  venueType: 'online_only',
  chairSide: 'csn',
  attendees: [],
  attribution: 'by_name',
  notesStatus: { en: 'none', fr: 'none' },
};

/** The coordinator schedules the forum (as Console › Meetings does); two attendees' annotations of it are synced. */
function ledgerEvents(): StoredEvent[] {
  const client = (n: number, type: string, payload: unknown, entityId?: string) => ({
    v: 1,
    id: uuid(n),
    type,
    at: `2026-12-02T15:0${n % 10}:00.000Z`,
    source: type.startsWith('meeting') ? 'sheet' : 'extension',
    ...(entityId ? { entityId } : {}),
    payload,
  });
  const batches: Array<[Member, unknown[]]> = [
    [coordinator, [client(1, 'meeting.scheduled', { meeting: forum })]],
    [official, [client(2, 'annotation.created', { meetingId: forum.id, kind: 'decision', text: 'Thirty days of public comment', speaker: { side: 'government', name: 'Alex Chen' } }, uuid(2))]],
    [csn, [client(3, 'annotation.created', { meetingId: forum.id, kind: 'disagreement', text: 'Regional groups need eight weeks', speaker: { side: 'csn', name: 'Zoé Roy' } }, uuid(3))]],
  ];
  const stored: StoredEvent[] = [];
  let head = { seq: 0, hash: GENESIS_HASH };
  for (const [member, events] of batches) {
    const plan = planAppend({ state: ledgerStateOf(stored), head, events, member, receivedAt: NOW, digest });
    expect(plan.results.map((r) => r.error?.message ?? r.status)).toEqual(events.map(() => 'accepted'));
    stored.push(...plan.accepted);
    head = plan.head;
  }
  return stored;
}

/** Answers `pull` from the stored events and `whoami` for one member, as the web app does. */
function ledgerFor(member: Member, events: StoredEvent[] = ledgerEvents()) {
  const asked: string[] = [];
  const transport: LedgerTransport = async (_url, request) => {
    asked.push(request.op);
    if (request.op === 'whoami') return { kind: 'json', body: { ok: true, member } };
    if (request.op !== 'pull') throw new Error('pull and whoami only');
    const last = events.at(-1)!;
    return { kind: 'json', body: { ok: true, events: events.filter((e) => e.seq > request.since), head: { seq: last.seq, hash: last.hash } } };
  };
  return { transport, asked };
}

let db: CocreateDb;
beforeEach(async () => {
  db = await freshDb();
});

const depsAs = (member: Member, now = NOW): MirrorDeps => {
  const { transport } = ledgerFor(member);
  const connection = { transport, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't' };
  return { db, connection, now: () => new Date(now), whoami: async () => member };
};

describe('the ledger meetings a member may join', () => {
  it('offers the coordinator’s scheduled meeting, with who keeps its record and what this member may write', async () => {
    const attendee = await ledgerMeetingList(depsAs(official));
    expect(attendee).toMatchObject({ ok: true, joinable: [{ meeting: { id: forum.id, title: forum.title }, ownerName: 'Marc Gagnon', ownsRecord: false, maySendDraft: false }] });
    const owner = await ledgerMeetingList(depsAs(coordinator));
    expect(owner).toMatchObject({ ok: true, joinable: [{ meeting: { id: forum.id }, ownsRecord: true, maySendDraft: true }] });
  });

  it('claims no right over any record when the ledger cannot say whose token this is', async () => {
    const deps = { ...depsAs(coordinator), whoami: async () => undefined };
    expect(await ledgerMeetingList(deps)).toMatchObject({ ok: true, joinable: [{ ownsRecord: false, maySendDraft: false }] });
  });

  it('lists meetings on now first (latest start first), then the next ones soonest first; never held, published, past or far off ones', () => {
    const at = (iso: string, extra: Partial<Meeting> = {}) => ({ ...forum, id: `m-${iso}`, title: iso, startsAt: iso, endsAt: undefined, ...extra });
    const candidates = [
      at('2026-12-09T15:00:00.000Z'), // next week
      at('2026-12-02T13:00:00.000Z'), // started two hours ago, no end: still on
      at('2026-12-02T15:00:00.000Z'), // started ten minutes ago
      at('2026-12-03T15:00:00.000Z'), // tomorrow
      at('2026-12-02T14:00:00.000Z', { heldAt: '2026-12-02T14:00:00.000Z' }), // its owner ended it
      at('2026-12-02T14:30:00.000Z', { notesStatus: { en: 'published', fr: 'none' } }),
      at('2026-12-01T09:00:00.000Z', { endsAt: '2026-12-01T11:00:00.000Z' }), // yesterday's
      at('2027-02-01T15:00:00.000Z'), // two months off
    ].map(({ endsAt, ...meeting }) => ({ meeting: { ...meeting, ...(endsAt ? { endsAt } : {}) } }));
    const views = foldEvents([], { today: '2026-12-02' }).meetings.concat(
      candidates.map(({ meeting }) => ({ meeting, notesState: 'draft', attendanceBySide: { government: 0, csn: 0, other: 0 }, annotationCount: 0 })),
    );
    const owners = new Map(candidates.map(({ meeting }) => [meeting.id, { memberId: 'm-coord', name: 'Marc Gagnon' }]));
    const listed = joinableMeetings(views, owners, { id: 'm-gov', roles: ['attendee'] }, new Date(NOW)).map((entry) => entry.meeting.title);
    expect(listed).toEqual(['2026-12-02T15:00:00.000Z', '2026-12-02T13:00:00.000Z', '2026-12-03T15:00:00.000Z', '2026-12-09T15:00:00.000Z']);
  });
});

describe('joining a ledger meeting', () => {
  const me = { name: 'Alex Chen', side: 'government' as const };

  it('keeps that very meeting here, clock from its scheduled start, this attendee added, nothing queued', async () => {
    expect(await joinLedgerMeeting(depsAs(official), forum.id, me)).toEqual({ ok: true });
    const record = await getMeeting(db, forum.id);
    expect(record).toMatchObject({
      id: forum.id,
      meeting: { title: forum.title, attribution: 'by_name', attendees: [me] },
      startedAt: forum.startsAt,
      joined: { ownerName: 'Marc Gagnon', ownsRecord: false, maySendDraft: false },
    });
    expect(record?.endedAt).toBeUndefined();
    expect(await countOutbox(db)).toBe(0);
    // Joining again (a second click, another tab) leaves the record as it is.
    await createAnnotation(db, { meetingId: forum.id, kind: 'note', text: 'Budget with Finance' }, fixedEnv(NOW));
    expect(await joinLedgerMeeting(depsAs(official), forum.id, me)).toEqual({ ok: true });
    expect((await getMeeting(db, forum.id))?.updatedAt).toBe(record?.updatedAt);
  });

  it('refuses, in English and French, a meeting the ledger does not offer', async () => {
    const reply = await joinLedgerMeeting(depsAs(official), 'not-a-meeting', me);
    expect(reply).toMatchObject({ ok: false, problem: { code: 'not_joinable' } });
    if (reply.ok) throw new Error('joined');
    expect(reply.problem.message.en).toContain('can no longer be joined');
    expect(reply.problem.message.fr).toContain('Il n’est plus possible de se joindre');
    expect(await getMeeting(db, 'not-a-meeting')).toBeUndefined();
  });

  it('a joiner who does not own the record ends only their participation: no meeting.held, no notes draft', async () => {
    await joinLedgerMeeting(depsAs(official), forum.id, me);
    const env = fixedEnv('2026-12-02T16:30:00.000Z');
    await createAnnotation(db, { meetingId: forum.id, kind: 'decision', text: 'Thirty days of public comment' }, env);
    const ended = await endMeeting(db, forum.id, env);
    expect(ended).toMatchObject({ ok: true, value: { endedAt: expect.any(String) } });
    expect((await peekBatch(db)).map((entry) => entry.event.type)).toEqual(['annotation.created']);
    const draft = await sendNotesDraft(db, forum.id, { attribution: 'name', languages: ['en', 'fr'], annotationIds: [] }, env);
    expect(draft).toMatchObject({ ok: false, errors: [{ code: 'forbidden' }] });
    if (draft.ok) throw new Error('sent');
    expect(draft.errors[0]!.message.en).toContain('sent by Marc Gagnon');
    expect(draft.errors[0]!.message.fr).toContain('envoyée par Marc Gagnon');
    expect((await peekBatch(db)).map((entry) => entry.event.type)).toEqual(['annotation.created']);
    expect((await getMeeting(db, forum.id))?.draftSentAt).toBeUndefined();
  });

  it('the member who keeps the record, joining from the extension, ends the ledger’s meeting and sends its draft', async () => {
    await joinLedgerMeeting(depsAs(coordinator), forum.id, { name: 'Marc Gagnon', side: 'government' });
    const env = fixedEnv('2026-12-02T16:30:00.000Z');
    await endMeeting(db, forum.id, env);
    await sendNotesDraft(db, forum.id, { attribution: 'name', languages: ['en'], annotationIds: [uuid(2), uuid(3)] }, env);
    const queued = (await peekBatch(db)).map((entry) => entry.event);
    expect(queued.map((event) => event.type)).toEqual(['meeting.held', 'meeting.notes_drafted']);
    expect(queued[0]!.payload).toMatchObject({ meetingId: forum.id, startedAt: forum.startsAt, attendees: [{ name: 'Marc Gagnon', side: 'government' }] });
  });
});

describe('the ledger’s annotations of one meeting', () => {
  it('are every attendee’s, with who spoke, and never who wrote them', async () => {
    const reply = await ledgerAnnotationList(depsAs(official), forum.id);
    if (!reply.ok) throw new Error('no reply');
    expect(reply.annotations.map((a) => [a.text, a.speaker?.name]).sort()).toEqual([
      ['Regional groups need eight weeks', 'Zoé Roy'],
      ['Thirty days of public comment', 'Alex Chen'],
    ]);
    expect(JSON.stringify(reply)).not.toContain('m-gov');
    expect(await ledgerAnnotationList(depsAs(official), 'another-meeting')).toMatchObject({ ok: true, annotations: [] });
  });
});
