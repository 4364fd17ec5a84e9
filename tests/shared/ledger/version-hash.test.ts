import { describe, expect, it } from 'vitest';
import { commitmentVersionHash } from '../../../shared/domain/commitment-version-hash.ts';
import type { Member } from '../../../shared/domain/member.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import { ledgerStateOf } from '../../../shared/ledger/ledger-state-of.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { foldEvents } from '../../../shared/ledger/views/fold-events.ts';
import { commitment } from '../domain/examples.ts';
import { sha256 } from './events/digest.ts';
import { SAMPLE_EVENTS, uuid } from './events/sample-events.ts';

const govDrafter: Member = { id: 'member-gov', name: 'Chris Côté', org: 'tbs-sct', side: 'government', roles: ['drafter', 'gov_signatory'] };
const csnSignatory: Member = { id: 'member-csn', name: 'Jo Cohen', org: 'Open North', side: 'csn', roles: ['csn_signatory', 'drafter'] };
const coordinator: Member = { id: 'member-coord', name: 'Sam Lee', org: 'Open North', side: 'csn', roles: ['coordinator'] };

/** The Members tab's coordinators, as the web app passes them to the state and the fold. */
const COORDINATORS = new Set([coordinator.id]);

function ledger() {
  let stored: StoredEvent[] = [];
  let head = { seq: 0, hash: GENESIS_HASH };
  return {
    get events() {
      return stored;
    },
    append(member: Member, events: unknown[]) {
      const plan = planAppend({ state: ledgerStateOf(stored, COORDINATORS), head, events, member, receivedAt: '2026-04-02T12:00:00.000Z', digest: sha256 });
      stored = [...stored, ...plan.accepted];
      head = plan.head;
      return plan;
    },
  };
}

const upsert = (n: number, body: typeof commitment, versionHash = commitmentVersionHash(body, sha256)) => ({
  ...SAMPLE_EVENTS['commitment.upserted'],
  id: uuid(100 + n),
  payload: { commitment: body, versionHash },
});
const signOff = (n: number, versionHash: string) => ({
  ...SAMPLE_EVENTS['signoff.recorded'],
  id: uuid(200 + n),
  payload: { ...SAMPLE_EVENTS['signoff.recorded'].payload, id: uuid(300 + n), subject: { kind: 'commitment', id: commitment.id }, versionHash, recordedBy: undefined },
});

describe('the writer computes commitment version hashes', () => {
  const v1 = commitmentVersionHash(commitment, sha256);
  const retitled = { ...commitment, title: { en: 'Open data for everyone', fr: 'Des données ouvertes pour tout le monde' }, inclusionDecision: 'included' as const };

  it('refuses a new text sent with the old hash, naming the field and the hash it computes', () => {
    const book = ledger();
    book.append(govDrafter, [upsert(1, commitment)]);
    const stale = book.append(coordinator, [upsert(2, retitled, v1)]);
    expect(stale.results[0]).toEqual({
      id: uuid(102),
      status: 'rejected',
      error: {
        code: 'invalid',
        message: `payload.versionHash: The version hash does not match this commitment’s text (the ledger computes ${commitmentVersionHash(retitled, sha256)}); send the hash of the text you send.`,
      },
    });
  });

  it('refuses a sign-off of a version the ledger never stored, and accepts one of a stored version', () => {
    const book = ledger();
    expect(book.append(csnSignatory, [signOff(1, v1)]).results[0]).toMatchObject({ status: 'rejected', error: { code: 'invalid' } });
    book.append(govDrafter, [upsert(1, commitment)]);
    expect(book.append(csnSignatory, [signOff(2, 'ab'.repeat(32))]).results[0]!.error!.message).toBe(
      `payload.versionHash: This sign-off names a version of commitment “${commitment.id}” that the ledger has not stored; sync the commitment first.`,
    );
    expect(book.append(csnSignatory, [signOff(3, v1)]).results[0]!.status).toBe('accepted');
  });

  it('accepts a sign-off of a version stored earlier in the same batch', () => {
    const both: Member = { ...govDrafter, roles: ['drafter', 'gov_signatory'] };
    const signGov = { ...signOff(4, v1), payload: { ...signOff(4, v1).payload, track: 'government', state: 'approved', signerRole: 'gov_signatory' } };
    expect(ledger().append(both, [upsert(1, commitment), signGov]).results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
  });

  it('without the Members tab, the fold shows a coordinator’s edit of another side’s commitment only once the log proves them a coordinator', () => {
    const book = ledger();
    book.append(govDrafter, [upsert(1, commitment)]);
    book.append(coordinator, [upsert(3, retitled)]);
    expect(foldEvents(book.events, { today: '2026-04-03' }).commitments[0]!.commitment.title).toEqual(commitment.title);
    book.append(coordinator, [SAMPLE_EVENTS['stakeholder.upserted']]);
    expect(foldEvents(book.events, { today: '2026-04-03' }).commitments[0]!.commitment.title).toEqual(retitled.title);
  });

  it('shows a sign-off made on the old text as “changed since signed” once the text changes', () => {
    const book = ledger();
    book.append(govDrafter, [upsert(1, commitment)]);
    book.append(csnSignatory, [signOff(5, v1)]);
    expect(book.append(coordinator, [upsert(3, retitled)]).results[0]!.status).toBe('accepted');
    const [track] = foldEvents(book.events, { today: '2026-04-03', coordinators: COORDINATORS }).signOffs;
    expect(track).toMatchObject({ track: 'csn', isChangedSinceSigned: true, currentVersionHash: commitmentVersionHash(retitled, sha256) });
    expect(ledgerStateOf(book.events, COORDINATORS).commitmentVersions.get(commitment.id)).toEqual([v1, commitmentVersionHash(retitled, sha256)]);
  });
});
