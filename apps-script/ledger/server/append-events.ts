import { translate } from '../../../shared/i18n/translate.ts';
import { parseClientEvent, type StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { decodeEventRowLoosely, EVENT_LOG_HEADER, encodeEventRow } from '../../../shared/ledger/event-log-codec.ts';
import type { MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { isBlankRow } from '../../../shared/ledger/is-blank-row.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { recordKeysOf } from '../../../shared/ledger/record-key.ts';
import { applyBatch } from '../../../shared/ledger/store/apply-batch.ts';
import { bucketOf } from '../../../shared/ledger/store/bucket-of.ts';
import { type KeyWindow, placeRows } from '../../../shared/ledger/store/place-rows.ts';
import { isRowEvent, planSupport } from '../../../shared/ledger/store/plan-support.ts';
import { attentionRowChanges, countedDashboardRows, passedDueDates, planViewTabs } from '../../../shared/ledger/store/plan-views.ts';
import { compareRowKeys, idKey, ledgerStateFromEntries, type RecordEntry, type RowKey, type StoreMeta } from '../../../shared/ledger/store/store-state.ts';
import type { AppendResponse, ErrorResponse } from '../../../shared/protocol/ledger-api.ts';
import { appendResponse, errorResponse } from '../../../shared/protocol/ledger-responses.ts';
import { buildBusyResponse } from './build-busy-response.ts';
import { buildStore } from './build-store.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import {
  INDEX_TAB,
  indexRequests,
  insertRowsRequest,
  LOG_SLACK,
  PLAN_TAB,
  readKeys,
  readLogTail,
  readStore,
  replaceRowsRequests,
  type Request,
  rowOpRequests,
  type StoreHint,
  type StoreRead,
  viewHeader,
  viewTitle,
  WIDE_WINDOW_ROWS,
  writeRowsRequest,
} from './ledger-store.ts';
import { logUnreadableResponse } from './read-event-log.ts';
import { withScriptLock } from './script-lock.ts';
import { sha256Hex } from './sha256-hex.ts';
import { batchUpdate } from './sheets-store.ts';
import { memberForToken } from './token-index.ts';

/** Who is writing: a member token from the wire, or a member the script already knows (the console). */
export type Writer = { token: string } | { member: MemberRecord };

const HINT_KEY = 'cocreate.store.hint';

const idOf = (value: unknown): string =>
  value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string' ? (value as { id: string }).id : '';

/**
 * The one code path that stores events (DESIGN §3), for the web app and the coordinator console alike.
 * The token is resolved before the lock, from the token index in CacheService: a stranger is answered
 * `unauthorized` without waiting for, or holding, the lock. Under the lock an append makes one read
 * (the store's meta, the Index rows of its ids and records, and what its views need) and, when it
 * stores something, one write (a single spreadsheets.batchUpdate: log rows, Index rows, view rows).
 * Neither grows with the log. A batch of duplicates reads once and writes nothing.
 */
export function appendEvents(spreadsheetId: string, writer: Writer, events: readonly unknown[], now: () => string): AppendResponse | ErrorResponse {
  const member = 'member' in writer ? writer.member : memberForToken(spreadsheetId, writer.token);
  if (!member) return errorResponse('unauthorized');
  const locked = withScriptLock(() => appendLocked(spreadsheetId, member, events, now()));
  return locked.ok ? locked.value : errorResponse('busy', translate('apps-script.busy', 'en'));
}

function appendLocked(spreadsheetId: string, member: MemberRecord, events: readonly unknown[], receivedAt: string): AppendResponse | ErrorResponse {
  const parsed = events.flatMap((value) => {
    const result = parseClientEvent(value);
    return result.ok ? [result.value] : [];
  });
  const ids = [...new Set(events.map(idOf).filter((id) => id !== '').map(idKey))];
  // Each event's record, and for a sign-off on a commitment that commitment too (its stored versions).
  const records = [...new Set(parsed.flatMap(recordKeysOf))];
  const options = { plan: parsed.some((e) => !isRowEvent(e)), rowTabs: parsed.some(isRowEvent), hint: readHint() };
  let read = readStore(spreadsheetId, [...ids, ...records], options);
  let tail = read.meta ? logTailState(read.logTail ?? readLogTail(spreadsheetId, read.meta.rows[EVENT_LOG_TAB] ?? 0), read.meta) : 'grown';
  if (tail === 'grown') {
    // No Index yet (a ledger set up before it existed), or rows added to the Log by another hand:
    // the store is built again from the whole log, once, as the writer before it read the log.
    const built = buildStore(spreadsheetId, receivedAt.slice(0, 10));
    if (!built.ok) return 'reason' in built ? buildBusyResponse(built) : logUnreadableResponse();
    read = readStore(spreadsheetId, [...ids, ...records], { ...options, hint: undefined });
    tail = 'head';
  }
  // The Log must still end with the head the meta names: a row erased or changed by hand stops the
  // writer until Verify chain has been run and the views rebuilt.
  if (tail === 'damaged' || !read.meta) return logUnreadableResponse();
  const meta = read.meta;
  const entryOf = (key: string) => read.buckets.get(bucketOf(key))?.[key];
  const knownIds = new Set(ids.filter((key) => entryOf(key) !== undefined).map((key) => key.slice('id:'.length)));
  const entries = new Map<string, RecordEntry>();
  for (const key of records) {
    const entry = entryOf(key);
    if (entry !== undefined && typeof entry !== 'number') entries.set(key, entry);
  }
  const plan = planAppend({ state: ledgerStateFromEntries(knownIds, entries), head: meta.head, events, member, receivedAt, digest: sha256Hex });
  if (plan.accepted.length === 0) {
    if (!read.logTail) writeHint(meta);
    return appendResponse(plan.results, meta.head);
  }

  const requests = storeRequests(spreadsheetId, read, meta, entries, plan.accepted, receivedAt);
  if (requests === 'refold') {
    // An annotation's row moves while its text is only in the log (see applyBatch): the rows are
    // stored, then the store is built again from the log. Rare: a client's own events out of order.
    batchUpdate(spreadsheetId, logRequests(meta, plan.accepted).requests);
    // The rows are stored whether or not the build finishes in this execution (its trigger goes on).
    const rebuilt = buildStore(spreadsheetId, receivedAt.slice(0, 10));
    if (!rebuilt.ok && !('reason' in rebuilt)) return logUnreadableResponse();
    CacheService.getScriptCache()?.remove(HINT_KEY);
    return appendResponse(plan.results, plan.head);
  }
  batchUpdate(spreadsheetId, requests.requests);
  writeHint(requests.meta);
  return appendResponse(plan.results, plan.head);
}

/** Everything one append changes, as the requests of one batchUpdate, and the meta it leaves. */
function storeRequests(
  spreadsheetId: string,
  read: StoreRead,
  start: StoreMeta,
  entries: ReadonlyMap<string, RecordEntry>,
  accepted: readonly StoredEvent[],
  receivedAt: string,
): { requests: Request[]; meta: StoreMeta } | 'refold' {
  const planEvents = accepted.filter((e) => !isRowEvent(e));
  // The date-dependent cells move to a new day only with a plan write, which rewrites the dashboard too.
  const day = planEvents.length > 0 ? passedDueDates(start, receivedAt.slice(0, 10)) : { meta: start, flipped: [] as RowKey[] };
  const effect = applyBatch(day.meta, entries, accepted);
  if (effect.needsRefold) return 'refold';
  const meta = effect.meta;
  const sheetId = (title: string) => meta.sheetIds[title]!;
  const requests: Request[] = logRequests(meta, accepted).requests;

  // Decisions and Actions, row by row, kept sorted as the fold sorts them.
  for (const tab of ['decisions', 'actions'] as const) {
    const title = viewTitle(tab);
    const width = viewHeader(tab).length;
    const changes = effect.rowChanges.filter((c) => c.tab === tab);
    const flips = tab === 'actions' ? day.flipped : [];
    if (changes.length === 0 && flips.length === 0) continue;
    const rows = meta.rows[title] ?? 0;
    let window: KeyWindow | undefined = flips.length > 0 ? undefined : read.windows[tab];
    let placed = flips.length > 0 ? ({ ok: false } as const) : placeRows(rows, meta.lastKey[tab], window, changes);
    // Rows further back than the window (an old annotation edited, a late one): read more, then all.
    for (const count of flips.length > 0 ? [rows] : [WIDE_WINDOW_ROWS, rows]) {
      if (placed.ok) break;
      window = readKeys(spreadsheetId, tab, rows, count);
      placed = placeRows(rows, meta.lastKey[tab], window, changes);
    }
    if (!placed.ok) throw new Error(`${title} is not sorted as the fold sorts it: run Rebuild views.`);
    requests.push(...rowOpRequests(sheetId(title), placed.ops, width));
    meta.rows[title] = placed.rows;
    if (placed.lastKey) meta.lastKey[tab] = placed.lastKey;
    else delete meta.lastKey[tab];
    if (flips.length > 0 && window) {
      // The day moved on: open actions now past due read TRUE in `overdue` (the other cells are unchanged).
      const overdue = viewHeader('actions').indexOf('overdue');
      const final = finalKeys(window, changes);
      for (const key of flips) {
        const index = final.findIndex((k) => compareRowKeys(k, key) === 0);
        if (index >= 0) requests.push(writeRowsRequest(sheetId(title), 1 + index, [['TRUE']], 1, overdue));
      }
    }
  }

  if (planEvents.length > 0) {
    // Plan views refolded from the plan store (their size follows the plan, not the log).
    const support = planSupport([...(read.planEvents ?? []), ...planEvents]);
    const { tabs, meetingRows, attention } = planViewTabs(support, meta);
    for (const [tab, rows] of tabs) {
      const title = viewTitle(tab);
      requests.push(...replaceRowsRequests(sheetId(title), meta.rows[title] ?? 0, rows.slice(1), rows[0]!.length));
      meta.rows[title] = rows.length - 1;
    }
    meta.meetingRows = meetingRows;
    meta.attention = attention;
    requests.push(...replaceRowsRequests(sheetId(PLAN_TAB), meta.rows[PLAN_TAB] ?? 0, support.map(encodeEventRow), EVENT_LOG_HEADER.length));
    meta.rows[PLAN_TAB] = support.length;
  } else {
    const meetings = viewTitle('meetings');
    const column = viewHeader('meetings').indexOf('annotations');
    for (const [meetingId, count] of effect.meetingCounts) {
      const row = meta.meetingRows[meetingId];
      if (row !== undefined) requests.push(writeRowsRequest(sheetId(meetings), 1 + row, [[String(count)]], 1, column));
    }
    const dashboard = viewTitle('dashboard');
    for (const { index, row } of countedDashboardRows(meta)) requests.push(writeRowsRequest(sheetId(dashboard), 1 + index, [row]));
    // Open actions due this week or past due are listed under "needs attention": their lines move in place.
    const attention = attentionRowChanges(start, meta);
    if (attention.length > 0) {
      const placed = placeRows(meta.attention.keys.length, meta.attention.keys.at(-1), { from: 0, keys: meta.attention.keys }, attention);
      if (!placed.ok) throw new Error(`${dashboard} does not list what needs attention as the fold does: run Rebuild views.`);
      const ops = placed.ops.map((op) => ({ ...op, index: op.index + meta.attention.start }));
      requests.push(...rowOpRequests(sheetId(dashboard), ops, viewHeader('dashboard').length));
      meta.attention = { start: meta.attention.start, keys: finalKeys({ from: 0, keys: meta.attention.keys }, attention) };
      meta.rows[dashboard] = (meta.rows[dashboard] ?? 0) + placed.rows - start.attention.keys.length;
    }
  }

  // The Index rows read, with this batch's entries, then the meta.
  const changed = new Map<number, Record<string, unknown>>();
  for (const [key, value] of effect.entries) {
    const bucket = bucketOf(key);
    const entriesOfBucket = changed.get(bucket) ?? { ...(read.buckets.get(bucket) ?? {}) };
    entriesOfBucket[key] = value;
    changed.set(bucket, entriesOfBucket);
  }
  requests.push(...indexRequests(sheetId(INDEX_TAB), changed, meta));
  return { requests, meta };
}

/** The log's rows, inserted after the last one so the grid's slack below stays for pull's ranges (updates `meta`). */
function logRequests(meta: StoreMeta, accepted: readonly StoredEvent[]): { requests: Request[] } {
  const sheetId = meta.sheetIds[EVENT_LOG_TAB]!;
  const requests: Request[] = [];
  const logRows = meta.rows[EVENT_LOG_TAB] ?? 0;
  requests.push(insertRowsRequest(sheetId, 1 + logRows, accepted.length));
  requests.push(writeRowsRequest(sheetId, 1 + logRows, accepted.map(encodeEventRow), EVENT_LOG_HEADER.length));
  meta.rows[EVENT_LOG_TAB] = logRows + accepted.length;
  meta.logGridRows += accepted.length;
  if (meta.logGridRows < 1 + meta.rows[EVENT_LOG_TAB]! + LOG_SLACK) {
    requests.push({ appendDimension: { sheetId, dimension: 'ROWS', length: LOG_SLACK } });
    meta.logGridRows += LOG_SLACK;
  }
  return { requests };
}

/** The keys of a window after the changes, in order (for cells written after the row operations). */
function finalKeys(window: KeyWindow, changes: ReturnType<typeof applyBatch>['rowChanges']): RowKey[] {
  const removed = changes.flatMap((c) => (c.remove ? [c.remove] : []));
  const keys = window.keys.filter((k) => !removed.some((r) => compareRowKeys(r, k) === 0));
  for (const change of changes) if (change.put) keys.push(change.put.key);
  return keys.sort(compareRowKeys);
}

/** Whether the Log ends where the meta says: with its head (or its header), and nothing after it. */
function logTailState(rows: readonly (readonly string[])[], meta: StoreMeta): 'head' | 'grown' | 'damaged' {
  const [last = [], after = []] = rows;
  if (!isBlankRow(after)) return 'grown';
  if (meta.head.seq === 0) return 'head';
  const decoded = decodeEventRowLoosely(last);
  const ok = decoded.ok && Number(decoded.value.seq) === meta.head.seq && decoded.value.hash === meta.head.hash && typeof decoded.value.id === 'string' && decoded.value.id !== '';
  return ok ? 'head' : 'damaged';
}

function readHint(): StoreHint | undefined {
  const text = CacheService.getScriptCache()?.get(HINT_KEY);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as StoreHint;
  } catch {
    return undefined;
  }
}

function writeHint(meta: StoreMeta): void {
  const rows = { decisions: meta.rows[viewTitle('decisions')] ?? 0, actions: meta.rows[viewTitle('actions')] ?? 0 };
  const hint: StoreHint = { seq: meta.head.seq, logRows: meta.rows[EVENT_LOG_TAB] ?? 0, rows };
  CacheService.getScriptCache()?.put(HINT_KEY, JSON.stringify(hint), 21_600);
}
