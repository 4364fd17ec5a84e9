import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain/member.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import { ledgerStateOf } from '../../../shared/ledger/ledger-state-of.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { type GroupBatch, planGroupAppend } from '../../../shared/ledger/plan-group-append.ts';
import { verifyChain } from '../../../shared/ledger/verify-chain.ts';
import { sha256 } from './events/digest.ts';
import { SAMPLE_EVENTS, uuid } from './events/sample-events.ts';

const alice: Member = { id: 'member-alice', name: 'Alice Tremblay', org: 'Open North', side: 'csn', roles: ['attendee', 'drafter'] };
const bob: Member = { id: 'member-bob', name: 'Bob Singh', org: 'Canadian Civil Liberties Association', side: 'csn', roles: ['attendee', 'drafter'] };
const genesis = { seq: 0, hash: GENESIS_HASH };

const annotation = (n: number, entityId: string, type: 'annotation.created' | 'annotation.updated' = 'annotation.created', text = `Note ${n}`) => ({
  ...SAMPLE_EVENTS['annotation.created'],
  id: uuid(n),
  type,
  at: `2026-01-14T15:${String(10 + n).padStart(2, '0')}:00.000Z`,
  entityId,
  payload: { ...SAMPLE_EVENTS['annotation.created'].payload, text },
});

/** The same batches stored one request at a time, each against a full fold of what is stored. */
function oneByOne(batches: readonly GroupBatch[]) {
  let stored: StoredEvent[] = [];
  let head = genesis;
  const results = batches.map((batch) => {
    const plan = planAppend({ state: ledgerStateOf(stored), head, events: batch.events, member: batch.member, receivedAt: batch.receivedAt, digest: sha256 });
    stored = [...stored, ...plan.accepted];
    head = plan.head;
    return plan.results;
  });
  return { results, stored, head };
}

describe('planGroupAppend', () => {
  it('judges each batch for its own member, after what the earlier batches store, exactly as one append at a time', () => {
    const batches: GroupBatch[] = [
      { member: alice, events: [annotation(1, 'ann-a'), annotation(2, 'ann-b')], receivedAt: '2026-01-14T15:21:00.000Z' },
      // Bob edits Alice's annotation (forbidden: her record, created one batch earlier) and writes his own.
      { member: bob, events: [annotation(3, 'ann-a', 'annotation.updated', 'Bob was here'), annotation(4, 'ann-c'), annotation(1, 'ann-a')], receivedAt: '2026-01-14T15:21:01.000Z' },
      // Alice edits her own annotation and tries to edit Bob's (created one batch earlier).
      { member: alice, events: [annotation(5, 'ann-a', 'annotation.updated', 'Alice again'), annotation(6, 'ann-c', 'annotation.updated', 'Alice on Bob')], receivedAt: '2026-01-14T15:21:02.000Z' },
    ];
    const group = planGroupAppend(ledgerStateOf([]), genesis, batches, sha256);
    const expected = oneByOne(batches);
    expect(group.results).toEqual(expected.results);
    expect(group.accepted).toEqual(expected.stored);
    expect(group.head).toEqual(expected.head);
    expect(group.results[1]!.map((r) => r.status)).toEqual(['rejected', 'accepted', 'duplicate']);
    expect(group.results[1]![0]).toMatchObject({ error: { code: 'forbidden' } });
    expect(group.results[2]!.map((r) => r.status)).toEqual(['accepted', 'rejected']);
    expect(group.accepted.map((e) => [e.seq, e.actor.memberId])).toEqual([
      [1, alice.id],
      [2, alice.id],
      [3, bob.id],
      [4, alice.id],
    ]);
    expect(verifyChain(group.accepted, sha256).ok).toBe(true);
  });

  it('starts from the stored state and head: stored ids are duplicates, stored owners are honoured', () => {
    const first = planAppend({ state: ledgerStateOf([]), head: genesis, events: [annotation(1, 'ann-a')], member: alice, receivedAt: '2026-01-14T15:20:00.000Z', digest: sha256 });
    const group = planGroupAppend(ledgerStateOf(first.accepted), first.head, [
      { member: bob, events: [annotation(1, 'ann-a'), annotation(2, 'ann-a', 'annotation.updated', 'Bob')], receivedAt: '2026-01-14T15:21:00.000Z' },
      { member: alice, events: [annotation(3, 'ann-a', 'annotation.updated', 'Alice')], receivedAt: '2026-01-14T15:21:00.000Z' },
    ], sha256);
    expect(group.results.map((r) => r.map((x) => x.status))).toEqual([['duplicate', 'rejected'], ['accepted']]);
    expect(group.accepted[0]).toMatchObject({ seq: 2, prevHash: first.head.hash });
    expect(verifyChain([...first.accepted, ...group.accepted], sha256).ok).toBe(true);
  });

  it('counts a co-chair’s approval staged in an earlier batch of the same flush, as one request at a time would', () => {
    const govChair: Member = { id: 'member-gov-chair', name: 'Marc Gagnon', org: 'tbs-sct', side: 'government', roles: ['coordinator'] };
    const csnChair: Member = { id: 'member-csn-chair', name: 'Jean-Noé Landry', org: 'Open North', side: 'csn', roles: ['coordinator'] };
    const meetingId = SAMPLE_EVENTS['meeting.scheduled'].payload.meeting.id;
    const draft = SAMPLE_EVENTS['meeting.notes_drafted'];
    const setUp = planAppend({
      state: ledgerStateOf([]),
      head: genesis,
      events: [SAMPLE_EVENTS['meeting.scheduled'], SAMPLE_EVENTS['annotation.created'], draft],
      member: alice,
      receivedAt: '2026-01-14T17:00:00.000Z',
      digest: sha256,
    });
    expect(setUp.results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const version = 'a'.repeat(64);
    const approve = (n: number) => ({ ...draft, id: uuid(100 + n), type: 'meeting.notes_approved', source: 'sheet', payload: { meetingId, draftEventId: draft.id, draftHash: version } });
    const publish = { ...draft, id: uuid(110), type: 'meeting.notes_published', source: 'sheet', payload: { meetingId, language: 'bilingual', url: 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit', headHash: 'ef'.repeat(32), draftHash: version } };
    const batches: GroupBatch[] = [
      { member: csnChair, events: [approve(1)], receivedAt: '2026-01-14T17:01:00.000Z' },
      { member: govChair, events: [approve(2)], receivedAt: '2026-01-14T17:01:00.000Z' },
      { member: govChair, events: [publish], receivedAt: '2026-01-14T17:01:01.000Z' },
    ];
    const group = planGroupAppend(ledgerStateOf(setUp.accepted), setUp.head, batches, sha256);
    expect(group.results.map((r) => r.map((x) => x.status))).toEqual([['accepted'], ['accepted'], ['accepted']]);
    // Without the first batch, the same publication is refused: the gate did judge the group's state.
    const without = planGroupAppend(ledgerStateOf(setUp.accepted), setUp.head, batches.slice(1), sha256);
    expect(without.results[1]![0]).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
  });
});
