import type { Side } from '../../domain/side.ts';
import type { Head } from '../../protocol/ledger-api.ts';
import { GENESIS_HASH } from '../event-envelope.ts';
import type { LedgerState, RecordOwner } from '../ledger-state.ts';
import type { NotesApprovalState } from '../notes-approval-state.ts';

/** A row's place in the Decisions or Actions tab: the fold sorts both by (`at`, `id`) as text. */
export type RowKey = readonly [at: string, id: string];

export const compareRowKeys = (a: RowKey, b: RowKey): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

/** The Decisions or Actions row a record shows as now, with what the dashboard counts from it. */
export type RowState = {
  tab: 'decisions' | 'actions';
  key: RowKey;
  kind: string;
  status?: string;
  dueDate?: string;
  /** Open actions with a due date: the text as the dashboard's "needs attention" line shortens it. */
  text?: string;
};

/** An open action with a due date, as the dashboard's "needs attention" list needs it. */
export type DatedAction = [dueDate: string, text: string];

/**
 * One record's entry in the Index tab: its owner (DESIGN §3: the actor of its first stored event),
 * and for the records that grow with the log (annotations, document tags) what their views need to
 * change without reading the log: the event that created it, the latest version that counts, whether
 * it is gone, and the row it shows. Texts are never kept here (they stay in the log and the views).
 */
export type RecordEntry = {
  owner: RecordOwner & { name: string };
  /** Commitments: every version hash the writer stored, oldest first. */
  versions?: string[];
  /** Annotations: the owner's earliest creation (`at`, event id). */
  created?: RowKey;
  /** The latest version that counts (`at`, event id). */
  latest?: RowKey;
  /** Annotations: the meeting it counts towards. Tags: the author of the latest version. */
  meetingId?: string;
  author?: { memberId: string; name: string; side: Side };
  gone?: true;
  row?: RowState;
  /** Meetings: the latest notes draft, each co-chair's latest approval and the last change to what the notes print. */
  notes?: NotesApprovalState;
};

/**
 * The Index's format. 2: meeting entries keep their notes' approvals (`RecordEntry.notes`). An Index of
 * another version is not read: the writer builds the store again from the log, once, as for a ledger
 * that never had one, so a ledger indexed before notes approvals were kept gets them on its next append.
 */
export const STORE_VERSION = 2;

/** Counts the dashboard shows for decisions and actions, kept as they change. */
export type RowCounts = { decision: number; agreement: number; disagreement: number; open: number; done: number; overdue: number };

/**
 * Everything an append needs beyond the entries of its own keys, in one cell of the Index tab:
 * small, and growing only with the plan (meetings, open actions with a due date), not with the log.
 */
export type StoreMeta = {
  version: typeof STORE_VERSION;
  head: Head;
  /** Distinct stored events (the dashboard's event count). */
  eventCount: number;
  /** The day the date-dependent cells (overdue actions, upcoming meetings, sign-off windows, rule findings) are computed for. */
  viewDate: string;
  /** Data rows below the header, per tab title: where the next row goes. */
  rows: Record<string, number>;
  /** The last row key of Decisions and Actions: a new row after it is appended without reading the tab. */
  lastKey: { decisions?: RowKey; actions?: RowKey };
  counts: RowCounts;
  /** Open actions due on or after viewDate, by id, with their row's `at`: the rows whose `overdue` flips when the day moves on. */
  dueLater: Record<string, [dueDate: string, at: string]>;
  /**
   * Every open action with a due date, by id: the dashboard lists those due within the week or past
   * due (attentionThisWeek). Grows with open dated actions only, not with the log.
   */
  datedActions: Record<string, DatedAction>;
  /**
   * The Dashboard's "needs attention" rows: the data row (0-based) of the first one, and each row's
   * sort key as attentionThisWeek sorts them (date, then kind and id), so an action's line is
   * inserted or removed in place without reading the tab.
   */
  attention: { start: number; keys: RowKey[] };
  /** Live annotations per meeting id, and each scheduled meeting's data row (0-based) in Meetings. */
  meetingAnnotations: Record<string, number>;
  meetingRows: Record<string, number>;
  /** Tab title → sheetId, for batchUpdate requests (learned when the store was built). */
  sheetIds: Record<string, number>;
  /** Rows in the Log's grid: appends keep LOG_SLACK empty rows below the last event for pull's ranges. */
  logGridRows: number;
  /** Seq s is on row s + 1 of the Log (as appends write it): pull then reads a page by row numbers. */
  logIsRegular: boolean;
};

export const EMPTY_COUNTS: RowCounts = { decision: 0, agreement: 0, disagreement: 0, open: 0, done: 0, overdue: 0 };

export function emptyStoreMeta(viewDate: string, sheetIds: Record<string, number>): StoreMeta {
  return {
    version: STORE_VERSION,
    head: { seq: 0, hash: GENESIS_HASH },
    eventCount: 0,
    viewDate,
    rows: {},
    lastKey: {},
    counts: { ...EMPTY_COUNTS },
    dueLater: {},
    datedActions: {},
    attention: { start: 0, keys: [] },
    meetingAnnotations: {},
    meetingRows: {},
    sheetIds,
    logGridRows: 0,
    logIsRegular: true,
  };
}

/** The Index key of a stored id: ids compare case-insensitively. */
export const idKey = (id: string): string => `id:${id.toLowerCase()}`;

/** The LedgerState the planner judges a batch with, from the entries read for its ids and records. */
export function ledgerStateFromEntries(ids: ReadonlySet<string>, entries: ReadonlyMap<string, RecordEntry>): LedgerState {
  const owners = new Map<string, RecordOwner>();
  const commitmentVersions = new Map<string, readonly string[]>();
  const meetingNotes = new Map<string, NotesApprovalState>();
  for (const [key, entry] of entries) {
    owners.set(key, { memberId: entry.owner.memberId, side: entry.owner.side, seq: entry.owner.seq });
    if (entry.versions && key.startsWith('commitment:')) commitmentVersions.set(key.slice('commitment:'.length), entry.versions);
    if (entry.notes && key.startsWith('meeting:')) meetingNotes.set(key.slice('meeting:'.length), entry.notes);
  }
  return { knownIds: ids, owners, commitmentVersions, meetingNotes };
}
