import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { decodeEventRow, EVENT_LOG_HEADER } from '../../../shared/ledger/event-log-codec.ts';
import { type Grid, gridHeader } from '../../../shared/ledger/grid-codec.ts';
import { unescapeCell } from '../../../shared/ledger/escape-cell.ts';
import { columnLetter, ledgerTabTitle } from '../../../shared/ledger/layout/index.ts';
import { isBlankRow } from '../../../shared/ledger/is-blank-row.ts';
import { bucketOf } from '../../../shared/ledger/store/bucket-of.ts';
import { bucketRow, META_ROW } from '../../../shared/ledger/store/index-layout.ts';
import type { KeyWindow, RowOp } from '../../../shared/ledger/store/place-rows.ts';
import { type RecordEntry, type RowKey, STORE_VERSION, type StoreMeta } from '../../../shared/ledger/store/store-state.ts';
import { VIEW_TAB_SPECS } from '../../../shared/ledger/views/view-tab-specs.ts';
import { MAX_PULL_LIMIT } from '../../../shared/protocol/limits.ts';
import { readRanges, tabRange } from './sheets-store.ts';

export const INDEX_TAB = ledgerTabTitle('index');
export const PLAN_TAB = ledgerTabTitle('plan');
export const LOG_TAB = ledgerTabTitle('log');
const LOG_LAST = columnLetter(EVENT_LOG_HEADER.length - 1);

/** A Sheets API request (spreadsheets.batchUpdate), as plain JSON. */
export type Request = GoogleAppsScript.Sheets.Schema.Request;

/** Rows the Log grid keeps past its last event, so that a pull's page range never runs past the grid. */
export const LOG_SLACK = MAX_PULL_LIMIT + 100;

type RowTab = 'decisions' | 'actions';
/** A view tab's header row, as the layout writes it. */
export const viewHeader = (tab: keyof typeof VIEW_TAB_SPECS): string[] => gridHeader(VIEW_TAB_SPECS[tab].grid as Grid<unknown>);
const keyColumns = (tab: RowTab) => {
  const header = viewHeader(tab);
  return { id: columnLetter(header.indexOf('id')), at: columnLetter(header.indexOf('at')) };
};
export const viewTitle = (tab: keyof typeof VIEW_TAB_SPECS): string => VIEW_TAB_SPECS[tab].title;

/** The store's meta, or undefined when the Index was never built (a ledger from before it, or a new one). */
export function decodeMeta(cell: string | undefined): StoreMeta | undefined {
  if (!cell) return undefined;
  try {
    const meta = JSON.parse(cell) as StoreMeta;
    return meta.version === STORE_VERSION ? meta : undefined;
  } catch {
    return undefined;
  }
}

/** Consecutive bucket rows read as one range: fewer ranges, the same rows. */
function bucketRanges(buckets: readonly number[]): { from: number; to: number }[] {
  const rows = [...new Set(buckets.map(bucketRow))].sort((a, b) => a - b);
  const runs: { from: number; to: number }[] = [];
  for (const row of rows) {
    const last = runs.at(-1);
    if (last && row === last.to + 1) last.to = row;
    else runs.push({ from: row, to: row });
  }
  return runs;
}

export type StoreRead = {
  meta: StoreMeta | undefined;
  /** Index buckets read (bucket → its entries), to be written back with the batch's changes. */
  buckets: Map<number, Record<string, RecordEntry | number>>;
  planEvents?: StoredEvent[];
  windows: Partial<Record<RowTab, KeyWindow>>;
  /** The Log's last row (the header on an empty log) and the row after it, when the hint named them rightly. */
  logTail?: string[][];
};

/** What the last append left in CacheService, so the next one can name rows before reading the meta. */
export type StoreHint = { seq: number; logRows: number; rows: Partial<Record<RowTab, number>> };

/**
 * How many rows of Decisions and Actions an append of annotations or tags reads (their id and `at`
 * cells, about 65 bytes a row), to place rows that do not go last: batches of many attendees
 * interleave by seconds, and edits touch recent annotations. Further back, a second read takes
 * WIDE_WINDOW_ROWS, and only then the whole key columns.
 */
export const WINDOW_ROWS = 100;
export const WIDE_WINDOW_ROWS = 4_000;

function keysOf(ids: readonly (readonly string[])[], ats: readonly (readonly string[])[], count: number): RowKey[] {
  return Array.from({ length: count }, (_, i) => [unescapeCell(ats[i]?.[0] ?? ''), unescapeCell(ids[i]?.[0] ?? '')] as const);
}

/**
 * The one read of an append (one values.batchGet): the meta, the Index rows of the batch's keys, the
 * plan store when the batch holds plan events, and the key columns of the last rows of Decisions and
 * Actions when it holds annotations or tags (their row counts come from a hint in CacheService; a hint
 * that proves wrong only costs a second read later).
 */
export function readStore(
  spreadsheetId: string,
  keys: readonly string[],
  options: { plan: boolean; rowTabs: boolean; hint?: StoreHint | undefined },
): StoreRead {
  const runs = bucketRanges(keys.map((key) => bucketOf(key)));
  const ranges = [tabRange(INDEX_TAB, `A${META_ROW}`), ...runs.map((run) => tabRange(INDEX_TAB, `A${run.from}:A${run.to}`))];
  if (options.plan) ranges.push(tabRange(PLAN_TAB, `A2:${LOG_LAST}`));
  const logRow = options.hint ? options.hint.logRows + 1 : undefined;
  if (logRow !== undefined) ranges.push(tabRange(LOG_TAB, `A${logRow}:${LOG_LAST}${logRow + 1}`));
  const windowRanges: Array<{ tab: RowTab; from: number; count: number }> = [];
  if (options.rowTabs && options.hint) {
    for (const tab of ['decisions', 'actions'] as const) {
      const rows = options.hint.rows[tab] ?? 0;
      const from = Math.max(0, rows - WINDOW_ROWS);
      if (rows === 0) continue;
      const columns = keyColumns(tab);
      windowRanges.push({ tab, from, count: rows - from });
      ranges.push(tabRange(viewTitle(tab), `${columns.id}${from + 2}:${columns.id}${rows + 1}`), tabRange(viewTitle(tab), `${columns.at}${from + 2}:${columns.at}${rows + 1}`));
    }
  }
  const answer = readRanges(spreadsheetId, ranges);
  const meta = decodeMeta(answer[0]?.[0]?.[0]);
  const buckets = new Map<number, Record<string, RecordEntry | number>>();
  runs.forEach((run, i) => {
    const rows = answer[1 + i] ?? [];
    for (let row = run.from; row <= run.to; row++) {
      const cell = rows[row - run.from]?.[0];
      buckets.set(row - 3, cell ? (JSON.parse(cell) as Record<string, RecordEntry | number>) : {});
    }
  });
  let next = 1 + runs.length;
  let planEvents: StoredEvent[] | undefined;
  if (options.plan) {
    planEvents = [];
    for (const row of answer[next] ?? []) {
      if (isBlankRow(row)) continue;
      const decoded = decodeEventRow(row);
      if (decoded.ok) planEvents.push(decoded.value);
    }
    next += 1;
  }
  const windows: Partial<Record<RowTab, KeyWindow>> = {};
  // The hint is trusted only if it describes the store as it is now.
  const hintHolds = meta !== undefined && options.hint?.seq === meta.head.seq && options.hint.logRows === (meta.rows[LOG_TAB] ?? 0);
  let logTail: string[][] | undefined;
  if (logRow !== undefined) {
    if (hintHolds) logTail = answer[next] ?? [];
    next += 1;
  }
  for (const { tab, from, count } of windowRanges) {
    const ids = answer[next] ?? [];
    const ats = answer[next + 1] ?? [];
    next += 2;
    if (hintHolds && meta.rows[viewTitle(tab)] === from + count) windows[tab] = { from, keys: keysOf(ids, ats, count) };
  }
  return { meta, buckets, ...(planEvents ? { planEvents } : {}), windows, ...(logTail ? { logTail } : {}) };
}

/** The Log's last row and the one after, read alone when no hint named them (the cache dropped it). */
export function readLogTail(spreadsheetId: string, logRows: number): string[][] {
  return readRanges(spreadsheetId, [tabRange(LOG_TAB, `A${logRows + 1}:${LOG_LAST}${logRows + 2}`)])[0] ?? [];
}

/** A further read, only when rows must be placed before the window: the key columns of the last `count` rows. */
export function readKeys(spreadsheetId: string, tab: RowTab, rows: number, count = rows): KeyWindow {
  const from = Math.max(0, rows - count);
  if (rows === from) return { from, keys: [] };
  const columns = keyColumns(tab);
  const [ids = [], ats = []] = readRanges(spreadsheetId, [
    tabRange(viewTitle(tab), `${columns.id}${from + 2}:${columns.id}${rows + 1}`),
    tabRange(viewTitle(tab), `${columns.at}${from + 2}:${columns.at}${rows + 1}`),
  ]);
  return { from, keys: keysOf(ids, ats, rows - from) };
}

// ---- writing: every change of an append in one spreadsheets.batchUpdate ----

/** A cell written as a string value: never parsed (no formula, no number), like a RAW write. */
const cell = (text: string): GoogleAppsScript.Sheets.Schema.CellData => (text === '' ? {} : { userEnteredValue: { stringValue: text } });
const rowData = (cells: readonly string[], width = cells.length): GoogleAppsScript.Sheets.Schema.RowData => ({
  values: Array.from({ length: width }, (_, i) => cell(cells[i] ?? '')),
});

/** Writes rows from a (0-based) sheet row, cell by cell, as strings. */
export function writeRowsRequest(sheetId: number, rowIndex: number, rows: readonly (readonly string[])[], width?: number, columnIndex = 0): Request {
  return { updateCells: { start: { sheetId, rowIndex, columnIndex }, rows: rows.map((r) => rowData(r, width)), fields: 'userEnteredValue' } };
}

export function insertRowsRequest(sheetId: number, rowIndex: number, count: number): Request {
  return { insertDimension: { range: { sheetId, dimension: 'ROWS', startIndex: rowIndex, endIndex: rowIndex + count }, inheritFromBefore: true } };
}

export function deleteRowsRequest(sheetId: number, rowIndex: number, count: number): Request {
  return { deleteDimension: { range: { sheetId, dimension: 'ROWS', startIndex: rowIndex, endIndex: rowIndex + count } } };
}

/** Decisions or Actions operations (data rows 0-based; the header is row 0 of the sheet). */
export function rowOpRequests(sheetId: number, ops: readonly RowOp[], width: number): Request[] {
  return ops.flatMap((op): Request[] => {
    if (op.op === 'delete') return [deleteRowsRequest(sheetId, op.index + 1, 1)];
    if (op.op === 'insert') return [insertRowsRequest(sheetId, op.index + 1, 1), writeRowsRequest(sheetId, op.index + 1, [op.row], width)];
    return [writeRowsRequest(sheetId, op.index + 1, [op.row], width)];
  });
}

/**
 * A whole tab's data rows replaced: rows added first if it grows, then every row written over its old
 * extent, so rows it no longer has are cleared.
 */
export function replaceRowsRequests(sheetId: number, oldRows: number, rows: readonly (readonly string[])[], width: number, firstRow = 1): Request[] {
  const requests: Request[] = [];
  if (rows.length > oldRows) requests.push(insertRowsRequest(sheetId, oldRows + firstRow, rows.length - oldRows));
  const extent = Math.max(oldRows, rows.length);
  if (extent === 0) return requests;
  requests.push({
    updateCells: {
      range: { sheetId, startRowIndex: firstRow, endRowIndex: firstRow + extent, startColumnIndex: 0, endColumnIndex: width },
      rows: rows.map((r) => rowData(r, width)),
      fields: 'userEnteredValue',
    },
  });
  return requests;
}

/** Google refuses a cell over 50,000 characters (reference/apps-script.md §3.5): refuse before writing. */
const CELL_LIMIT = 50_000;

/** The Index rows to write back: each changed bucket as one JSON cell, and the meta. */
export function indexRequests(sheetId: number, buckets: ReadonlyMap<number, Record<string, unknown>>, meta: StoreMeta | undefined): Request[] {
  const requests: Request[] = [];
  const put = (row: number, text: string) => {
    if (text.length > CELL_LIMIT) throw new Error(`Index row ${row} would hold ${text.length} characters, over Google's ${CELL_LIMIT}.`);
    requests.push({ updateCells: { start: { sheetId, rowIndex: row - 1, columnIndex: 0 }, rows: [{ values: [cell(text)] }], fields: 'userEnteredValue' } });
  };
  for (const [bucket, entries] of buckets) put(bucketRow(bucket), JSON.stringify(entries));
  if (meta) put(META_ROW, JSON.stringify(meta));
  return requests;
}

