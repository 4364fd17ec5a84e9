import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { commitmentVersionHash } from '../../shared/domain/commitment-version-hash.ts';
import { MAX_TEXT_LENGTH } from '../../shared/protocol/limits.ts';
import * as example from '../shared/domain/examples.ts';
import { addMember, annotationEvent, ledgerFixture, nodeSha256 } from '../support/ledger-fixture.ts';

// Issue 8's attacks, each tried as a hostile member would: through the protocol only, against the
// real bundle in node:vm and the Google doubles.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

type Results = { ok: true; results: Array<{ id: string; status: string; error?: { code: string; message: string } }> };

async function forum() {
  const f = await ledgerFixture();
  const alice = addMember(f.world, { name: 'Alice Tremblay', org: 'Open North', side: 'csn', roles: ['attendee'] });
  const bob = addMember(f.world, { name: 'Bob Singh', org: 'CCLA', side: 'csn', roles: ['attendee'] });
  const govDrafter = addMember(f.world, { name: 'Chris Côté', side: 'government', roles: ['drafter'] });
  const csnDrafter = addMember(f.world, { name: 'Dana Roy', org: 'Open North', side: 'csn', roles: ['drafter'] });
  const csnSignatory = addMember(f.world, { name: 'Jo Cohen', org: 'Open North', side: 'csn', roles: ['csn_signatory'] });
  const append = (token: string, events: unknown[]) => f.post({ v: 1, op: 'append', token, events }) as Results;
  const views = () => f.post({ v: 1, op: 'pull', token: alice.token, since: 0 }) as { events: Array<{ type: string; actor: { memberId: string } }> };
  return { ...f, alice, bob, govDrafter, csnDrafter, csnSignatory, append, views };
}

const event = (type: string, payload: unknown, extra: Record<string, unknown> = {}) => ({
  v: 1,
  id: randomUUID(),
  type,
  at: '2026-11-27T14:00:00.000Z',
  source: 'extension',
  payload,
  ...extra,
});

describe('the bundle refuses each attack of issue 8, alone', () => {
  it('B re-creating A’s annotation in 1970, then deleting it back-dated: both forbidden', async () => {
    const f = await forum();
    const mine = annotationEvent('Alice: we keep March.');
    expect(f.append(f.alice.token, [mine]).results[0]!.status).toBe('accepted');
    const forged = f.append(f.bob.token, [
      annotationEvent('Bob: we drop March.', { entityId: mine.entityId, at: '1970-01-01T00:00:00.000Z' }),
      event('annotation.deleted', { meetingId: 'meeting-1' }, { entityId: mine.entityId, at: '1970-01-01T00:00:01.000Z' }),
      annotationEvent('Bob’s own note.'),
    ]);
    expect(forged.results.map((r) => r.error?.code ?? r.status)).toEqual(['forbidden', 'forbidden', 'accepted']);
  });

  it('an attendee’s submission carrying a disposition and a reasoned response: invalid', async () => {
    const f = await forum();
    const { disposition: _d, reasonedResponse: _r, ...submitted } = example.proposal;
    const answer = f.append(f.alice.token, [
      event('proposal.submitted', { proposal: { ...submitted, disposition: 'adopted' } }),
      event('proposal.submitted', { proposal: { ...submitted, id: 'p-2', reasonedResponse: { text: { en: 'No.', fr: 'Non.' } } } }),
      event('proposal.submitted', { proposal: { ...submitted, id: 'p-3' } }),
    ]);
    expect(answer.results.map((r) => r.error?.message ?? r.status)).toEqual([
      'payload.proposal.disposition: This field does not belong in an event of type “proposal.submitted”; it is recorded by another event, or not at all.',
      'payload.proposal.reasonedResponse: This field does not belong in an event of type “proposal.submitted”; it is recorded by another event, or not at all.',
      'accepted',
    ]);
  });

  it('an attendee’s meeting snapshot carrying a published notes status and link: invalid', async () => {
    const f = await forum();
    const meeting = { ...example.meeting, notesStatus: { en: 'none', fr: 'none' } };
    const answer = f.append(f.alice.token, [
      event('meeting.scheduled', { meeting: { ...meeting, notesStatus: { en: 'published', fr: 'published' } } }),
      event('meeting.scheduled', { meeting: { ...meeting, id: 'm-2', notesUrl: 'https://example.org/notes' } }),
      event('meeting.scheduled', { meeting: { ...meeting, id: 'm-3' } }),
    ]);
    expect(answer.results.map((r) => r.error?.code ?? r.status)).toEqual(['invalid', 'invalid', 'accepted']);
    expect(answer.results[0]!.error!.message).toMatch(/^payload\.meeting\.notesStatus: A meeting snapshot cannot set the notes status/);
  });

  it('a drafter of the other side re-titling a commitment with the old hash: forbidden; a stale hash from its own side: invalid', async () => {
    const f = await forum();
    const v1 = commitmentVersionHash(example.commitment, nodeSha256);
    expect(f.append(f.govDrafter.token, [event('commitment.upserted', { commitment: example.commitment, versionHash: v1 }, { source: 'docs' })]).results[0]!.status).toBe('accepted');
    const retitled = { ...example.commitment, title: { en: 'Another commitment', fr: 'Un autre engagement' } };
    const other = f.append(f.csnDrafter.token, [event('commitment.upserted', { commitment: retitled, versionHash: v1 }, { source: 'docs' })]);
    expect(other.results[0]!.error!.code).toBe('forbidden');
    const stale = f.append(f.govDrafter.token, [event('commitment.upserted', { commitment: retitled, versionHash: v1 }, { source: 'docs' })]);
    expect(stale.results[0]!.error).toMatchObject({ code: 'invalid', message: expect.stringMatching(/^payload\.versionHash: The version hash does not match/) });
    const unknownVersion = f.append(f.csnSignatory.token, [
      event('signoff.recorded', { ...example.signOff, versionHash: 'ab'.repeat(32), recordedBy: undefined }, { source: 'docs' }),
      event('signoff.recorded', { ...example.signOff, id: randomUUID(), versionHash: v1, recordedBy: undefined }, { source: 'docs' }),
    ]);
    expect(unknownVersion.results.map((r) => r.error?.code ?? r.status)).toEqual(['invalid', 'accepted']);
  });

  it('one text over 10,000 characters refuses its event only; the good ones beside it are stored', async () => {
    const f = await forum();
    const answer = f.append(f.alice.token, [annotationEvent('Good one.'), annotationEvent('x'.repeat(MAX_TEXT_LENGTH + 1)), annotationEvent('Good two.')]);
    expect(answer.results.map((r) => r.error?.code ?? r.status)).toEqual(['accepted', 'invalid', 'accepted']);
    expect(answer.results[1]!.error!.message).toMatch(/^payload\.text: /);
  });

  it('an event whose payload cell would pass Google’s 50,000-character limit is refused alone, naming the longest field', async () => {
    const f = await forum();
    const text = (n: number) => ({ en: 'é'.repeat(n), fr: 'è'.repeat(n) });
    const huge = { ...example.commitment, description: text(9_000), theoryOfChange: text(9_000), issueToBeAddressed: text(8_000), valuesRationale: text(5_000) };
    const answer = f.append(f.govDrafter.token, [
      event('commitment.upserted', { commitment: huge, versionHash: commitmentVersionHash(huge, nodeSha256) }, { source: 'docs' }),
      event('commitment.upserted', { commitment: example.commitment, versionHash: commitmentVersionHash(example.commitment, nodeSha256) }, { source: 'docs' }),
    ]);
    expect(answer.results.map((r) => r.error?.code ?? r.status)).toEqual(['invalid', 'accepted']);
    expect(answer.results[0]!.error!.message).toMatch(/Google Sheets allows 50000\); the longest field is payload\.commitment\.(description|theoryOfChange)\.(en|fr)\.$/);
  });

  it('annotation.created without entityId is stored, named by its event id; the same id in upper case is a duplicate', async () => {
    const f = await forum();
    const { entityId: _e, ...bare } = annotationEvent('From another tool.');
    const upper = { ...bare, id: String(bare.id).toUpperCase() };
    const answer = f.append(f.alice.token, [bare, upper]);
    expect(answer.results.map((r) => r.status)).toEqual(['accepted', 'duplicate']);
    const pulled = f.post({ v: 1, op: 'pull', token: f.alice.token, since: 0 }) as { events: Array<{ id: string; entityId: string }> };
    expect(pulled.events).toEqual([expect.objectContaining({ id: bare.id, entityId: bare.id })]);
  });
});
