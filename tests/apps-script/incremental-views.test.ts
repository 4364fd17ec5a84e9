import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { encodeViewTab, foldEvents, VIEW_TAB_SPECS, VIEW_TABS } from '../../shared/ledger/views/index.ts';
import * as domain from '../shared/domain/examples.ts';
import { planAppend } from '../../shared/ledger/plan-append.ts';
import { EMPTY_LEDGER_STATE } from '../../shared/ledger/ledger-state.ts';
import { addMember, ledgerFixture, nodeSha256 } from '../support/ledger-fixture.ts';
import { readLedgerTab, storedLogEvents, trimTrailingCells } from '../support/read-ledger-tab.ts';

// The bundle is built on first use and runs in node:vm: slower than a unit test on a busy machine.
vi.setConfig({ testTimeout: 180_000, hookTimeout: 120_000 });

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('views kept row by row are exactly a full fold of the log', () => {
  it.each([1, 2])('after every append of a seeded random run (seed %i)', async (seed) => {
    const next = random(seed);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const f = await ledgerFixture();
    const members = [
      addMember(f.world, { name: 'Ann Attendee', side: 'csn', roles: ['attendee'] }),
      addMember(f.world, { name: 'Bo Attendee', side: 'government', roles: ['attendee'] }),
      addMember(f.world, { name: 'Di Drafter', side: 'government', roles: ['drafter'] }),
      addMember(f.world, { name: 'Co Ordinator', side: 'csn', roles: ['coordinator'] }),
    ];
    const [ann, bo, drafter, coordinator] = members as [typeof members[0], typeof members[0], typeof members[0], typeof members[0]];
    const annotations: Array<{ id: string; owner: string }> = [];
    const tags: string[] = [];
    const proposals: string[] = [];
    const meetings = ['m-1', 'm-2', 'm-3'];
    // Times spread over a morning and sent out of order, as offline clients and concurrent attendees do.
    const at = () => new Date(Date.UTC(2026, 10, 27, 9, 0, 0) + Math.floor(next() * 4 * 3600) * 1000).toISOString();
    const text = () => pick(['Deadline kept.', '=SUM(A1)', '+33 6 12', 'Milestone C01.1 moves to March', '']);
    const annotationPayload = () => {
      const kind = pick(['decision', 'action', 'action', 'agreement', 'disagreement', 'question', 'note'] as const);
      return {
        meetingId: pick(meetings),
        kind,
        text: text(),
        ...(kind === 'action' && next() < 0.7 ? { dueDate: pick(['2026-01-10', '2026-01-10', '2026-12-31', '2027-02-01']), actionStatus: pick(['open', 'done'] as const), owner: 'TBS' } : {}),
      };
    };

    const makeEvent = (): { token: string; event: Record<string, unknown> } => {
      const roll = next();
      if (roll < 0.35 || annotations.length === 0) {
        const owner = pick([ann, bo]);
        const entityId = randomUUID();
        annotations.push({ id: entityId, owner: owner.token });
        return { token: owner.token, event: { v: 1, id: randomUUID(), type: 'annotation.created', at: at(), source: 'extension', entityId, payload: annotationPayload() } };
      }
      if (roll < 0.6) {
        const target = pick(annotations);
        // Now and then another member's back-dated edit of it: refused forbidden, changes no view.
        if (next() < 0.15) {
          const intruder = target.owner === ann.token ? bo : ann;
          return { token: intruder.token, event: { v: 1, id: randomUUID(), type: 'annotation.updated', at: '1970-01-01T00:00:00.000Z', source: 'extension', entityId: target.id, payload: annotationPayload() } };
        }
        return { token: target.owner, event: { v: 1, id: randomUUID(), type: 'annotation.updated', at: at(), source: 'extension', entityId: target.id, payload: annotationPayload() } };
      }
      if (roll < 0.67) {
        const target = pick(annotations);
        return { token: target.owner, event: { v: 1, id: randomUUID(), type: 'annotation.deleted', at: at(), source: 'extension', entityId: target.id, payload: {} } };
      }
      if (roll < 0.82) {
        const id = tags.length === 0 || next() < 0.5 ? randomUUID() : pick(tags);
        if (!tags.includes(id)) tags.push(id);
        const kind = pick(['action', 'decision', 'agreement', 'question'] as const);
        const tag = { ...domain.documentTag, id, kind, quotedText: text() || 'quoted', anchor: { type: 'named_range' as const, name: `cocreate:tag:${kind}:${id}` }, ...(kind === 'action' ? {} : { actionStatus: undefined, dueDate: undefined, owner: undefined }) };
        // Coordinators may tidy a drafter's tags (record authority: owner or coordinator).
        return { token: pick([drafter, drafter, coordinator]).token, event: { v: 1, id: randomUUID(), type: next() < 0.5 ? 'tag.created' : 'tag.updated', at: at(), source: 'docs', payload: { tag } } };
      }
      if (roll < 0.86 && tags.length > 0) {
        const id = pick(tags);
        return { token: drafter.token, event: { v: 1, id: randomUUID(), type: 'tag.removed', at: at(), source: 'docs', entityId: id, payload: { docId: domain.documentTag.docId } } };
      }
      // Plan events: meetings (whose rows carry annotation counts), proposals and their dispositions.
      if (roll < 0.92) {
        const id = pick(meetings);
        const startsAt = at();
        const endsAt = new Date(Date.parse(startsAt) + 2 * 3600_000).toISOString();
        return { token: coordinator.token, event: { v: 1, id: randomUUID(), type: 'meeting.scheduled', at: at(), source: 'sheet', payload: { meeting: { ...domain.meeting, id, title: `Forum ${id}`, startsAt, endsAt, notesStatus: { en: 'none', fr: 'none' } } } } };
      }
      if (roll < 0.96 || proposals.length === 0) {
        const id = randomUUID();
        proposals.push(id);
        const { disposition: _d, reasonedResponse: _r, ...proposal } = domain.proposal;
        return { token: coordinator.token, event: { v: 1, id: randomUUID(), type: 'proposal.submitted', at: at(), source: 'sheet', payload: { proposal: { ...proposal, id } } } };
      }
      return {
        token: coordinator.token,
        event: { v: 1, id: randomUUID(), type: 'proposal.disposed', at: at(), source: 'sheet', payload: { proposalId: pick(proposals), disposition: 'adopted', response: domain.proposal.reasonedResponse } },
      };
    };

    let stored = 0;
    let refused = 0;
    let attentionRounds = 0;
    const sent: Array<{ token: string; event: Record<string, unknown> }> = [];
    for (let round = 0; round < 60; round++) {
      const first = makeEvent();
      const batch = [first.event];
      // A batch is one member's: further events only from the same token.
      for (let i = 0; i < Math.floor(next() * 4); i++) {
        const more = makeEvent();
        if (more.token === first.token) batch.push(more.event);
      }
      // Now and then a retry of an event already sent (answered duplicate, changes nothing).
      const earlier = sent.filter((e) => e.token === first.token);
      if (earlier.length > 0 && next() < 0.2) batch.push(pick(earlier).event);
      for (const event of batch) sent.push({ token: first.token, event });
      const answer = f.post({ v: 1, op: 'append', token: first.token, events: batch });
      expect(answer.ok, JSON.stringify(answer)).toBe(true);
      const results = answer.results as Array<{ status: string; error?: { code: string; message: string } }>;
      stored += results.filter((r) => r.status === 'accepted').length;
      // The only refusals are the intruders' (record authority); every other event is valid.
      for (const r of results.filter((r) => r.status === 'rejected')) expect(r.error, JSON.stringify(r)).toMatchObject({ code: 'forbidden' });
      refused += results.filter((r) => r.status === 'rejected').length;

      const events = storedLogEvents(f.world);
      expect(events).toHaveLength(stored);
      const dashboard = readLedgerTab(f.world, 'Dashboard');
      if (dashboard.some((row) => row[1] === 'attention_action_due')) attentionRounds += 1;
      const today = dashboard.find((row) => row[1] === 'ledger' && row[2] === 'today')?.[3] ?? '';
      const views = foldEvents(events, { today, coordinators: new Set([coordinator.id]) });
      for (const view of VIEW_TABS) {
        expect(readLedgerTab(f.world, VIEW_TAB_SPECS[view].title), `${view} after round ${round} (seed ${seed})`).toEqual(trimTrailingCells(encodeViewTab(view, views)));
      }
    }
    expect(stored).toBeGreaterThan(60);
    expect(refused).toBeGreaterThan(0);
    // The run exercised the dashboard's "needs attention" lines for open dated actions, kept in place.
    expect(attentionRounds).toBeGreaterThan(0);
  });

  it('an annotation whose edit was stored before its creation (or an earlier creation sent late) still shows as the fold shows it', async () => {
    const f = await ledgerFixture();
    const ann = addMember(f.world, { name: 'Ann Attendee', side: 'csn', roles: ['attendee'] });
    const entityId = randomUUID();
    const annotation = (type: string, at: string, text: string, kind = 'action') => ({
      v: 1, id: randomUUID(), type, at, source: 'extension', entityId,
      payload: { meetingId: 'm-1', kind, text, ...(kind === 'action' ? { dueDate: '2026-01-10', actionStatus: 'open', owner: 'TBS' } : {}) },
    });
    // Split batches (poison isolation, a lost answer) can store an owner's edit first.
    const sends = [
      annotation('annotation.updated', '2026-11-27T10:00:00.000Z', 'Edited text'),
      annotation('annotation.created', '2026-11-27T09:00:00.000Z', 'First text'),
      annotation('annotation.created', '2026-11-27T08:00:00.000Z', 'A creation sent late', 'note'),
    ];
    for (const event of sends) {
      expect(f.post({ v: 1, op: 'append', token: ann.token, events: [event] })).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
      const events = storedLogEvents(f.world);
      const today = readLedgerTab(f.world, 'Dashboard').find((row) => row[1] === 'ledger' && row[2] === 'today')?.[3] ?? '';
      const views = foldEvents(events, { today });
      for (const view of VIEW_TABS) expect(readLedgerTab(f.world, VIEW_TAB_SPECS[view].title), view).toEqual(trimTrailingCells(encodeViewTab(view, views)));
    }
    // The row shows the latest version's text at the earliest creation's time.
    expect(readLedgerTab(f.world, 'Actions').slice(1).map((row) => row.includes('Edited text') && row.includes('2026-11-27T08:00:00.000Z'))).toEqual([true]);
  });

  it('a log written before the writer checked record authority builds an Index whose owners refuse the forger', async () => {
    const f = await ledgerFixture();
    const ann = addMember(f.world, { name: 'Ann Attendee', side: 'csn', roles: ['attendee'] });
    const bo = addMember(f.world, { name: 'Bo Attendee', side: 'government', roles: ['attendee'] });
    const who = (member: { id: string }, name: string, side: 'csn' | 'government') => ({ id: member.id, name, org: '', side, roles: ['attendee' as const] });
    const entityId = randomUUID();
    const decision = (type: string, at: string, text: string) => ({ v: 1, id: randomUUID(), type, at, source: 'extension', entityId, payload: { meetingId: 'm-1', kind: 'decision', text } });
    // An old writer that knew no owners stored Ann's decision, then Bo's back-dated rewrite of it.
    const first = planAppend({ state: EMPTY_LEDGER_STATE, head: { seq: 0, hash: '0'.repeat(64) }, events: [decision('annotation.created', '2026-11-27T10:00:00.000Z', 'Ann’s decision')], member: who(ann, 'Ann Attendee', 'csn'), receivedAt: '2026-11-27T10:00:01.000Z', digest: nodeSha256 });
    const forged = planAppend({ state: EMPTY_LEDGER_STATE, head: first.head, events: [decision('annotation.updated', '2026-11-27T11:00:00.000Z', 'Bo’s forgery')], member: who(bo, 'Bo Attendee', 'government'), receivedAt: '2026-11-27T11:00:01.000Z', digest: nodeSha256 });
    f.world.globals.Sheets.Spreadsheets.Values.append({ values: [...first.rows, ...forged.rows] }, f.world.store.state.spreadsheetId, "'Log'!A1", { valueInputOption: 'RAW', insertDataOption: 'INSERT_ROWS' });
    f.world.globals.Sheets.Spreadsheets.Values.clear({}, f.world.store.state.spreadsheetId, "'Index'!A2");

    // Bo tries again through today's writer: the Index built from the log names Ann the owner.
    const again = f.post({ v: 1, op: 'append', token: bo.token, events: [decision('annotation.updated', '1970-01-01T00:00:00.000Z', 'Bo again')] });
    expect(again).toMatchObject({ ok: true, results: [{ status: 'rejected', error: { code: 'forbidden' } }] });
    expect(f.post({ v: 1, op: 'append', token: ann.token, events: [decision('annotation.updated', '2026-11-27T12:00:00.000Z', 'Ann’s edit')] })).toMatchObject({ ok: true, results: [{ status: 'accepted' }] });
    const events = storedLogEvents(f.world);
    const today = readLedgerTab(f.world, 'Dashboard').find((row) => row[1] === 'ledger' && row[2] === 'today')?.[3] ?? '';
    const views = foldEvents(events, { today });
    for (const view of VIEW_TABS) expect(readLedgerTab(f.world, VIEW_TAB_SPECS[view].title), view).toEqual(trimTrailingCells(encodeViewTab(view, views)));
    const decisions = readLedgerTab(f.world, 'Decisions').slice(1).map((row) => row.join(' '));
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toContain('Ann’s edit');
    expect(decisions[0]).not.toContain('forgery');
  });
});
