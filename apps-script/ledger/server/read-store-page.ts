import { decodeEventRowLoosely, EVENT_LOG_HEADER } from '../../../shared/ledger/event-log-codec.ts';
import { columnLetter } from '../../../shared/ledger/layout/index.ts';
import { isBlankRow } from '../../../shared/ledger/is-blank-row.ts';
import { META_ROW } from '../../../shared/ledger/store/index-layout.ts';
import { decodeMeta, INDEX_TAB, LOG_TAB } from './ledger-store.ts';
import type { LogPage } from './read-log-page.ts';
import { readRanges, tabRange } from './sheets-store.ts';

const LAST = columnLetter(EVENT_LOG_HEADER.length - 1);
const SEQ = EVENT_LOG_HEADER.indexOf('seq');

/**
 * `pull`'s page in one read: the store's meta (for the head) and the Log rows of seq since …
 * since+limit+1, which appends put on rows since+1 …; the Log's grid keeps enough empty rows below its
 * last event for that range. Undefined when there is no store yet or the Log is not laid out as
 * appends write it (the caller then reads as before).
 */
export function readStorePage(spreadsheetId: string, since: number, limit: number): LogPage | undefined {
  let answer: string[][][];
  try {
    answer = readRanges(spreadsheetId, [tabRange(INDEX_TAB, `A${META_ROW}`), tabRange(LOG_TAB, `A${since + 1}:${LAST}${since + 2 + limit}`)]);
  } catch {
    return undefined; // past the grid (a client ahead of the log) or no Index tab: read as before
  }
  const meta = decodeMeta(answer[0]?.[0]?.[0]);
  if (!meta?.logIsRegular) return undefined;
  const wanted = Math.max(0, Math.min(limit, meta.head.seq - since));
  // The row of seq `since` (or the header), the page, and the row after it: each must be what the meta
  // says (the event of that seq, or blank past the head), else the Log was written by another hand.
  const [before = [], ...rows] = answer[1] ?? [];
  const expected = (row: readonly string[] | undefined, seq: number) => (seq <= meta.head.seq ? Number(row?.[SEQ]) === seq : isBlankRow(row ?? []));
  if (since > 0 && !expected(before, since)) return undefined;
  if (!expected(rows[limit], since + 1 + limit) || (wanted < limit && !expected(rows[wanted], since + 1 + wanted))) return undefined;
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < wanted; i++) {
    const row = rows[i];
    if (!row || Number(row[SEQ]) !== since + 1 + i) return { kind: 'irregular' };
    const decoded = decodeEventRowLoosely(row);
    if (!decoded.ok) return { kind: 'unreadable', row: since + 2 + i };
    events.push(decoded.value);
  }
  return { kind: 'page', events, head: meta.head };
}
