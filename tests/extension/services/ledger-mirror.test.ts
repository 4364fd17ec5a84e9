import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { LedgerTransport } from '../../../extension/adapters/ledger-client.ts';
import type { CocreateDb } from '../../../extension/services/db.ts';
import { ledgerCommitmentList, ledgerDocView, ledgerMeetingList, type MirrorDeps } from '../../../extension/services/ledger-mirror.ts';
import type { Member } from '../../../shared/domain/member.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { EMPTY_LEDGER_STATE } from '../../../shared/ledger/ledger-state.ts';
import type { LedgerRequest } from '../../../shared/protocol/ledger-api.ts';
import { commitment, meeting, signOff } from '../../shared/domain/examples.ts';
import { freshDb } from './fixed-env.ts';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const official: Member = { id: 'm-gov', name: 'Cora Lee', org: 'TBS', side: 'government', roles: ['coordinator', 'drafter', 'gov_signatory'] };
const csnLead: Member = { id: 'm-csn', name: 'Sam Roy', org: 'Open North', side: 'csn', roles: ['csn_signatory'] };
const DOC = 'doc-abc';
const V1 = 'a1'.repeat(32);
const V2 = 'b2'.repeat(32);
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** Real stored events (seq, actor, hash chain) made by the ledger core's own append planner. */
function ledgerEvents(): StoredEvent[] {
  const client = [
    { type: 'commitment.upserted', payload: { commitment, versionHash: V1, docId: DOC } },
    { type: 'signoff.recorded', payload: { ...signOff, id: uuid(900), track: 'government', state: 'approved', versionHash: V1, signerRole: 'gov_signatory', recordedBy: undefined } },
    { type: 'signoff.recorded', payload: { ...signOff, id: uuid(901), versionHash: V1, recordedBy: undefined } },
    { type: 'commitment.upserted', payload: { commitment: { ...commitment, id: uuid(77), code: 'C02' }, versionHash: V2, docId: 'another-doc' } },
    // The first commitment changed after both sign-offs: they no longer concern the current version.
    { type: 'commitment.upserted', payload: { commitment, versionHash: V2, docId: DOC } },
  ].map((event, i) => ({ v: 1, id: uuid(i + 1), at: `2026-11-2${i}T10:00:00.000Z`, source: 'docs', ...event }));
  // Each side records its own track (R20): three appends, chained one after the other.
  const stored: StoredEvent[] = [];
  let head = { seq: 0, hash: GENESIS_HASH };
  for (const [member, events] of [[official, client.slice(0, 2)], [csnLead, client.slice(2, 3)], [official, client.slice(3)]] as const) {
    const plan = planAppend({ state: EMPTY_LEDGER_STATE, head, events, member, receivedAt: '2026-11-27T10:00:00.000Z', digest });
    expect(plan.results.map((r) => r.error?.message ?? r.status)).toEqual(events.map(() => 'accepted'));
    stored.push(...plan.accepted);
    head = plan.head;
  }
  return stored;
}

/** Answers `pull` from a list of stored events, paging by `since` and `limit` like the web app. */
function pullingLedger(events: StoredEvent[], pageSize?: number) {
  const requests: LedgerRequest[] = [];
  let online = true;
  const transport: LedgerTransport = async (_url, request) => {
    requests.push(request);
    if (!online) return { kind: 'network', detail: 'TypeError' };
    if (request.op !== 'pull') throw new Error('pull only');
    const limit = Math.min(request.limit ?? 1000, pageSize ?? 1000);
    const last = events.at(-1)!;
    return {
      kind: 'json',
      body: { ok: true, events: events.filter((e) => e.seq > request.since).slice(0, limit), head: { seq: last.seq, hash: last.hash } },
    };
  };
  return { transport, requests, goOffline: () => (online = false) };
}

let db: CocreateDb;
beforeEach(async () => {
  db = await freshDb();
});

const deps = (transport: LedgerTransport | undefined, now = '2026-11-27T16:00:00.000Z'): MirrorDeps => ({
  db,
  connection: transport ? { transport, ledgerUrl: 'https://script.google.com/macros/s/x/exec', token: 't' } : undefined,
  now: () => new Date(now),
});

describe('ledgerDocView', () => {
  it("shows the document's commitments and each track's sign-off, marking those made on an older version", async () => {
    const ledger = pullingLedger(ledgerEvents());
    const reply = await ledgerDocView(deps(ledger.transport), DOC);
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.view).toMatchObject({ docId: DOC, fromCache: false, head: { seq: 5 }, pulledAt: '2026-11-27T16:00:00.000Z' });
    expect(reply.view.commitments).toHaveLength(1);
    const [c01] = reply.view.commitments;
    expect(c01).toMatchObject({ id: commitment.id, code: 'C01', title: commitment.title, versionHash: V2 });
    expect(c01!.signoffs.map((s) => [s.track, s.decision, s.by, s.isCurrentVersion]).sort()).toEqual([
      ['csn', 'endorse_with_reservations', 'Sam Roy', false],
      ['government', 'approved', 'Cora Lee', false],
    ]);
  });

  it('a sign-off on the version now in the ledger counts as current', async () => {
    const reply = await ledgerDocView(deps(pullingLedger(ledgerEvents().slice(0, 3)).transport), DOC);
    if (!reply.ok) throw new Error('expected a view');
    expect(reply.view.commitments[0]?.signoffs.map((s) => [s.track, s.isCurrentVersion]).sort()).toEqual([
      ['csn', true],
      ['government', true],
    ]);
  });

  it('pulls in pages and then only what is new', async () => {
    const events = ledgerEvents();
    const ledger = pullingLedger(events, 2);
    await ledgerDocView(deps(ledger.transport), DOC);
    expect(ledger.requests.map((r) => (r.op === 'pull' ? r.since : -1))).toEqual([0, 2, 4]);
    ledger.requests.length = 0;
    await ledgerDocView(deps(ledger.transport), DOC);
    expect(ledger.requests.map((r) => (r.op === 'pull' ? r.since : -1))).toEqual([5]);
  });

  it('offline, answers from the last pull and says so', async () => {
    const ledger = pullingLedger(ledgerEvents());
    await ledgerDocView(deps(ledger.transport), DOC);
    ledger.goOffline();
    const reply = await ledgerDocView(deps(ledger.transport, '2026-11-28T09:00:00.000Z'), DOC);
    expect(reply).toMatchObject({ ok: true, view: { fromCache: true, pulledAt: '2026-11-27T16:00:00.000Z' } });
    if (reply.ok) expect(reply.view.commitments.map((c) => c.code)).toEqual(['C01']);
  });

  it.each([
    ['offline and never pulled', 'offline'],
    ['no ledger set up', 'not_configured'],
  ])('%s: a plain problem in both languages', async (name, code) => {
    const ledger = pullingLedger(ledgerEvents());
    ledger.goOffline();
    const reply = await ledgerDocView(deps(name.startsWith('no ledger') ? undefined : ledger.transport), DOC);
    expect(reply).toMatchObject({ ok: false, problem: { code } });
    if (!reply.ok) expect(reply.problem.message.fr).toMatch(/\w/);
  });

  it('a document the ledger does not know has no commitments', async () => {
    const reply = await ledgerDocView(deps(pullingLedger(ledgerEvents()).transport), 'unknown-doc');
    expect(reply).toMatchObject({ ok: true, view: { commitments: [] } });
  });
});

describe('ledgerCommitmentList', () => {
  it('lists every commitment the ledger knows, for the commitment picker', async () => {
    const reply = await ledgerCommitmentList(deps(pullingLedger(ledgerEvents()).transport));
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.commitments.map((c) => c.code).sort()).toEqual(['C01', 'C02']);
  });
});

describe('ledgerMeetingList', () => {
  it('lists the meetings the ledger knows, latest snapshot of each, for the chair rotation', async () => {
    const scheduled = [
      { type: 'meeting.scheduled', payload: { meeting } },
      { type: 'meeting.scheduled', payload: { meeting: { ...meeting, id: 'msf-2026-02', startsAt: '2026-02-11T15:00:00.000Z', endsAt: undefined, chairSide: 'government' } } },
      { type: 'meeting.updated', payload: { meeting: { ...meeting, title: 'Forum, January (moved)' } } },
    ].map((event, i) => ({ v: 1, id: uuid(500 + i), at: `2026-11-2${i}T10:00:00.000Z`, source: 'extension', ...event }));
    const plan = planAppend({ state: EMPTY_LEDGER_STATE, head: { seq: 0, hash: GENESIS_HASH }, events: scheduled, member: official, receivedAt: '2026-11-27T10:00:00.000Z', digest });
    expect(plan.results.map((r) => r.error?.message ?? r.status)).toEqual(['accepted', 'accepted', 'accepted']);
    const reply = await ledgerMeetingList(deps(pullingLedger(plan.accepted as StoredEvent[]).transport));
    expect(reply).toMatchObject({ ok: true, fromCache: false });
    if (!reply.ok) return;
    expect(reply.meetings.map((m) => [m.id, m.title, m.chairSide]).sort()).toEqual([
      ['msf-2026-01-14', 'Forum, January (moved)', 'csn'],
      ['msf-2026-02', meeting.title, 'government'],
    ]);
  });

  it('with no ledger set up, a plain problem rather than an empty history', async () => {
    expect(await ledgerMeetingList(deps(undefined))).toMatchObject({ ok: false, problem: { code: 'not_configured' } });
  });
});

describe('the side panel asking for commitments and meetings at once', () => {
  it('pulls once for both, not once each (every pull is an Apps Script call)', async () => {
    const ledger = pullingLedger(ledgerEvents());
    const [commitments, meetings] = await Promise.all([ledgerCommitmentList(deps(ledger.transport)), ledgerMeetingList(deps(ledger.transport))]);
    expect(commitments.ok && meetings.ok).toBe(true);
    expect(ledger.requests).toHaveLength(1);
  });
});
