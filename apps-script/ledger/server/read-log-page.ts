import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import { decodeEventRowLoosely, EVENT_LOG_HEADER } from '../../../shared/ledger/event-log-codec.ts';
import { columnLetter } from '../../../shared/ledger/layout/index.ts';
import type { Head } from '../../../shared/protocol/ledger-api.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { readRanges, tabRange } from './sheets-store.ts';

const SEQ = columnLetter(EVENT_LOG_HEADER.indexOf('seq'));
const LAST = columnLetter(EVENT_LOG_HEADER.length - 1);
const SEQ_INDEX = EVENT_LOG_HEADER.indexOf('seq');

export type LogPage =
  | { kind: 'page'; events: Record<string, unknown>[]; head: Head }
  /** The log is not the plain run of rows append writes (header, then seq 1, 2, 3 … on rows 2, 3, 4 …). */
  | { kind: 'irregular' }
  | { kind: 'unreadable'; row: number };

const rowsOf = (from: number, to: number) => tabRange(EVENT_LOG_TAB, `A${from}:${LAST}${to}`);

/**
 * `pull` on a ledger without the store (read-store-page.ts): the append-only writer puts seq s on
 * row s + 1, so one call reads the seq column (to find the head's row), and a second reads only the page
 * and the head row. Every row read is checked against that layout; anything else is `irregular` and
 * the caller reads the whole log instead. Ranges stop at the last row: Sheets refuses reads past the grid.
 */
export function readLogPage(spreadsheetId: string, since: number, limit: number): { page: () => LogPage } {
  const [seqCells = []] = readRanges(spreadsheetId, [tabRange(EVENT_LOG_TAB, `${SEQ}:${SEQ}`)]);
  const page = (): LogPage => {
    if (seqCells[0]?.[0] !== 'seq') return { kind: 'irregular' };
    const lastRow = seqCells.length;
    if (lastRow === 1) return { kind: 'page', events: [], head: { seq: 0, hash: GENESIS_HASH } };
    if (Number(seqCells[lastRow - 1]?.[0]) !== lastRow - 1) return { kind: 'irregular' };
    const from = since + 2;
    const to = Math.min(since + 1 + limit, lastRow);
    const hasPage = from <= to;
    const ranges = [...(hasPage ? [rowsOf(from, to)] : []), ...(hasPage && to === lastRow ? [] : [rowsOf(lastRow, lastRow)])];
    const answer = readRanges(spreadsheetId, ranges);
    const rows = hasPage ? (answer[0] ?? []) : [];
    if (rows.length !== Math.max(0, to - from + 1)) return { kind: 'irregular' };
    const events: Record<string, unknown>[] = [];
    for (const [i, row] of rows.entries()) {
      if (Number(row[SEQ_INDEX]) !== since + 1 + i) return { kind: 'irregular' };
      const decoded = decodeEventRowLoosely(row);
      if (!decoded.ok) return { kind: 'unreadable', row: from + i };
      events.push(decoded.value);
    }
    const headRow = answer.at(-1)?.at(-1);
    if (!headRow || Number(headRow[SEQ_INDEX]) !== lastRow - 1) return { kind: 'irregular' };
    const head = decodeEventRowLoosely(headRow);
    if (!head.ok) return { kind: 'unreadable', row: lastRow };
    return { kind: 'page', events, head: { seq: lastRow - 1, hash: String(head.value.hash) } };
  };
  return { page };
}
