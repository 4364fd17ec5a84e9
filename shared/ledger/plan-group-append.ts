import type { Digest } from '../domain/canonical-json.ts';
import type { Member } from '../domain/member.ts';
import type { EventResult, Head } from '../protocol/ledger-api.ts';
import type { StoredEvent } from './event-catalogue.ts';
import type { LedgerState, RecordOwner } from './ledger-state.ts';
import type { NotesApprovalState } from './notes-approval-state.ts';
import { planAppend } from './plan-append.ts';

/** One request of a group commit: whose it is, its events as they came, when the ledger received them. */
export type GroupBatch = { member: Member; events: readonly unknown[]; receivedAt: string };

export type GroupPlan = {
  /** One list of results per batch, in batch order, each in its request's event order. */
  results: EventResult[][];
  /** Every accepted event of every batch, in seq order. */
  accepted: StoredEvent[];
  /** The head after the last batch. */
  head: Head;
};

/** The stored state with what earlier batches of the group add (ids, new owners, new versions, notes approvals). */
class GroupState implements LedgerState {
  readonly knownIds: Set<string>;
  readonly owners: Map<string, RecordOwner>;
  readonly commitmentVersions: Map<string, readonly string[]>;
  readonly meetingNotes: Map<string, NotesApprovalState>;
  constructor(stored: LedgerState) {
    this.knownIds = new Set(stored.knownIds);
    this.owners = new Map(stored.owners);
    this.commitmentVersions = new Map(stored.commitmentVersions);
    this.meetingNotes = new Map(stored.meetingNotes);
  }
  add(changes: ReturnType<typeof planAppend>['stateChanges']): void {
    for (const id of changes.knownIds) this.knownIds.add(id);
    for (const [key, owner] of changes.owners) if (!this.owners.has(key)) this.owners.set(key, owner);
    for (const [id, versions] of changes.commitmentVersions) this.commitmentVersions.set(id, [...(this.commitmentVersions.get(id) ?? []), ...versions]);
    // A meeting's notes state after the batch (a draft, an approval, a change that makes approvals stale).
    for (const [id, notes] of changes.meetingNotes ?? []) this.meetingNotes.set(id, notes);
  }
}

/**
 * Plans several requests that one writer stores together (group commit), in the order given: each
 * batch is judged by planAppend, the single judge, for its own member, against the state the earlier
 * batches leave (their ids are known, the records they create have owners, their commitment versions
 * are stored, their notes drafts and co-chairs' approvals count) and chained after the head they leave. The result is exactly what storing the batches
 * one by one, in this order, would give. `stored` must hold the ids and records of every batch.
 */
export function planGroupAppend(stored: LedgerState, head: Head, batches: readonly GroupBatch[], digest: Digest): GroupPlan {
  const state = new GroupState(stored);
  const results: EventResult[][] = [];
  const accepted: StoredEvent[] = [];
  let current = head;
  for (const batch of batches) {
    const plan = planAppend({ state, head: current, events: batch.events, member: batch.member, receivedAt: batch.receivedAt, digest });
    results.push(plan.results);
    accepted.push(...plan.accepted);
    state.add(plan.stateChanges);
    current = plan.head;
  }
  return { results, accepted, head: current };
}
