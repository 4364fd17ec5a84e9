import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain/member.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import { judgeNotesPublication } from '../../../shared/ledger/judge-notes-publication.ts';
import { ledgerStateOf } from '../../../shared/ledger/ledger-state-of.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { recordKeysOf } from '../../../shared/ledger/record-key.ts';
import { applyBatch } from '../../../shared/ledger/store/apply-batch.ts';
import { emptyStoreMeta, ledgerStateFromEntries, type RecordEntry } from '../../../shared/ledger/store/store-state.ts';
import { sha256 } from './events/digest.ts';
import { SAMPLE_EVENTS, uuid } from './events/sample-events.ts';

// Each side's co-chair holds the Coordinator role (the role table); the note-taker is a CSN attendee.
const govChair: Member = { id: 'member-gov-chair', name: 'Marc Gagnon', org: 'tbs-sct', side: 'government', roles: ['coordinator'] };
const csnChair: Member = { id: 'member-csn-chair', name: 'Jean-Noé Landry', org: 'Open North', side: 'csn', roles: ['coordinator'] };
const govAttendee: Member = { id: 'member-gov-att', name: 'Chris Côté', org: 'tbs-sct', side: 'government', roles: ['attendee', 'gov_signatory'] };
const noteTaker: Member = { id: 'member-notes', name: 'Alice Tremblay', org: 'Open North', side: 'csn', roles: ['attendee'] };
const meetingId = SAMPLE_EVENTS['meeting.scheduled'].payload.meeting.id;
const receivedAt = '2026-01-14T17:00:00.000Z';

/**
 * A ledger that stores what planAppend accepts, judging each batch with the state the Index keeps
 * (applyBatch's entries, read by recordKeysOf as append-events reads them), and checks after every
 * batch that this state equals the one a full fold of the log gives (ledgerStateOf).
 */
function ledger() {
  let events: StoredEvent[] = [];
  let head = { seq: 0, hash: GENESIS_HASH };
  let meta = emptyStoreMeta('2026-01-14', {});
  const index = new Map<string, RecordEntry>();
  let n = 100;
  const stateFor = (batch: readonly { type: string; payload: unknown }[]) => {
    const keys = new Set(batch.flatMap((event) => recordKeysOf(event as never)));
    const entries = new Map([...index].filter(([key]) => keys.has(key)));
    return { state: ledgerStateFromEntries(new Set(), entries), entries };
  };
  return {
    append(member: Member, batch: Array<{ type: string; payload: unknown; entityId?: string }>) {
      const sent = batch.map((event, i) => ({ v: 1, id: uuid(n + i), at: receivedAt, source: 'sheet', ...event }));
      n += batch.length;
      const { state, entries } = stateFor(sent);
      const plan = planAppend({ state, head, events: sent, member, receivedAt, digest: sha256 });
      const effect = applyBatch(meta, entries, plan.accepted);
      meta = effect.meta;
      for (const [key, value] of effect.entries) if (typeof value !== 'number') index.set(key, value);
      events = [...events, ...plan.accepted];
      head = plan.head;
      // The Index keeps exactly what a fold of the whole log says of the meeting's notes.
      expect(index.get(`meeting:${meetingId}`)?.notes).toEqual(ledgerStateOf(events).meetingNotes?.get(meetingId));
      return plan;
    },
    get events() {
      return events;
    },
  };
}

const statement = (text: string) => ({ type: 'annotation.updated', entityId: 'ann-1', payload: { ...SAMPLE_EVENTS['annotation.created'].payload, text } });
const draftOf = (book: ReturnType<typeof ledger>) => book.events.filter((e) => e.type === 'meeting.notes_drafted').at(-1)!.id;
const approve = (draftEventId: string, draftHash: string) => ({ type: 'meeting.notes_approved', payload: { meetingId, draftEventId, draftHash } });
const publish = (draftHash?: string) => ({
  type: 'meeting.notes_published',
  payload: { meetingId, language: 'bilingual', url: 'https://docs.google.com/document/d/1AbCdEfGhIjKlMnOp/edit', headHash: 'ef'.repeat(32), ...(draftHash ? { draftHash } : {}) },
});
const v1 = 'a'.repeat(64);
const v2 = 'b'.repeat(64);

/** A scheduled meeting, one statement and a draft naming it, as the note-taker sends them. */
function drafted() {
  const book = ledger();
  const { id: _id, v: _v, at: _at, source: _source, ...scheduled } = SAMPLE_EVENTS['meeting.scheduled'];
  const { id: _i, v: _w, at: _a, source: _s, ...said } = SAMPLE_EVENTS['annotation.created'];
  const { id: _d, v: _x, at: _b, source: _t, ...draft } = SAMPLE_EVENTS['meeting.notes_drafted'];
  expect(book.append(noteTaker, [scheduled, said, draft]).results.map((r) => r.status)).toEqual(['accepted', 'accepted', 'accepted']);
  return book;
}

const outcome = (plan: ReturnType<typeof planAppend>) => plan.results.map((r) => (r.status === 'rejected' ? `${r.status} ${r.error!.code}` : r.status));

describe('the ledger’s own “both co-chairs approved” gate on meeting.notes_published', () => {
  it('stores a publication of the version both co-chairs approved for the latest draft', () => {
    const book = drafted();
    const draft = draftOf(book);
    expect(outcome(book.append(govChair, [approve(draft, v1)]))).toEqual(['accepted']);
    expect(outcome(book.append(csnChair, [approve(draft, v1)]))).toEqual(['accepted']);
    expect(outcome(book.append(govChair, [publish(v1)]))).toEqual(['accepted']);
  });

  it('judges approvals stored earlier in the same batch (a co-chair approving then publishing at once)', () => {
    const book = drafted();
    const draft = draftOf(book);
    book.append(csnChair, [approve(draft, v1)]);
    expect(outcome(book.append(govChair, [approve(draft, v1), publish(v1)]))).toEqual(['accepted', 'accepted']);
  });

  it('refuses a publication approved by one side only, naming the missing side in English and French, and stores nothing of it', () => {
    const book = drafted();
    book.append(govChair, [approve(draftOf(book), v1)]);
    const plan = book.append(govChair, [publish(v1)]);
    expect(outcome(plan)).toEqual(['rejected invalid']);
    expect(plan.accepted).toEqual([]);
    expect(plan.stateDependent).toBe(true);
    expect(plan.results[0]!.error!.message).toBe(
      `The notes of meeting “${meetingId}” cannot be published yet: this version of the current draft has no approval from the co-chair of: Civil society network.`,
    );
    const judged = judgeNotesPublication({ payload: publish(v1).payload as never }, ledgerStateOf(book.events).meetingNotes!.get(meetingId));
    expect(judged).toMatchObject({ ok: false, code: 'invalid', message: { fr: expect.stringContaining('n’a pas été approuvée par la coprésidence de : Réseau de la société civile') } });
  });

  it('refuses a coordinator posting a publication with no approval at all, or with no draft sent', () => {
    const book = drafted();
    const none = book.append(govChair, [publish(v1)]);
    expect(none.results[0]!.error!.message).toContain('co-chair of: Government and Civil society network');
    const empty = ledger();
    const { id: _id, v: _v, at: _at, source: _source, ...scheduled } = SAMPLE_EVENTS['meeting.scheduled'];
    empty.append(govChair, [scheduled]);
    expect(empty.append(govChair, [publish(v1)]).results[0]).toMatchObject({ status: 'rejected', error: { code: 'invalid', message: expect.stringContaining('No notes draft of meeting') } });
    // A meeting the ledger does not hold at all: the same refusal, nothing stored.
    expect(ledger().append(govChair, [publish(v1)]).results[0]).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
  });

  it('refuses a publication that names no version, or another version than the one approved', () => {
    const book = drafted();
    const draft = draftOf(book);
    book.append(govChair, [approve(draft, v1)]);
    book.append(csnChair, [approve(draft, v1)]);
    expect(book.append(govChair, [publish()]).results[0]!.error!.message).toContain('payload.draftHash: this publication of meeting');
    expect(book.append(govChair, [publish(v2)]).results[0]!.error!.message).toBe(
      `The approval of meeting “${meetingId}” by the co-chair of Government and Civil society network is out of date (it names another draft or version, or the notes changed after it): the current draft must be approved again before it is published.`,
    );
  });

  it('refuses a stale approval: a statement corrected after it; approving again makes it stand', () => {
    const book = drafted();
    const draft = draftOf(book);
    book.append(govChair, [approve(draft, v1)]);
    book.append(csnChair, [approve(draft, v1)]);
    expect(outcome(book.append(noteTaker, [statement('Deadline moved to June.')]))).toEqual(['accepted']);
    const stale = book.append(govChair, [publish(v1)]);
    expect(outcome(stale)).toEqual(['rejected invalid']);
    expect(stale.results[0]!.error!.message).toContain('by the co-chair of Government and Civil society network is out of date');
    book.append(govChair, [approve(draft, v2)]);
    expect(book.append(govChair, [publish(v2)]).results[0]!.error!.message).toContain('co-chair of Civil society network is out of date');
    book.append(csnChair, [approve(draft, v2)]);
    expect(outcome(book.append(govChair, [publish(v2)]))).toEqual(['accepted']);
  });

  it('refuses approvals of another draft: a new draft sent after both approvals', () => {
    const book = drafted();
    const first = draftOf(book);
    book.append(govChair, [approve(first, v1)]);
    book.append(csnChair, [approve(first, v1)]);
    const { id: _d, v: _x, at: _b, source: _t, ...draft } = SAMPLE_EVENTS['meeting.notes_drafted'];
    book.append(noteTaker, [draft]);
    expect(draftOf(book)).not.toBe(first);
    expect(book.append(govChair, [publish(v1)]).results[0]).toMatchObject({ status: 'rejected', error: { code: 'invalid', message: expect.stringContaining('out of date') } });
  });

  it('counts no approval by a member who is not a co-chair: a government signatory’s is refused, the publication too', () => {
    const book = drafted();
    const draft = draftOf(book);
    expect(outcome(book.append(govAttendee, [approve(draft, v1)]))).toEqual(['rejected forbidden']);
    book.append(csnChair, [approve(draft, v1)]);
    expect(book.append(csnChair, [publish(v1)]).results[0]!.error!.message).toContain('no approval from the co-chair of: Government.');
  });
});
