import type { Commitment } from '../domain/commitment.ts';
import type { SignOff } from '../domain/sign-off.ts';
import { type FieldChange, diffCommitments } from './diff-commitments.ts';

/** The events the panel needs, as pulled from the ledger. */
export type LedgerEventLike = { type: string; seq: number; at: string; receivedAt: string; actor: { name: string; org: string }; payload: unknown };

export type TrackStatus = { state: string; versionHash: string; recordedAt: string; by: string; comment?: string; isCurrentVersion: boolean };

export type SignOffStatus = {
  government?: TrackStatus;
  csn?: TrackStatus;
  /** The latest sign-off was on an older version: when that version was sent, and what changed since. */
  changedSinceSigned?: { signedVersionAt: string; changes: FieldChange[] };
};

/**
 * Both tracks of one commitment from the ledger's log (the latest record of each track, by seq) and,
 * when the text was edited after the newest of them, the signed version's date and a field-by-field diff.
 */
export function signOffStatus(events: readonly LedgerEventLike[], current: Commitment, currentHash: string): SignOffStatus {
  const status: SignOffStatus = {};
  const sorted = [...events].sort((a, b) => a.seq - b.seq);
  let newest: { hash: string; seq: number } | undefined;
  for (const event of sorted) {
    if (event.type !== 'signoff.recorded') continue;
    const signOff = event.payload as SignOff;
    if (signOff.subject.kind !== 'commitment' || signOff.subject.id !== current.id) continue;
    if (signOff.track !== 'government' && signOff.track !== 'csn') continue;
    status[signOff.track] = {
      state: signOff.state,
      versionHash: signOff.versionHash,
      recordedAt: event.at,
      by: `${event.actor.name} (${event.actor.org})`,
      ...(signOff.comment ? { comment: signOff.comment } : {}),
      isCurrentVersion: signOff.versionHash === currentHash,
    };
    if (signOff.state !== 'not_started') newest = { hash: signOff.versionHash, seq: event.seq };
  }
  if (newest && newest.hash !== currentHash) {
    const signedVersion = sorted.find((e) => {
      if (e.type !== 'commitment.upserted') return false;
      const p = e.payload as { commitment: Commitment; versionHash: string };
      return p.commitment.id === current.id && p.versionHash === newest!.hash;
    });
    const snapshot = signedVersion ? (signedVersion.payload as { commitment: Commitment }).commitment : undefined;
    status.changedSinceSigned = { signedVersionAt: signedVersion?.at ?? '', changes: snapshot ? diffCommitments(snapshot, current) : [] };
  }
  return status;
}
