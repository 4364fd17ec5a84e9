import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { EVENT_LOG_HEADER, encodeEventRow } from '../../../shared/ledger/event-log-codec.ts';
import { columnLetter } from '../../../shared/ledger/layout/index.ts';
import { applyBatch } from '../../../shared/ledger/store/apply-batch.ts';
import { authorisedEvents } from '../../../shared/ledger/store/authorised-events.ts';
import { bucketOf, INDEX_BUCKETS } from '../../../shared/ledger/store/bucket-of.ts';
import { INDEX_ROWS, META_ROW } from '../../../shared/ledger/store/index-layout.ts';
import { planSupport } from '../../../shared/ledger/store/plan-support.ts';
import { attentionLayout } from '../../../shared/ledger/store/plan-views.ts';
import { emptyStoreMeta, idKey, type StoreMeta } from '../../../shared/ledger/store/store-state.ts';
import { encodeViewTab, foldEvents, VIEW_TAB_SPECS, VIEW_TABS } from '../../../shared/ledger/views/index.ts';
import { CONTINUE_IF_KILLED_MS, CONTINUE_SOON_MS, deleteBuildContinuations, scheduleBuildContinuation } from './build-continuation.ts';
import { type BuildMarker, decodeBuildMarker, markerHolds } from './build-marker.ts';
import { EVENT_LOG_TAB, MEMBERS_TAB } from './ledger-tabs.ts';
import { INDEX_TAB, LOG_SLACK, PLAN_TAB, type Request, viewHeader } from './ledger-store.ts';
import { type EventLogRead, readEventLog, typedEvents } from './read-event-log.ts';
import { readLogRows } from './read-log-rows.ts';
import { coordinatorIds } from './resolve-member.ts';
import { batchUpdate, clearRanges, readRanges, readSheetGrids, tabRange } from './sheets-store.ts';
import { type ValueRange, writeRanges } from './write-ranges.ts';

/** About Google's recommended 2 MB per request (reference/apps-script.md §3.5): a build is cut into writes of this size. */
const REQUEST_CHARS = 1_500_000;

/**
 * Google stops an execution at 6 minutes (reference/apps-script.md §3.5). A build starts no further
 * write past this much of its execution (less the time the slowest write took, twice), which leaves
 * the write under way and the append that asked for the build the rest.
 */
export const BUILD_BUDGET_MS = 4 * 60_000;
const MIN_WRITE_RESERVE_MS = 15_000;
/** From this far into an execution, a build sets a trigger against being killed before it stops. */
const KILLABLE_AFTER_MS = 60_000;
/** A marker without progress for this long lost its trigger (deleted by hand, Google's hiccup): scheduled again. */
const STALLED_MS = 10 * 60_000;
/** What Apps Script throws when the Sheets API answered 429 (reference/apps-script.md §3.5), and when its quotas refill. */
const QUOTA_EXCEEDED = /Quota exceeded for quota metric/;
const QUOTA_REFILL_MS = 60_000;
/** What `busy` answers suggest while a build goes on in the background. */
export const BUILD_RETRY_AFTER_MS = 60_000;

export type BuildResult =
  | { ok: true; events: number; meta: StoreMeta }
  /** A Log row cannot be read (Verify chain names it). */
  | { ok: false; row: number }
  /** The build goes on in a later execution (a trigger is set): nothing may be stored until it ends. */
  | { ok: false; reason: 'in-progress'; retryAfterMs: number; events?: number };
/** `resumeOnly` and no unfinished build: nothing was done. */
export type NothingToResume = { ok: false; reason: 'nothing-to-resume' };

export type BuildOptions = {
  /** When this execution began (ms), for its time budget; the call's own start by default. */
  startedAt?: number;
  /**
   * Take the next steps of an unfinished build (the trigger, Rebuild views). Without it (an append,
   * Set up), an unfinished build is left to its trigger and answered `in-progress` at once.
   */
  continuing?: boolean;
  /** Continue an unfinished build, never start one (the trigger: the build may have ended meanwhile). */
  resumeOnly?: boolean;
};

const inProgress = (events?: number): BuildResult => ({ ok: false, reason: 'in-progress', retryAfterMs: BUILD_RETRY_AFTER_MS, ...(events === undefined ? {} : { events }) });

/**
 * Builds the store from the whole log: every view tab from a full fold (so they are exactly the
 * fold), the Index (an entry per id and per record) and the plan store, then the meta last. Used by
 * "Rebuild views", by the first append on a ledger that has no Index yet, and after rows were added
 * to the Log by another hand. Reads the whole log: this is the one place that does, with Verify chain.
 *
 * It works in steps that each fit one execution: one write clears the tabs and leaves a build marker
 * where the meta goes (build-marker.ts), then writes of about 1.5 MB each, each moving the marker on,
 * the last one putting the meta in its place. When this execution's budget runs out it stops between
 * writes and a clock trigger continues (continue-store-build.ts): that execution reads and folds the
 * log again and resumes after the writes the marker counts. Until the meta is written no append
 * finds a store, so none writes into a half-built one: each is answered `busy`.
 */
export function buildStore(spreadsheetId: string, today: string, options?: BuildOptions & { resumeOnly?: false }): BuildResult;
export function buildStore(spreadsheetId: string, today: string, options: BuildOptions & { resumeOnly: true }): BuildResult | NothingToResume;
export function buildStore(spreadsheetId: string, today: string, options: BuildOptions = {}): BuildResult | NothingToResume {
  const startedAt = options.startedAt ?? Date.now();
  const [metaCell = [], memberRows = []] = readRanges(spreadsheetId, [tabRange(INDEX_TAB, `A${META_ROW}`), tabRange(MEMBERS_TAB)]);
  const marker = decodeBuildMarker(metaCell[0]?.[0]);
  if (!marker && options.resumeOnly) return { ok: false, reason: 'nothing-to-resume' };
  if (marker && !options.continuing && !options.resumeOnly) {
    if (Date.now() - marker.at > STALLED_MS) scheduleBuildContinuation(CONTINUE_SOON_MS);
    return inProgress();
  }
  const grids = readSheetGrids(spreadsheetId);
  const logGrid = grids.get(EVENT_LOG_TAB);
  if (!logGrid) throw new Error(`Unable to parse range: the tab ${EVENT_LOG_TAB} is missing (run Set up ledger).`);
  const read = readEventLog(readLogRows(spreadsheetId, logGrid.rowCount));
  if (!read.ok) {
    // Nothing is built from a Log that cannot be read: the marker goes, and appends say so as before.
    if (marker) {
      clearRanges(spreadsheetId, [tabRange(INDEX_TAB, `A${META_ROW}`)]);
      deleteBuildContinuations();
    }
    return read;
  }
  const coordinators = coordinatorIds(memberRows);
  const target = { head: read.log.head, logRows: read.log.rows.length, coordinators: [...coordinators].sort().join(',') };
  // A build resumed folds for the day it began: every write of it then comes from the same fold.
  const resumable = marker !== undefined && marker.head.seq === target.head.seq && marker.head.hash === target.head.hash;
  const day = resumable ? marker.day : today;
  const plan = storePlan(read, coordinators, day, grids);
  const writes = plan.chunks.length + 1;
  let done = markerHolds(marker, target, writes) ? marker.done : 0;
  const markerCell = (count: number) => JSON.stringify({ build: 1, ...target, day, done: count, writes, at: Date.now() } satisfies BuildMarker);
  const indexCell = (text: string): ValueRange => ({ range: tabRange(INDEX_TAB, `A${META_ROW}`), values: [[text]] });

  let slowest = 0;
  let killable = false;
  const first = done;
  for (; done < writes; done++) {
    const elapsed = Date.now() - startedAt;
    if (done > first && elapsed + Math.max(MIN_WRITE_RESERVE_MS, 2 * slowest) > BUILD_BUDGET_MS) {
      scheduleBuildContinuation(CONTINUE_SOON_MS);
      return inProgress(plan.events);
    }
    // A build this slow could meet Google's kill before it stops cleanly: a trigger set past the
    // 6 minutes would then take it on. (A quick one, most of them, sets none.)
    if (!killable && elapsed > KILLABLE_AFTER_MS) {
      scheduleBuildContinuation(CONTINUE_IF_KILLED_MS);
      killable = true;
    }
    const began = Date.now();
    try {
      if (done === 0) {
        // The old meta goes with the old rows (an append meanwhile would find neither), then the grids
        // grow and the marker is put in one spreadsheets.batchUpdate.
        clearRanges(spreadsheetId, plan.clear);
        const marking: Request = { updateCells: { start: { sheetId: plan.indexSheetId, rowIndex: META_ROW - 1, columnIndex: 0 }, rows: [{ values: [{ userEnteredValue: { stringValue: markerCell(1) } }] }], fields: 'userEnteredValue' } };
        batchUpdate(spreadsheetId, [...plan.grow, marking]);
      } else {
        const last = done === writes - 1;
        writeRanges(spreadsheetId, [...plan.chunks[done - 1]!, indexCell(last ? JSON.stringify(plan.meta) : markerCell(done + 1))]);
      }
    } catch (error) {
      // Google refused the write for the owner's per-minute quota (HTTP 429: nothing of it was
      // applied): the build goes on in an execution after the quota refilled, from this write.
      if (!QUOTA_EXCEEDED.test(String(error))) throw error;
      scheduleBuildContinuation(QUOTA_REFILL_MS);
      return inProgress(plan.events);
    }
    slowest = Math.max(slowest, Date.now() - began);
  }
  // The trigger set above, or the spent one that ran this execution, is of no further use.
  if (killable || marker) deleteBuildContinuations();
  return { ok: true, events: plan.events, meta: plan.meta };
}

type StorePlan = {
  events: number;
  meta: StoreMeta;
  /** Ranges the first write clears: every rebuilt tab, and the Index's meta and buckets. */
  clear: string[];
  /** Rows added to grids too short for what is written (one batchUpdate). */
  grow: Request[];
  /** The writes after the first, each of at most REQUEST_CHARS. */
  chunks: ValueRange[][];
  indexSheetId: number;
};

/** Everything a build writes, from the fold of the log, cut into writes (deterministic: a resumed build computes the same). */
function storePlan(read: Extract<EventLogRead, { ok: true }>, coordinators: Set<string>, today: string, grids: ReadonlyMap<string, { sheetId: number; rowCount: number }>): StorePlan {
  const events: StoredEvent[] = typedEvents(read.log).sort((a, b) => a.seq - b.seq);
  const sheetIds: Record<string, number> = {};
  for (const [title, grid] of grids) sheetIds[title] = grid.sheetId;
  const idOf = (title: string) => {
    const id = sheetIds[title];
    if (id === undefined) throw new Error(`Unable to parse range: the tab ${title} is missing (run Set up ledger).`);
    return id;
  };

  // The Index and the plan store hold what the fold lets count; every stored id stays known, those of
  // events the fold leaves out and of rows today's schemas refuse included (a re-send stays a duplicate).
  const counted = authorisedEvents(events, coordinators);
  const effect = applyBatch(emptyStoreMeta(today, sheetIds), new Map(), counted);
  for (const event of events) if (!effect.entries.has(idKey(event.id))) effect.entries.set(idKey(event.id), event.seq);
  for (const id of read.log.knownIds) if (id !== '' && !effect.entries.has(idKey(id))) effect.entries.set(idKey(id), 0);
  const meta = effect.meta;
  meta.head = read.log.head;
  meta.eventCount = new Set(events.map((e) => e.id)).size;
  const views = foldEvents(events, { today, coordinators });

  const grow: Request[] = [];
  const blocks: { title: string; firstRow: number; width: number; rows: readonly (readonly string[])[] }[] = [];
  // Every rebuilt tab is written from its first row, the header included (a tab cleared by hand gets
  // it back), its grid grown where the rows need it.
  const rewrite = (title: string, rows: readonly (readonly string[])[], width: number, firstRow: number) => {
    const grid = grids.get(title)?.rowCount ?? 0;
    if (firstRow + rows.length > grid) grow.push({ appendDimension: { sheetId: idOf(title), dimension: 'ROWS', length: firstRow + rows.length - grid } });
    if (rows.length > 0) blocks.push({ title, firstRow: firstRow + 1, width, rows });
  };
  for (const tab of VIEW_TABS) {
    const rows = encodeViewTab(tab, views);
    rewrite(VIEW_TAB_SPECS[tab].title, rows, viewHeader(tab).length, 0);
    meta.rows[VIEW_TAB_SPECS[tab].title] = rows.length - 1;
  }
  meta.lastKey = {
    ...(views.decisions.length > 0 ? { decisions: [views.decisions.at(-1)!.at, views.decisions.at(-1)!.id] as const } : {}),
    ...(views.actions.length > 0 ? { actions: [views.actions.at(-1)!.at, views.actions.at(-1)!.id] as const } : {}),
  };
  meta.meetingRows = Object.fromEntries(views.meetings.map((view, i) => [view.meeting.id, i]));
  meta.attention = attentionLayout(views.dashboard, meta.rows[VIEW_TAB_SPECS.dashboard.title] ?? 0);

  const support = planSupport(counted);
  rewrite(PLAN_TAB, support.map(encodeEventRow), EVENT_LOG_HEADER.length, 1);
  meta.rows[PLAN_TAB] = support.length;

  // The Log keeps its rows; its grid gets the slack pull's ranges need.
  const logData = read.log.rows.length;
  meta.rows[EVENT_LOG_TAB] = logData;
  meta.logIsRegular = read.log.rows.every((row, i) => Number(row[EVENT_LOG_HEADER.indexOf('seq')]) === i + 1) && read.log.firstRow === 2;
  const logGrid = grids.get(EVENT_LOG_TAB)?.rowCount ?? 0;
  const wanted = 1 + logData + LOG_SLACK;
  if (logGrid < wanted) grow.push({ appendDimension: { sheetId: idOf(EVENT_LOG_TAB), dimension: 'ROWS', length: wanted - logGrid } });
  meta.logGridRows = Math.max(logGrid, wanted);

  const indexGrid = grids.get(INDEX_TAB)?.rowCount ?? 0;
  if (indexGrid < INDEX_ROWS) grow.push({ appendDimension: { sheetId: idOf(INDEX_TAB), dimension: 'ROWS', length: INDEX_ROWS - indexGrid } });
  const buckets: Record<string, unknown>[] = Array.from({ length: INDEX_BUCKETS }, () => ({}));
  for (const [key, value] of effect.entries) buckets[bucketOf(key)]![key] = value;
  // Every bucket row, an empty one as an empty cell (the old ones were cleared by the first write).
  const bucketRows = buckets.map((entries) => {
    const text = Object.keys(entries).length > 0 ? JSON.stringify(entries) : '';
    if (text.length > CELL_LIMIT) throw new Error(`An Index row would hold ${text.length} characters, over Google's ${CELL_LIMIT}.`);
    return [text];
  });
  blocks.push({ title: INDEX_TAB, firstRow: META_ROW + 1, width: 1, rows: bucketRows });

  const clear = [...VIEW_TABS.map((tab) => tabRange(VIEW_TAB_SPECS[tab].title)), tabRange(PLAN_TAB, 'A2:ZZ'), tabRange(INDEX_TAB, `A${META_ROW}:A`)];
  return { events: events.length, meta, clear, grow, chunks: cutIntoWrites(blocks), indexSheetId: idOf(INDEX_TAB) };
}

/** Google refuses a cell over 50,000 characters (reference/apps-script.md §3.5): refuse before writing. */
const CELL_LIMIT = 50_000;

/** Rows of several tabs cut into writes of at most REQUEST_CHARS of values each, a range per run of rows. */
function cutIntoWrites(blocks: readonly { title: string; firstRow: number; width: number; rows: readonly (readonly string[])[] }[]): ValueRange[][] {
  const writes: ValueRange[][] = [];
  let write: ValueRange[] = [];
  let size = 0;
  for (const block of blocks) {
    const last = columnLetter(block.width - 1);
    let from = 0;
    const close = (to: number) => {
      if (to > from) {
        const rows = block.rows.slice(from, to).map((row) => [...row]);
        write.push({ range: tabRange(block.title, `A${block.firstRow + from}:${last}${block.firstRow + to - 1}`), values: rows });
      }
      from = to;
    };
    block.rows.forEach((row, i) => {
      // A row's share of the request body, as JSON (the Index's cells are JSON, escaped once more).
      const length = JSON.stringify(row).length + 1;
      if (size > 0 && size + length > REQUEST_CHARS) {
        close(i);
        writes.push(write);
        write = [];
        size = 0;
      }
      size += length;
    });
    close(block.rows.length);
  }
  if (write.length > 0) writes.push(write);
  return writes;
}
