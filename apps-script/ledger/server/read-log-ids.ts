import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import { decodeEventRowLoosely, EVENT_LOG_HEADER, isEventLogHeader } from '../../../shared/ledger/event-log-codec.ts';
import { columnLetter } from '../../../shared/ledger/layout/index.ts';
import type { Head } from '../../../shared/protocol/ledger-api.ts';
import { EVENT_LOG_TAB, MEMBERS_TAB } from './ledger-tabs.ts';
import { readRanges, tabRange } from './sheets-store.ts';
import { isBlankRow } from '../../../shared/ledger/is-blank-row.ts';

const ID = columnLetter(EVENT_LOG_HEADER.indexOf('id'));
const LAST = columnLetter(EVENT_LOG_HEADER.length - 1);

export type LogIds = {
  memberRows: string[][];
  /** Every id in the log: enough for the planner to tell duplicates, without reading payloads. */
  knownIds: Set<string>;
  /** Reads the log's head from its last rows (one small call); `row` names the last row when unreadable. */
  head: () => { ok: true; head: Head } | { ok: false; row: number };
};


/**
 * What an append needs before it knows whether it stores anything, in one call: the Members tab, the
 * log's header row and its id column. A retried batch (all duplicates) then reads only the rows from
 * the last id on for its head, not the payloads of the whole log. Same rules as readEventLog: the
 * header is optional, blank rows are skipped, the head is the last row that is not blank.
 */
export function readLogIds(spreadsheetId: string): LogIds {
  const [memberRows = [], headerRows = [], idCells = []] = readRanges(spreadsheetId, [
    tabRange(MEMBERS_TAB),
    tabRange(EVENT_LOG_TAB, '1:1'),
    tabRange(EVENT_LOG_TAB, `${ID}:${ID}`),
  ]);
  const firstRow = headerRows[0] && isEventLogHeader(headerRows[0]) ? 2 : 1;
  const knownIds = new Set<string>();
  let lastIdRow = 0;
  for (let i = firstRow - 1; i < idCells.length; i++) {
    const id = idCells[i]?.[0] ?? '';
    if (id === '') continue;
    knownIds.add(id);
    lastIdRow = i + 1;
  }
  const head = (): { ok: true; head: Head } | { ok: false; row: number } => {
    // From the last id to the end: a later row with its id erased still counts, as in readEventLog.
    // With no id at all, from row 1 (always inside the grid; Sheets refuses reads past it).
    const from = lastIdRow || 1;
    const [tail = []] = readRanges(spreadsheetId, [tabRange(EVENT_LOG_TAB, `A${from}:${LAST}`)]);
    let last = -1;
    tail.forEach((row, i) => {
      if (from + i >= firstRow && !isBlankRow(row)) last = i;
    });
    if (last < 0) return { ok: true, head: { seq: 0, hash: GENESIS_HASH } };
    const decoded = decodeEventRowLoosely(tail[last]!);
    if (!decoded.ok) return { ok: false, row: from + last };
    return { ok: true, head: { seq: Number(decoded.value.seq), hash: String(decoded.value.hash) } };
  };
  return { memberRows, knownIds, head };
}
