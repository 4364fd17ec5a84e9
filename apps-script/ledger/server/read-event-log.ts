import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { decodeEventRow, decodeEventRowLoosely, EVENT_LOG_HEADER, isEventLogHeader } from '../../../shared/ledger/event-log-codec.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import type { ErrorResponse, Head } from '../../../shared/protocol/ledger-api.ts';
import { errorResponse } from '../../../shared/protocol/ledger-responses.ts';
import { isBlankRow } from '../../../shared/ledger/is-blank-row.ts';

const ID_COLUMN = EVENT_LOG_HEADER.indexOf('id');
const SEQ_COLUMN = EVENT_LOG_HEADER.indexOf('seq');

/**
 * The event log tab as read in one call, with what every append needs at once (ids, head). Rows are
 * decoded only when needed: a request that stores nothing, or pulls a page, stays cheap on a long log.
 */
export type EventLog = {
  /** Data rows (the header left out), blank rows too, so `firstRow + i` is the sheet row of rows[i]. */
  rows: readonly (readonly unknown[])[];
  firstRow: number;
  knownIds: Set<string>;
  head: Head;
};

export type EventLogRead = { ok: true; log: EventLog } | { ok: false; row: number };


/** The log's ids and head; `row` names the last row when it cannot be read (the head is unknown then). */
export function readEventLog(tabRows: readonly (readonly unknown[])[]): EventLogRead {
  const hasHeader = tabRows.length > 0 && isEventLogHeader(tabRows[0]!);
  const rows = hasHeader ? tabRows.slice(1) : tabRows;
  const firstRow = hasHeader ? 2 : 1;
  const knownIds = new Set<string>();
  let last = -1;
  rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    knownIds.add(String(row[ID_COLUMN] ?? ''));
    last = i;
  });
  if (last < 0) return { ok: true, log: { rows, firstRow, knownIds, head: { seq: 0, hash: GENESIS_HASH } } };
  const decoded = decodeEventRowLoosely(rows[last]!);
  if (!decoded.ok) return { ok: false, row: firstRow + last };
  return { ok: true, log: { rows, firstRow, knownIds, head: { seq: Number(decoded.value.seq), hash: String(decoded.value.hash) } } };
}

/** Every event typed for today's schemas, for the views; rows they refuse are left out (Verify chain names them). */
export function typedEvents(log: EventLog): StoredEvent[] {
  const events: StoredEvent[] = [];
  for (const row of log.rows) {
    if (isBlankRow(row)) continue;
    const decoded = decodeEventRow(row);
    if (decoded.ok) events.push(decoded.value);
  }
  return events;
}

/** Stored events after `since`, at most `limit`, exactly as hashed; `row` names one that cannot be read. */
export function storedEventsAfter(log: EventLog, since: number, limit: number): { ok: true; events: Record<string, unknown>[] } | { ok: false; row: number } {
  const events: Record<string, unknown>[] = [];
  for (let i = 0; i < log.rows.length && events.length < limit; i++) {
    const row = log.rows[i]!;
    if (isBlankRow(row) || !(Number(row[SEQ_COLUMN]) > since)) continue;
    const decoded = decodeEventRowLoosely(row);
    if (!decoded.ok) return { ok: false, row: log.firstRow + i };
    events.push(decoded.value);
  }
  return { ok: true, events };
}

/** The answer when a log row cannot be read: nothing more is stored until Verify chain finds it. */
export function logUnreadableResponse(): ErrorResponse {
  return errorResponse('internal', translate('apps-script.logUnreadable', 'en'));
}
