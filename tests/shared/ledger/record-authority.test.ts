import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain/member.ts';
import { chainEvents, type UnchainedEvent } from '../../../shared/ledger/chain-events.ts';
import { type ClientEvent, parseClientEvent, type StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import { decodeEventRow, encodeEventRow } from '../../../shared/ledger/event-log-codec.ts';
import { EVENT_TYPES } from '../../../shared/ledger/event-type.ts';
import type { LedgerState } from '../../../shared/ledger/ledger-state.ts';
import { ledgerStateOf } from '../../../shared/ledger/ledger-state-of.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { RECORD_AUTHORITY } from '../../../shared/ledger/record-authority.ts';
import { recordKeyOf, recordKeysOf } from '../../../shared/ledger/record-key.ts';
import { foldEvents } from '../../../shared/ledger/views/fold-events.ts';
import { sha256 } from './events/digest.ts';
import { SAMPLE_EVENTS, uuid } from './events/sample-events.ts';

const alice: Member = { id: 'member-alice', name: 'Alice Tremblay', org: 'Open North', side: 'csn', roles: ['attendee', 'drafter'] };
const bob: Member = { id: 'member-bob', name: 'Bob Singh', org: 'Canadian Civil Liberties Association', side: 'csn', roles: ['attendee', 'drafter'] };
const govDrafter: Member = { id: 'member-gov', name: 'Chris Côté', org: 'tbs-sct', side: 'government', roles: ['drafter'] };
const coordinator: Member = { id: 'member-coord', name: 'Sam Lee', org: 'tbs-sct', side: 'government', roles: ['coordinator'] };
const receivedAt = '2026-01-14T15:21:00.000Z';

/** A tiny ledger that stores what planAppend accepts and rebuilds its state by the full fold. */
function ledger() {
  let stored: StoredEvent[] = [];
  let head = { seq: 0, hash: GENESIS_HASH };
  return {
    get events() {
      return stored;
    },
    state: (): LedgerState => ledgerStateOf(stored),
    append(member: Member, events: unknown[]) {
      const plan = planAppend({ state: ledgerStateOf(stored), head, events, member, receivedAt, digest: sha256 });
      stored = [...stored, ...plan.accepted];
      head = plan.head;
      return plan;
    },
  };
}

const annotationEvent = (n: number, type: 'annotation.created' | 'annotation.updated', at: string, text: string, entityId = 'ann-a') => ({
  ...SAMPLE_EVENTS['annotation.created'],
  id: uuid(n),
  type,
  at,
  entityId,
  payload: { ...SAMPLE_EVENTS['annotation.created'].payload, text },
});
const deleteEvent = (n: number, at: string, entityId = 'ann-a') => ({
  ...SAMPLE_EVENTS['annotation.deleted'],
  id: uuid(n),
  at,
  entityId,
});

describe('record authority table', () => {
  it('has exactly one line for every event type, each with a reason', () => {
    expect(RECORD_AUTHORITY.map((rule) => rule.type).sort()).toEqual([...EVENT_TYPES].sort());
    for (const rule of RECORD_AUTHORITY) expect(rule.why.trim()).not.toBe('');
  });

  it('keys records by kind, so ids of different kinds never collide, and names what a sign-off reads', () => {
    expect(recordKeyOf(SAMPLE_EVENTS['annotation.created'])).toBe('annotation:ann-1');
    expect(recordKeyOf(SAMPLE_EVENTS['meeting.held'])).toBe(`meeting:${SAMPLE_EVENTS['meeting.held'].payload.meetingId}`);
    expect(recordKeyOf(SAMPLE_EVENTS['update.reported'])).toMatch(/^update:.+\/.+$/);
    const signOff = SAMPLE_EVENTS['signoff.recorded'];
    expect(recordKeysOf(signOff)).toEqual(
      signOff.payload.subject.kind === 'commitment'
        ? [`signoff:${signOff.payload.id}`, `commitment:${signOff.payload.subject.id}`]
        : [`signoff:${signOff.payload.id}`],
    );
  });
});

describe('planAppend with record authority', () => {
  it('refuses another member’s back-dated re-creation and delete of an annotation; the author’s later edit counts', () => {
    const book = ledger();
    expect(book.append(alice, [annotationEvent(1, 'annotation.created', '2026-01-14T15:20:00.000Z', 'Alice: we keep March.')]).results[0]!.status).toBe('accepted');
    const forged = book.append(bob, [
      annotationEvent(2, 'annotation.created', '1970-01-01T00:00:00.000Z', 'Bob: we drop March.'),
      deleteEvent(3, '1970-01-01T00:00:01.000Z'),
    ]);
    expect(forged.results.map((result) => [result.status, result.error?.code])).toEqual([
      ['rejected', 'forbidden'],
      ['rejected', 'forbidden'],
    ]);
    expect(forged.results[0]!.error!.message).toBe(
      'This annotation (“ann-a”) was created by another member (member-alice); only its author may change it.',
    );
    expect(book.append(alice, [annotationEvent(4, 'annotation.updated', '2026-01-14T15:30:00.000Z', 'Alice: we keep March, firmly.')]).results[0]!.status).toBe('accepted');
    const [view] = foldEvents(book.events, { today: '2026-01-15' }).annotations;
    expect(view).toMatchObject({ id: 'ann-a', text: 'Alice: we keep March, firmly.', author: { memberId: alice.id } });
  });

  it('lets one batch create a record and edit it, and reports the new owner for the index', () => {
    const book = ledger();
    const plan = book.append(alice, [
      annotationEvent(1, 'annotation.created', '2026-01-14T15:20:00.000Z', 'First words.'),
      annotationEvent(2, 'annotation.updated', '2026-01-14T15:21:00.000Z', 'Better words.'),
    ]);
    expect(plan.results.map((result) => result.status)).toEqual(['accepted', 'accepted']);
    expect(plan.stateChanges.owners).toEqual(new Map([['annotation:ann-a', { memberId: alice.id, side: 'csn', seq: 1 }]]));
    expect(plan.stateChanges.knownIds).toEqual([uuid(1), uuid(2)]);
  });

  it('lets the attendee who scheduled a meeting and a coordinator update it, not another attendee', () => {
    const book = ledger();
    const meeting = SAMPLE_EVENTS['meeting.updated'].payload.meeting;
    const snapshot = (n: number, title: string) => ({ ...SAMPLE_EVENTS['meeting.updated'], id: uuid(n), payload: { meeting: { ...meeting, title } } });
    book.append(alice, [{ ...snapshot(1, 'MSF January'), type: 'meeting.scheduled' }]);
    expect(book.append(bob, [snapshot(2, 'Cancelled')]).results[0]!.error?.code).toBe('forbidden');
    expect(book.append(alice, [snapshot(3, 'MSF, January 2026')]).results[0]!.status).toBe('accepted');
    expect(book.append(coordinator, [snapshot(4, 'Multi-Stakeholder Forum, January 2026')]).results[0]!.status).toBe('accepted');
  });

  it('refuses a re-sent proposal id from another member, whatever its time', () => {
    const book = ledger();
    const proposal = SAMPLE_EVENTS['proposal.submitted'];
    book.append(alice, [proposal]);
    const later = { ...proposal, id: uuid(90), at: '2030-01-01T00:00:00.000Z' };
    expect(book.append(bob, [later]).results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });

  it('keeps a commitment with the side that drafted it (a coordinator may still sync it)', () => {
    const book = ledger();
    const upsert = SAMPLE_EVENTS['commitment.upserted'];
    expect(book.append(govDrafter, [upsert]).results[0]!.status).toBe('accepted');
    const changed = { ...upsert, id: uuid(91), payload: { ...upsert.payload, commitment: { ...upsert.payload.commitment, title: { en: 'New title', fr: 'Nouveau titre' } } } };
    expect(book.append(alice, [changed]).results[0]).toMatchObject({ status: 'rejected', error: { code: 'forbidden' } });
  });

  it('counts ownership by seq, never by the client’s time', () => {
    const book = ledger();
    book.append(alice, [annotationEvent(1, 'annotation.created', '2026-06-01T00:00:00.000Z', 'Alice first by seq.')]);
    const state = ledgerStateOf([...book.events].reverse());
    expect(state.owners.get('annotation:ann-a')).toEqual({ memberId: alice.id, side: 'csn', seq: 1 });
  });
});

describe('the fold applies the same table to a log written before the writer checked it', () => {
  /** Chains events as an old, unchecking writer would have stored them. */
  const oldLog = (writes: Array<[Member, ClientEvent]>) => {
    const unchained = writes.map(([member, event], i) => ({
      ...event,
      seq: i + 1,
      receivedAt,
      actor: { memberId: member.id, name: member.name, org: member.org, side: member.side },
    })) as UnchainedEvent[];
    return chainEvents({ seq: 0, hash: GENESIS_HASH }, unchained, sha256).events;
  };
  const parsed = (value: unknown) => {
    const result = parseClientEvent(value);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  };

  it('shows the author’s annotation, not the forger’s back-dated copy nor their delete', () => {
    const log = oldLog([
      [alice, parsed(annotationEvent(1, 'annotation.created', '2026-01-14T15:20:00.000Z', 'Alice: we keep March.'))],
      [bob, parsed(annotationEvent(2, 'annotation.created', '1970-01-01T00:00:00.000Z', 'Bob: we drop March.'))],
      [bob, parsed(deleteEvent(3, '1970-01-01T00:00:01.000Z'))],
    ]);
    const views = foldEvents(log, { today: '2026-01-15' });
    expect(views.annotations).toHaveLength(1);
    expect(views.annotations[0]).toMatchObject({ text: 'Alice: we keep March.', author: { memberId: alice.id } });
  });
});

describe('an old log holding fields of other events shows only what each event may say', () => {
  /** Rows as an unchecking writer stored them, read back the way the web app reads its log. */
  const storedThenRead = (writes: Array<[Member, Record<string, unknown>]>): StoredEvent[] => {
    const unchained = writes.map(([member, event], i) => ({
      ...event,
      seq: i + 1,
      receivedAt,
      actor: { memberId: member.id, name: member.name, org: member.org, side: member.side },
    })) as unknown as UnchainedEvent[];
    return chainEvents({ seq: 0, hash: GENESIS_HASH }, unchained, sha256).events.map((event) => {
      const read = decodeEventRow(encodeEventRow(event));
      if (!read.ok) throw new Error(JSON.stringify(read.errors));
      return read.value;
    });
  };

  it('a disposition and response inside a submission do not dispose of the proposal', () => {
    const submitted = SAMPLE_EVENTS['proposal.submitted'];
    const forged = { ...submitted, payload: { proposal: { ...submitted.payload.proposal, disposition: 'adopted', reasonedResponse: { text: { en: 'Adopted.', fr: 'Adoptée.' } } } } };
    const [view] = foldEvents(storedThenRead([[alice, forged]]), { today: '2026-01-15' }).proposals;
    expect(view!.proposal.disposition).toBe('pending');
    expect(view!.proposal.reasonedResponse).toBeUndefined();
  });

  it('a published notes status and link inside a snapshot do not publish the notes (R12 still applies)', () => {
    const scheduled = SAMPLE_EVENTS['meeting.scheduled'];
    const forged = { ...scheduled, payload: { meeting: { ...scheduled.payload.meeting, notesStatus: { en: 'published', fr: 'published' }, notesUrl: 'https://example.org/fake', notesPublishedAt: '2026-01-15T00:00:00.000Z' } } };
    const [view] = foldEvents(storedThenRead([[alice, forged]]), { today: '2026-03-01' }).meetings;
    expect(view!.meeting.notesStatus).toEqual({ en: 'reviewed', fr: 'reviewed' });
    expect(view!.meeting.notesUrl).toBeUndefined();
    expect(view!.meeting.notesPublishedAt).toBeUndefined();
  });
});

describe('property: no event of one member changes a record the other owns, whatever the `at` values', () => {
  const members: readonly Member[] = [alice, bob];
  const step = fc.record({
    who: fc.integer({ min: 0, max: 1 }),
    kind: fc.constantFrom('annotation.created', 'annotation.updated', 'annotation.deleted') as fc.Arbitrary<
      'annotation.created' | 'annotation.updated' | 'annotation.deleted'
    >,
    record: fc.constantFrom('ann-a', 'ann-b', 'ann-c'),
    at: fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }),
    text: fc.string({ maxLength: 20 }),
    batch: fc.boolean(),
  });

  it('holds at write time (planAppend) and in the fold of a log that never checked', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const book = ledger();
        const events = steps.map((s, i) => {
          const at = s.at.toISOString();
          const value =
            s.kind === 'annotation.deleted' ? deleteEvent(i + 1, at, s.record) : annotationEvent(i + 1, s.kind, at, `${members[s.who]!.name}: ${s.text}`, s.record);
          return { member: members[s.who]!, value, batch: s.batch };
        });
        // Consecutive steps of one member may share a batch: owners made earlier in a batch count.
        let pending: typeof events = [];
        const flush = () => {
          if (pending.length > 0) book.append(pending[0]!.member, pending.map((e) => e.value));
          pending = [];
        };
        for (const event of events) {
          if (pending.length > 0 && (pending[0]!.member !== event.member || !event.batch)) flush();
          pending.push(event);
        }
        flush();
        const owners = ledgerStateOf(book.events).owners;
        for (const stored of book.events) expect(owners.get(recordKeyOf(stored))!.memberId).toBe(stored.actor.memberId);

        // The same steps stored unchecked: the views show only what each record's owner wrote.
        const unchecked = events.map((e, i) => ({
          ...parsedOrThrow(e.value),
          seq: i + 1,
          receivedAt,
          actor: { memberId: e.member.id, name: e.member.name, org: e.member.org, side: e.member.side },
        })) as UnchainedEvent[];
        const log = chainEvents({ seq: 0, hash: GENESIS_HASH }, unchecked, sha256).events;
        const firstBySeq = new Map<string, string>();
        for (const event of log) if (!firstBySeq.has(event.entityId!)) firstBySeq.set(event.entityId!, event.actor.memberId);
        for (const view of foldEvents(log, { today: '2026-01-15' }).annotations) {
          const owner = firstBySeq.get(view.id)!;
          expect(view.author.memberId).toBe(owner);
          expect(view.text.startsWith(`${members.find((m) => m.id === owner)!.name}:`)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});

function parsedOrThrow(value: unknown): ClientEvent {
  const result = parseClientEvent(value);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
