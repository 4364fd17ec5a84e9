import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { EVENT_LOG_HEADER, encodeEventRow } from '../../../shared/ledger/event-log-codec.ts';
import { applyBatch } from '../../../shared/ledger/store/apply-batch.ts';
import { authorisedEvents } from '../../../shared/ledger/store/authorised-events.ts';
import { bucketOf, INDEX_BUCKETS } from '../../../shared/ledger/store/bucket-of.ts';
import { INDEX_ROWS, META_ROW } from '../../../shared/ledger/store/index-layout.ts';
import { planSupport } from '../../../shared/ledger/store/plan-support.ts';
import { attentionLayout } from '../../../shared/ledger/store/plan-views.ts';
import { emptyStoreMeta, idKey, type StoreMeta } from '../../../shared/ledger/store/store-state.ts';
import { encodeViewTab, foldEvents, VIEW_TAB_SPECS, VIEW_TABS } from '../../../shared/ledger/views/index.ts';
import { EVENT_LOG_TAB, MEMBERS_TAB } from './ledger-tabs.ts';
import { INDEX_TAB, LOG_SLACK, PLAN_TAB, type Request, viewHeader, writeRowsRequest } from './ledger-store.ts';
import { readEventLog, typedEvents } from './read-event-log.ts';
import { coordinatorIds } from './resolve-member.ts';
import { batchUpdate, clearRanges, readSheetGrids, readTabs, tabRange } from './sheets-store.ts';

/** About Google's recommended 2 MB per request (reference/apps-script.md §3.5): a rebuild is cut into calls of this size. */
const REQUEST_CHARS = 1_500_000;

/**
 * Builds the store from the whole log: every view tab from a full fold (so they are exactly the fold),
 * the Index (an entry per id and per record) and the plan store, then the meta last. The meta cell is
 * cleared first: if a later call fails, the next append finds no meta and builds again, never a
 * half-built store. Used by "Rebuild views" and by the first append on a ledger that has no Index yet.
 * Reads the whole log: this is the one place that does, with Verify chain.
 */
export function buildStore(spreadsheetId: string, today: string): { ok: true; events: number; meta: StoreMeta } | { ok: false; row: number } {
  const [logRows = [], memberRows = []] = readTabs(spreadsheetId, [EVENT_LOG_TAB, MEMBERS_TAB]);
  const read = readEventLog(logRows);
  if (!read.ok) return read;
  const events: StoredEvent[] = typedEvents(read.log).sort((a, b) => a.seq - b.seq);
  const grids = readSheetGrids(spreadsheetId);
  const sheetIds: Record<string, number> = {};
  for (const [title, grid] of grids) sheetIds[title] = grid.sheetId;
  const idOf = (title: string) => {
    const id = sheetIds[title];
    if (id === undefined) throw new Error(`Unable to parse range: the tab ${title} is missing (run Set up ledger).`);
    return id;
  };

  const coordinators = coordinatorIds(memberRows);
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
  const requests: Request[] = [];
  const tail: Request[] = [];
  // The meta is cleared first (with the old Index, in the same batchClear) and written last: see above.

  // Every rebuilt tab is cleared first (one values.batchClear), then written from row 1, the header
  // included (a tab cleared by hand gets it back), growing its grid where the rows need it.
  const rewrite = (title: string, rows: readonly (readonly string[])[], width: number, firstRow: number) => {
    const grid = grids.get(title)?.rowCount ?? 0;
    if (firstRow + rows.length > grid) requests.push({ appendDimension: { sheetId: idOf(title), dimension: 'ROWS', length: firstRow + rows.length - grid } });
    if (rows.length > 0) requests.push(writeRowsRequest(idOf(title), firstRow, rows, width));
  };
  clearRanges(spreadsheetId, [...VIEW_TABS.map((tab) => tabRange(VIEW_TAB_SPECS[tab].title)), tabRange(PLAN_TAB, 'A2:ZZ'), tabRange(INDEX_TAB, `A${META_ROW}:A`)]);
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
  if (logGrid < wanted) requests.push({ appendDimension: { sheetId: idOf(EVENT_LOG_TAB), dimension: 'ROWS', length: wanted - logGrid } });
  meta.logGridRows = Math.max(logGrid, wanted);

  const indexGrid = grids.get(INDEX_TAB)?.rowCount ?? 0;
  if (indexGrid < INDEX_ROWS) requests.push({ appendDimension: { sheetId: idOf(INDEX_TAB), dimension: 'ROWS', length: INDEX_ROWS - indexGrid } });
  const buckets: Record<string, unknown>[] = Array.from({ length: INDEX_BUCKETS }, () => ({}));
  for (const [key, value] of effect.entries) buckets[bucketOf(key)]![key] = value;
  // Only the buckets that hold something (the old ones were cleared above).
  buckets.forEach((entries, bucket) => {
    if (Object.keys(entries).length > 0) requests.push(writeRowsRequest(idOf(INDEX_TAB), META_ROW + bucket, [[JSON.stringify(entries)]], 1));
  });
  tail.push(writeRowsRequest(idOf(INDEX_TAB), META_ROW - 1, [[JSON.stringify(meta)]]));

  let chunk: Request[] = [];
  let size = 0;
  for (const request of [...requests, ...tail]) {
    const length = JSON.stringify(request).length;
    if (chunk.length > 0 && size + length > REQUEST_CHARS) {
      batchUpdate(spreadsheetId, chunk);
      chunk = [];
      size = 0;
    }
    chunk.push(request);
    size += length;
  }
  batchUpdate(spreadsheetId, chunk);
  return { ok: true, events: events.length, meta };
}
