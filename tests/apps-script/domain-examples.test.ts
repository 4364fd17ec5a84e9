import { createHash, randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { commitmentVersionHash } from '../../shared/domain/commitment-version-hash.ts';
import * as example from '../shared/domain/examples.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
import { addMember, ledgerFixture } from '../support/ledger-fixture.ts';

// The bundle runs with Apps Script's globals only (no URL, TextEncoder…): every realistic record of
// the domain must still be accepted there, not only in Node where the schemas were unit-tested.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// Submissions carry no disposition and snapshots no notes status: those are other events' (issue 8).
const { disposition: _disposition, reasonedResponse: _response, ...submittedProposal } = example.proposal;
const scheduledMeeting = { ...example.meeting, notesStatus: { en: 'none', fr: 'none' } };

const events: [string, string, Record<string, unknown>][] = [
  ['commitment.upserted', 'drafter', { commitment: example.commitment, versionHash: commitmentVersionHash(example.commitment, sha256) }],
  ['tag.created', 'drafter', { tag: example.documentTag }],
  ['proposal.submitted', 'drafter', { proposal: submittedProposal }],
  ['annotation.created', 'attendee', example.annotation],
  ['meeting.scheduled', 'attendee', { meeting: scheduledMeeting }],
  ['procedure.agreed', 'coordinator', { procedure: example.signOffProcedure }],
  ['workplan.updated', 'coordinator', { workplan: example.workplan }],
  ['stakeholder.upserted', 'coordinator', { stakeholder: example.stakeholder }],
  ['outreach.logged', 'coordinator', { activity: example.outreachActivity }],
  ['update.reported', 'coordinator', { update: example.progressUpdate }],
  ['verdict.issued', 'csn_signatory', { verdict: example.partnershipVerdict }],
];

describe('the ledger bundle accepts the domain examples', () => {
  it.each(events)('%s from a %s', async (type, role, payload) => {
    const f = await ledgerFixture();
    const side = role === 'csn_signatory' || role === 'attendee' ? 'csn' : 'government';
    const member = addMember(f.world, { name: 'Sam Member', org: 'Open North', side, roles: [role as 'drafter'] });
    const event = {
      v: 1,
      id: randomUUID(),
      type,
      at: '2026-11-27T14:00:00.000Z',
      source: 'docs',
      ...(type === 'annotation.created' ? { entityId: randomUUID() } : {}),
      payload,
    };
    const answer = f.post({ v: 1, op: 'append', token: member.token, events: [event] });
    expect(answer).toMatchObject({ ok: true, results: [{ id: event.id, status: 'accepted', seq: 1 }] });
  });
});
