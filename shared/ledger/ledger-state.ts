import type { Side } from '../domain/side.ts';
import type { NotesApprovalState } from './notes-approval-state.ts';

/**
 * What the writer must know of the stored ledger to judge a batch, beyond the batch itself
 * (DESIGN §3): which ids exist, who owns each record the batch touches, and which commitment
 * versions the writer has stored. The storage layer reads only the parts a batch needs (its ids,
 * its records' keys), so an append's cost follows the batch, not the log; a full fold can build the
 * same state (Rebuild views, tests).
 */
export type RecordOwner = {
  /** The writer-assigned actor of the first stored event that created the record (lowest seq). */
  memberId: string;
  side: Side;
  seq: number;
};

export type LedgerState = {
  /** Ids already stored, lower-cased: ids compare case-insensitively. */
  knownIds: ReadonlySet<string>;
  /** Owner of each record the batch touches, by record key; a key absent here is a new record. */
  owners: ReadonlyMap<string, RecordOwner>;
  /** Version hashes the writer computed and stored for each commitment id the batch touches, oldest first. */
  commitmentVersions: ReadonlyMap<string, readonly string[]>;
  /**
   * Notes draft and co-chair approvals of each meeting the batch touches, by meeting id (what a
   * `meeting.notes_published` is judged against); absent or missing a meeting: nothing of its notes stored.
   */
  meetingNotes?: ReadonlyMap<string, NotesApprovalState>;
};

export const EMPTY_LEDGER_STATE: LedgerState = { knownIds: new Set(), owners: new Map(), commitmentVersions: new Map() };
