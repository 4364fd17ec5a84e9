import type { StoredEvent, StoredEventOf } from '../event-catalogue.ts';
import { recordRuleOf } from '../record-authority.ts';
import { notesMeetingOf, withNotesEvent } from '../notes-approval-state.ts';
import { recordKey, recordKeyOf } from '../record-key.ts';
import { encodeViewTab } from '../views/encode-view-tab.ts';
import { compareEvents, isLater } from '../views/event-order.ts';
import { foldEvents } from '../views/fold-events.ts';
import { compareRowKeys, idKey, type RecordEntry, type RowKey, type RowState, type StoreMeta } from './store-state.ts';

/** One record's row in Decisions or Actions: gone (`row` null) or (re)written at its key. */
export type RowChange = { tab: 'decisions' | 'actions'; remove?: RowKey; put?: { key: RowKey; row: string[] } };

export type BatchEffect = {
  /** Index entries to write back (ids and records), by key. */
  entries: Map<string, RecordEntry | number>;
  meta: StoreMeta;
  rowChanges: RowChange[];
  /** Meetings whose annotation count changed. */
  meetingCounts: Map<string, number>;
  /**
   * True when an annotation got an earlier creation from its owner while its latest version was not in
   * the batch: its row moves, but its text is only in the log, so the caller rebuilds from the log.
   */
  needsRefold: boolean;
};

type Row = StoredEventOf<'annotation.created' | 'annotation.updated'>;

const isDecisionKind = (kind: string) => kind === 'decision' || kind === 'agreement' || kind === 'disagreement';

/**
 * The Decisions or Actions row of one record, produced by the fold itself from the one event that
 * stands for the record now (so the row is exactly what a full fold writes, escaping included).
 */
function rowOf(event: StoredEvent, viewDate: string): { state: RowState; row: string[] } | undefined {
  const views = foldEvents([event], { today: viewDate });
  const decision = views.decisions[0];
  if (decision) {
    const row = encodeViewTab('decisions', views)[1]!;
    return { state: { tab: 'decisions', key: [decision.at, decision.id], kind: decision.kind }, row };
  }
  const action = views.actions[0];
  if (action) {
    const row = encodeViewTab('actions', views)[1]!;
    return {
      state: {
        tab: 'actions',
        key: [action.at, action.id],
        kind: 'action',
        status: action.status,
        ...(action.dueDate === undefined ? {} : { dueDate: action.dueDate }),
        // What the "needs attention" line shows of it (attentionLabel shortens past 80 characters).
        ...(action.dueDate !== undefined && action.status !== 'done' ? { text: action.text.length > 80 ? action.text.slice(0, 81) : action.text } : {}),
      },
      row,
    };
  }
  return undefined;
}

/** What one row adds to the dashboard's counts (`sign` -1 takes it away). */
function count(meta: StoreMeta, row: RowState | undefined, viewDate: string, sign: 1 | -1): void {
  if (!row) return;
  const { counts, dueLater, datedActions } = meta;
  if (row.tab === 'decisions') {
    if (isDecisionKind(row.kind)) counts[row.kind as 'decision'] += sign;
    return;
  }
  if (row.status === 'done') counts.done += sign;
  else {
    counts.open += sign;
    if (row.dueDate !== undefined) {
      if (sign > 0) datedActions[row.key[1]] = [row.dueDate, row.text ?? ''];
      else delete datedActions[row.key[1]];
    }
    if (row.dueDate !== undefined && row.dueDate < viewDate) counts.overdue += sign;
    else if (row.dueDate !== undefined) {
      if (sign > 0) dueLater[row.key[1]] = [row.dueDate, row.key[0]];
      else delete dueLater[row.key[1]];
    }
  }
}

/**
 * Applies a batch of accepted events (in seq order) to the Index entries the append read and to the
 * store's meta, and says which Decisions and Actions rows change: the views of annotations and
 * document tags kept row by row, with the rules the fold applies (DESIGN §3). An annotation changes
 * only by its owner (the actor of its first stored event): its row keeps the owner's earliest
 * creation time and shows the owner's latest version. A tag shows its latest version by (`at`, `id`)
 * and a removal is final. Plan events only update their owner entries here (plan views are refolded
 * from the plan store). `entries` must hold the entry of every record of `accepted` that exists, and
 * of the meeting of each annotation (recordKeysOf), whose notes the annotation changes.
 */
export function applyBatch(meta: StoreMeta, entries: ReadonlyMap<string, RecordEntry>, accepted: readonly StoredEvent[]): BatchEffect {
  // A JSON copy, not structuredClone: Apps Script's V8 runtime has none (meta and entries are plain JSON).
  const next = JSON.parse(JSON.stringify(meta)) as StoreMeta;
  const written = new Map<string, RecordEntry | number>();
  const working = new Map<string, RecordEntry>();
  const before = new Map<string, RowState | undefined>();
  const meetingBefore = new Map<string, string | undefined>();
  const standing = new Map<string, StoredEvent>();
  const createdMoved = new Set<string>();
  const entryOf = (key: string, event: StoredEvent): RecordEntry | undefined => {
    let entry = working.get(key);
    if (!entry) {
      const known = entries.get(key);
      // Only an event whose type claims a record makes its owner (a disposition never does).
      if (!known && !recordRuleOf(event.type).claims) return undefined;
      entry = known
        ? (JSON.parse(JSON.stringify(known)) as RecordEntry)
        : { owner: { memberId: event.actor.memberId, side: event.actor.side, seq: event.seq, name: event.actor.name } };
      working.set(key, entry);
      before.set(key, entry.row);
      meetingBefore.set(key, entry.created && !entry.gone ? entry.meetingId : undefined);
    }
    return entry;
  };
  // A record's entry only if it exists already (an annotation never creates its meeting's entry).
  const existingEntry = (key: string): RecordEntry | undefined => {
    let entry = working.get(key);
    if (!entry) {
      const known = entries.get(key);
      if (!known) return undefined;
      entry = JSON.parse(JSON.stringify(known)) as RecordEntry;
      working.set(key, entry);
    }
    return entry;
  };

  for (const event of accepted) {
    written.set(idKey(event.id), event.seq);
    next.eventCount += 1;
    next.head = { seq: event.seq, hash: event.hash };
    const key = recordKeyOf(event);
    // What publishing the meeting's notes depends on (judgeNotesPublication), kept in its entry.
    const notesMeeting = notesMeetingOf(event);
    if (notesMeeting !== undefined) {
      const meetingKey = recordKey('meeting', notesMeeting);
      const meetingEntry = meetingKey === key ? entryOf(key, event) : existingEntry(meetingKey);
      if (meetingEntry) meetingEntry.notes = withNotesEvent(meetingEntry.notes, event);
    }
    const entry = entryOf(key, event);
    if (!entry) continue;
    const isOwner = entry.owner.memberId === event.actor.memberId;
    switch (event.type) {
      case 'commitment.upserted':
        // Each hash once, oldest first, as ledgerStateOf lists them.
        if (!entry.versions?.includes(event.payload.versionHash)) entry.versions = [...(entry.versions ?? []), event.payload.versionHash];
        break;
      case 'annotation.created':
      case 'annotation.updated': {
        if (!isOwner) break;
        const isLatest = entry.latest === undefined || isLater(event, { at: entry.latest[0], id: entry.latest[1] } as StoredEvent);
        if (isLatest) {
          entry.latest = [event.at, event.id];
          standing.set(key, event);
        }
        // The fold dates an annotation by its owner's earliest creation (by `at`, then id).
        if (event.type === 'annotation.created' && (entry.created === undefined || compareEvents(event, { at: entry.created[0], id: entry.created[1] } as StoredEvent) < 0)) {
          createdMoved.add(key);
          entry.created = [event.at, event.id];
        }
        break;
      }
      case 'annotation.deleted':
        if (isOwner) entry.gone = true;
        break;
      case 'tag.created':
      case 'tag.updated':
        if (entry.latest === undefined || isLater(event, { at: entry.latest[0], id: entry.latest[1] } as StoredEvent)) {
          entry.latest = [event.at, event.id];
          entry.author = { memberId: event.actor.memberId, name: event.actor.name, side: event.actor.side };
          standing.set(key, event);
        }
        break;
      case 'tag.removed':
        entry.gone = true;
        break;
      default:
        break;
    }
  }

  // A creation that moved the row while the version it shows is not in the batch (an earlier creation
  // sent late, or an edit stored before its creation): the row's text is only in the log.
  const needsRefold = [...createdMoved].some((key) => !standing.has(key) && !working.get(key)?.gone);
  const rowChanges: RowChange[] = [];
  const meetingCounts = new Map<string, number>();
  const bump = (meetingId: string | undefined, by: number) => {
    if (meetingId === undefined) return;
    const value = (next.meetingAnnotations[meetingId] ?? 0) + by;
    if (value === 0) delete next.meetingAnnotations[meetingId];
    else next.meetingAnnotations[meetingId] = value;
    meetingCounts.set(meetingId, value);
  };
  for (const [key, entry] of working) {
    written.set(key, entry);
    const isAnnotation = key.startsWith('annotation:');
    if (!isAnnotation && !key.startsWith('tag:')) continue;
    const latest = standing.get(key);
    // Nothing stands for the record now but what was there: an ignored event changes no row.
    if (!entry.gone && !latest) continue;
    if (isAnnotation && entry.created === undefined) continue; // shown once its owner's creation is stored
    let row: { state: RowState; row: string[] } | undefined;
    if (!entry.gone && latest && isAnnotation && entry.created) {
      const version = latest as Row;
      entry.meetingId = version.payload.meetingId;
      // The row as the fold makes it: the owner's creation time and author, the latest version's content.
      const stand = {
        ...version,
        type: 'annotation.created',
        id: entry.created[1],
        at: entry.created[0],
        actor: { ...version.actor, memberId: entry.owner.memberId, name: entry.owner.name, side: entry.owner.side },
      } as StoredEvent;
      row = rowOf(stand, meta.viewDate);
    } else if (!entry.gone && latest) row = rowOf(latest, meta.viewDate);
    const old = before.get(key);
    if (row) entry.row = row.state;
    else delete entry.row;
    count(next, old, meta.viewDate, -1);
    count(next, row?.state, meta.viewDate, 1);
    if (isAnnotation) {
      const was = meetingBefore.get(key);
      const now = entry.created && !entry.gone ? entry.meetingId : undefined;
      if (was !== now) {
        bump(was, -1);
        bump(now, 1);
      }
    }
    if (old && row && old.tab === row.state.tab) rowChanges.push({ tab: old.tab, remove: old.key, put: { key: row.state.key, row: row.row } });
    else {
      if (old) rowChanges.push({ tab: old.tab, remove: old.key });
      if (row) rowChanges.push({ tab: row.state.tab, put: { key: row.state.key, row: row.row } });
    }
  }
  return { entries: written, meta: next, rowChanges, meetingCounts, needsRefold };
}


/** Row keys compared as the fold sorts Decisions and Actions. */
export { compareRowKeys };
