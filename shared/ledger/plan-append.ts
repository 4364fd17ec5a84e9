import type { Digest } from '../domain/canonical-json.ts';
import { canonicalJson } from '../domain/canonical-json.ts';
import { commitmentVersionHash } from '../domain/commitment-version-hash.ts';
import { formatPath } from '../domain/parse-value.ts';
import { MAX_CELL_LENGTH } from '../protocol/limits.ts';
import { escapeCell } from './escape-cell.ts';
import type { Member } from '../domain/member.ts';
import type { FieldError } from '../domain/parse-value.ts';
import { translate } from '../i18n/translate.ts';
import type { EventErrorCode, EventResult, Head } from '../protocol/ledger-api.ts';
import { authoriseEvent } from './authorise-event.ts';
import { chainEvents, type UnchainedEvent } from './chain-events.ts';
import { type ClientEvent, parseClientEvent, type StoredEvent } from './event-catalogue.ts';
import { encodeEventRow } from './event-log-codec.ts';
import type { EventType } from './event-type.ts';
import type { LedgerState, RecordOwner } from './ledger-state.ts';
import { judgeRecordChange, type RecordWriter, recordRuleOf } from './record-authority.ts';
import { judgeNotesPublication } from './judge-notes-publication.ts';
import { type NotesApprovalState, notesMeetingOf, opensMeetingRecord, withNotesEvent } from './notes-approval-state.ts';
import { recordKey, recordKeyOf } from './record-key.ts';
import { tabsTouchedBy } from './views/tabs-touched-by.ts';
import type { ViewTab } from './views/view-tab.ts';

export type AppendInput = {
  /** What the writer knows of the stored ledger: ids, owners and commitment versions of the batch's records. */
  state: LedgerState;
  head: Head;
  /** The request's events, not yet parsed: each is judged on its own. */
  events: readonly unknown[];
  member: Member;
  receivedAt: string;
  digest: Digest;
};

/** What storing the plan adds to the ledger state, for a storage layer that keeps it as an index. */
export type StateChanges = {
  /** Ids of the accepted events, lower-cased. */
  knownIds: string[];
  /** Records the batch creates, with their new owners (a record already owned is never here). */
  owners: Map<string, RecordOwner>;
  /** Version hashes the batch stores for the first time, by commitment id, oldest first. */
  commitmentVersions: Map<string, string[]>;
  /** Meetings whose notes state the batch changes, with their state after it (absent: none changed). */
  meetingNotes?: Map<string, NotesApprovalState>;
};

export type AppendPlan = {
  /** One per request event, in request order. */
  results: EventResult[];
  accepted: StoredEvent[];
  /** Event-log rows to append in one call, in seq order. */
  rows: string[][];
  head: Head;
  /** Distinct types accepted, in first-accepted order. */
  touchedTypes: EventType[];
  /** View tabs to rewrite, each once (empty when nothing was accepted). */
  touchedTabs: ViewTab[];
  stateChanges: StateChanges;
  /**
   * True when some event was refused for what the state holds or lacks (another member's record, a
   * version not stored): with a fuller state its verdict may differ. A probe with a partial state
   * (ids only) may answer without reading more only when this is false and nothing was accepted.
   */
  stateDependent: boolean;
};

const idOf = (value: unknown): string =>
  value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id
    : '';

/** One plain English sentence for the wire (clients show their own catalogue text by code). */
const sentence = (error: FieldError): string => (error.path === '' ? error.message.en : `${error.path}: ${error.message.en}`);

const rejected = (id: string, code: EventErrorCode, message: string): EventResult => ({
  id,
  status: 'rejected',
  error: { code, message },
});

/** The batch's view of the state: the stored state with what earlier events of the batch added. */
class BatchState {
  readonly changes: StateChanges = { knownIds: [], owners: new Map(), commitmentVersions: new Map() };
  private readonly notes = new Map<string, NotesApprovalState>();
  private readonly batchIds = new Set<string>();
  constructor(private readonly stored: LedgerState) {}

  hasId(id: string): boolean {
    const lower = id.toLowerCase();
    return this.stored.knownIds.has(lower) || this.batchIds.has(lower);
  }
  ownerOf(key: string): RecordOwner | undefined {
    return this.stored.owners.get(key) ?? this.changes.owners.get(key);
  }
  versionsOf(commitmentId: string): readonly string[] {
    return [...(this.stored.commitmentVersions.get(commitmentId) ?? []), ...(this.changes.commitmentVersions.get(commitmentId) ?? [])];
  }
  notesOf(meetingId: string): NotesApprovalState | undefined {
    return this.notes.get(meetingId) ?? this.stored.meetingNotes?.get(meetingId);
  }
  store(event: ClientEvent, seq: number, writer: RecordWriter, stored: UnchainedEvent): void {
    // The meeting's notes as applyBatch keeps them: once its record exists (before this event is stored).
    const meetingId = notesMeetingOf(event);
    if (meetingId !== undefined && (opensMeetingRecord(event) || this.ownerOf(recordKey('meeting', meetingId)) !== undefined)) {
      const next = withNotesEvent(this.notesOf(meetingId), stored as StoredEvent);
      this.notes.set(meetingId, next);
      if (!this.changes.meetingNotes) this.changes.meetingNotes = new Map();
      this.changes.meetingNotes.set(meetingId, next);
    }
    this.changes.knownIds.push(event.id.toLowerCase());
    this.batchIds.add(event.id.toLowerCase());
    const key = recordKeyOf(event);
    if (recordRuleOf(event.type).claims && this.ownerOf(key) === undefined) {
      this.changes.owners.set(key, { memberId: writer.memberId, side: writer.side, seq });
    }
    if (event.type === 'commitment.upserted') {
      const id = event.payload.commitment.id;
      if (!this.versionsOf(id).includes(event.payload.versionHash)) {
        this.changes.commitmentVersions.set(id, [...(this.changes.commitmentVersions.get(id) ?? []), event.payload.versionHash]);
      }
    }
  }
}

/** The path of the longest text in a value (iterative: no recursion over client input). */
function longestTextPath(value: unknown): string {
  let best: { length: number; path: PropertyKey[] } = { length: -1, path: [] };
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node === 'string') {
      if (node.length > best.length) best = { length: node.length, path };
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) stack.push({ node: child, path: [...path, Array.isArray(node) ? Number(key) : key] });
    }
  }
  return formatPath(best.path);
}

/**
 * Google Sheets refuses a cell over 50,000 characters, and would fail the whole append: an event whose
 * payload cell would be longer is refused alone, naming its longest field. (Every other cell is an id,
 * a time or a member field, bounded far below.)
 */
function cellTooLong(event: ClientEvent): string | undefined {
  const length = escapeCell(canonicalJson(event.payload)).length;
  if (length <= MAX_CELL_LENGTH) return undefined;
  const path = `payload.${longestTextPath(event.payload)}`;
  return translate('integrity.invalid.cellTooLong', 'en', { column: 'payload', length, maximum: MAX_CELL_LENGTH, path });
}

/**
 * The writer computes commitment version hashes itself (the shared commitmentVersionHash the clients
 * use): a `commitment.upserted` whose hash is not the one of the text it carries is refused, so a
 * change of text can never keep an old sign-off current. A sign-off on a commitment must name a
 * version the ledger has stored (or that this batch stores before it).
 */
function checkVersions(event: ClientEvent, state: BatchState, digest: Digest): { message: string; dependsOnState: boolean } | undefined {
  if (event.type === 'commitment.upserted') {
    const expected = commitmentVersionHash(event.payload.commitment, digest);
    if (event.payload.versionHash === expected) return undefined;
    return { message: `payload.versionHash: ${translate('integrity.invalid.versionHash', 'en', { expected })}`, dependsOnState: false };
  }
  if (event.type === 'signoff.recorded' && event.payload.subject.kind === 'commitment') {
    const { id } = event.payload.subject;
    if (state.versionsOf(id).includes(event.payload.versionHash)) return undefined;
    return { message: `payload.versionHash: ${translate('integrity.invalid.unknownVersion', 'en', { id })}`, dependsOnState: true };
  }
  return undefined;
}

/**
 * Decides what one append request stores, without touching the sheet: duplicates (of the log or of
 * an earlier event in the same batch, ids compared case-insensitively) are answered `duplicate`, bad
 * events `rejected` alone, the rest get seq, actor and hash links after `head`. Each event is judged
 * against the role table, then against the record-authority table with the owners the state knows
 * and those earlier events of the batch made (create then edit in one batch works), then against the
 * commitment versions (checkVersions). O(batch).
 */
export function planAppend(input: AppendInput): AppendPlan {
  const { member, receivedAt } = input;
  const actor = { memberId: member.id, name: member.name, org: member.org, side: member.side };
  const writer: RecordWriter = { memberId: member.id, side: member.side, isCoordinator: member.roles.includes('coordinator') };
  const state = new BatchState(input.state);
  const results: EventResult[] = [];
  const unchained: UnchainedEvent[] = [];
  let seq = input.head.seq;
  let stateDependent = false;

  for (const value of input.events) {
    const id = idOf(value);
    if (id !== '' && state.hasId(id)) {
      results.push({ id, status: 'duplicate' });
      continue;
    }
    const parsed = parseClientEvent(value);
    if (!parsed.ok) {
      results.push(rejected(id, 'invalid', sentence(parsed.errors[0]!)));
      continue;
    }
    const event = parsed.value;
    const allowed = authoriseEvent(member, event);
    if (!allowed.ok) {
      results.push(rejected(id, 'forbidden', allowed.message.en));
      continue;
    }
    const owner = state.ownerOf(recordKeyOf(event));
    const judged = judgeRecordChange(event, owner, writer);
    if (!judged.ok) {
      stateDependent = true;
      results.push(rejected(id, 'forbidden', judged.message.en));
      continue;
    }
    const versions = checkVersions(event, state, input.digest);
    // Refused after being judged as a new record: with the record's owner known, the verdict may be `forbidden`.
    if (versions !== undefined) {
      if (versions.dependsOnState || owner === undefined) stateDependent = true;
      results.push(rejected(id, 'invalid', versions.message));
      continue;
    }
    const tooLong = cellTooLong(event);
    if (tooLong !== undefined) {
      if (owner === undefined) stateDependent = true;
      results.push(rejected(id, 'invalid', tooLong));
      continue;
    }
    if (event.type === 'meeting.notes_published') {
      // The ledger's own "both co-chairs approved" gate: a verdict of what the state holds (its approvals).
      const gate = judgeNotesPublication(event, state.notesOf(event.payload.meetingId));
      if (!gate.ok) {
        stateDependent = true;
        results.push(rejected(id, gate.code, gate.message.en));
        continue;
      }
    }
    seq += 1;
    const stored = { ...event, seq, receivedAt, actor } as UnchainedEvent;
    state.store(event, seq, writer, stored);
    unchained.push(stored);
    results.push({ id, status: 'accepted', seq });
  }

  const chained = chainEvents(input.head, unchained, input.digest);
  const touchedTypes = [...new Set(chained.events.map((event) => event.type))];
  return {
    results,
    accepted: chained.events,
    rows: chained.events.map(encodeEventRow),
    head: chained.head,
    touchedTypes,
    touchedTabs: tabsTouchedBy(touchedTypes),
    stateChanges: state.changes,
    stateDependent,
  };
}
