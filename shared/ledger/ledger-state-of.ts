import type { StoredEvent } from './event-catalogue.ts';
import type { LedgerState, RecordOwner } from './ledger-state.ts';
import { type NotesApprovalState, notesMeetingOf, opensMeetingRecord, withNotesEvent } from './notes-approval-state.ts';
import { judgeRecordChange, provenCoordinators, recordRuleOf } from './record-authority.ts';
import { recordKeyOf } from './record-key.ts';

/** Stored events in `seq` order, the only order that grants anything (arrival order of a read may differ). */
export function bySeq(events: readonly StoredEvent[]): StoredEvent[] {
  return [...events].sort((a, b) => a.seq - b.seq);
}

/**
 * The owner of every record: the actor of the first stored event (lowest seq) of a type that claims it.
 * Events may come in any order (the lowest seq wins), so the fold need not copy and sort the log;
 * `keys` are the events' record keys, for a caller that needs them again (computed here otherwise).
 */
export function ownersOf(events: readonly StoredEvent[], keys: readonly string[] = events.map(recordKeyOf)): Map<string, RecordOwner> {
  const owners = new Map<string, RecordOwner>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if (!recordRuleOf(event.type).claims) continue;
    const key = keys[i]!;
    const known = owners.get(key);
    if (known === undefined || event.seq < known.seq) owners.set(key, { memberId: event.actor.memberId, side: event.actor.side, seq: event.seq });
  }
  return owners;
}

/**
 * The writer's state built by folding the whole log (Rebuild views, tests, and the web app until the
 * storage layer keeps an index). Commitment versions are the hashes stored by events the record
 * authority admits, oldest first, each once. `coordinatorIds` (the Members tab's coordinators) apply the
 * table's coordinator exceptions as the fold does.
 */
export function ledgerStateOf(events: readonly StoredEvent[], coordinatorIds: ReadonlySet<string> = new Set()): LedgerState {
  const sorted = bySeq(events);
  const knownIds = new Set<string>();
  for (const event of sorted) knownIds.add(event.id.toLowerCase());
  const owners = ownersOf(sorted);
  const coordinators = new Set([...coordinatorIds, ...provenCoordinators(sorted)]);
  const commitmentVersions = new Map<string, string[]>();
  const meetingNotes = new Map<string, NotesApprovalState>();
  for (const event of sorted) {
    const meetingId = notesMeetingOf(event);
    if (event.type !== 'commitment.upserted' && meetingId === undefined) continue;
    const writer = { memberId: event.actor.memberId, side: event.actor.side, isCoordinator: coordinators.has(event.actor.memberId) };
    if (!judgeRecordChange(event, owners.get(recordKeyOf(event)), writer).ok) continue;
    if (meetingId !== undefined) {
      // As applyBatch keeps it in the meeting's Index entry: from the event that created the record on.
      if (opensMeetingRecord(event) || meetingNotes.has(meetingId)) meetingNotes.set(meetingId, withNotesEvent(meetingNotes.get(meetingId), event));
      continue;
    }
    if (event.type !== 'commitment.upserted') continue;
    const id = event.payload.commitment.id;
    const versions = commitmentVersions.get(id) ?? [];
    if (!versions.includes(event.payload.versionHash)) versions.push(event.payload.versionHash);
    commitmentVersions.set(id, versions);
  }
  return { knownIds, owners, commitmentVersions, meetingNotes };
}
