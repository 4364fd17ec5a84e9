import { describe, expect, it } from 'vitest';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import { decodeEventRow } from '../../../shared/ledger/event-log-codec.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { EMPTY_LEDGER_STATE } from '../../../shared/ledger/ledger-state.ts';
import { verifyChain } from '../../../shared/ledger/verify-chain.ts';
import { sha256 } from './events/digest.ts';
import { memberWith, SAMPLE_EVENTS, uuid } from './events/sample-events.ts';

const attendee = { ...memberWith(['attendee'], 'csn'), name: '@Jo' };
const receivedAt = '2026-01-14T15:21:00.000Z';
const genesis = { seq: 0, hash: GENESIS_HASH };

const annotation = (n: number, text = 'We agree.') => ({
  ...SAMPLE_EVENTS['annotation.created'],
  id: uuid(n),
  entityId: `ann-${n}`,
  payload: { ...SAMPLE_EVENTS['annotation.created'].payload, text },
});

const plan = (events: unknown[], knownIds: string[] = [], head = genesis) =>
  planAppend({ state: { ...EMPTY_LEDGER_STATE, knownIds: new Set(knownIds.map((id) => id.toLowerCase())) }, head, events, member: attendee, receivedAt, digest: sha256 });

describe('planAppend', () => {
  it('answers every event in request order: accepted, duplicate (stored or earlier in the batch), rejected', () => {
    const result = plan([
      annotation(1),
      annotation(2),
      annotation(1),
      { ...annotation(3), payload: { meetingId: 'm', kind: 'vote', text: '' } },
      SAMPLE_EVENTS['stakeholder.upserted'],
      annotation(4),
      'not an event',
    ], [uuid(2)]);
    expect(result.results).toEqual([
      { id: uuid(1), status: 'accepted', seq: 1 },
      { id: uuid(2), status: 'duplicate' },
      { id: uuid(1), status: 'duplicate' },
      { id: uuid(3), status: 'rejected', error: { code: 'invalid', message: 'payload.kind: Choose one of: decision, action, agreement, disagreement, question, note.' } },
      {
        id: SAMPLE_EVENTS['stakeholder.upserted'].id,
        status: 'rejected',
        error: { code: 'forbidden', message: 'Your roles do not allow “stakeholder.upserted” events; that needs one of: coordinator.' },
      },
      { id: uuid(4), status: 'accepted', seq: 2 },
      { id: '', status: 'rejected', error: { code: 'invalid', message: 'This value has the wrong type (expected object).' } },
    ]);
    expect(result.accepted.map((event) => event.id)).toEqual([uuid(1), uuid(4)]);
    expect(result.touchedTypes).toEqual(['annotation.created']);
    expect(result.touchedTabs).toEqual(['dashboard', 'decisions', 'actions', 'meetings']);
  });

  it('stamps accepted events with seq, receipt time, actor and chain links after the head', () => {
    const first = plan([annotation(1), annotation(2)]);
    const second = plan([annotation(3)], [uuid(1), uuid(2)], first.head);
    expect(second.accepted[0]).toMatchObject({
      seq: 3,
      receivedAt,
      actor: { memberId: attendee.id, name: '@Jo', org: attendee.org, side: 'csn' },
      prevHash: first.head.hash,
    });
    expect(second.head).toEqual({ seq: 3, hash: second.accepted[0]!.hash });
    expect(verifyChain([...first.rows, ...second.rows], sha256)).toEqual({ ok: true, head: second.head, count: 3 });
  });

  it('gives rows that decode to exactly the accepted events and never start a formula', () => {
    const result = plan([annotation(1, '=HYPERLINK("http://x")'), annotation(2, "-1'")]);
    expect(result.rows.map((row) => decodeEventRow(row))).toEqual(result.accepted.map((value) => ({ ok: true, value })));
    for (const cell of result.rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('stores nothing and keeps the head when nothing is accepted', () => {
    const head = { seq: 41, hash: 'ab'.repeat(32) };
    const result = plan([annotation(1)], [uuid(1)], head);
    expect(result).toEqual({ results: [{ id: uuid(1), status: 'duplicate' }], accepted: [], rows: [], head, touchedTypes: [], touchedTabs: [] });
  });

  it('accepts an event whose id was refused earlier in the same batch once it is valid', () => {
    const broken = { ...annotation(1), payload: {} };
    const result = plan([broken, annotation(1)]);
    expect(result.results.map((r) => r.status)).toEqual(['rejected', 'accepted']);
  });

  it('drops fields the catalogue does not know before storing and hashing', () => {
    const noisy = { ...annotation(1), extra: 'x', payload: { ...annotation(1).payload, debug: true } };
    const [stored] = plan([noisy]).accepted;
    expect(stored).not.toHaveProperty('extra');
    expect(stored!.payload).not.toHaveProperty('debug');
  });

  it('ignores what only the writer may set: a client cannot choose its actor, seq, receipt time or chain links', () => {
    const forged = {
      ...annotation(1),
      actor: { memberId: 'coordinator-1', name: 'The coordinator', org: 'TBS', side: 'government' },
      seq: 999,
      receivedAt: '2000-01-01T00:00:00.000Z',
      prevHash: 'ab'.repeat(32),
      hash: 'cd'.repeat(32),
    };
    const result = plan([forged]);
    expect(result.accepted[0]).toMatchObject({ seq: 1, receivedAt, actor: { memberId: attendee.id, name: '@Jo' }, prevHash: GENESIS_HASH });
    expect(result.accepted[0]!.hash).not.toBe('cd'.repeat(32));
    expect(verifyChain(result.rows, sha256)).toMatchObject({ ok: true });
  });
});
