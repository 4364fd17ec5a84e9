import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { decodeEventRow, decodeEventRowLoosely, isEventLogHeader } from '../../../shared/ledger/event-log-codec.ts';
import type { Head } from '../../../shared/protocol/ledger-api.ts';

export type EventLog = {
  /** Every stored event as the writer hashed it (what pull answers and the chain covers). */
  stored: Record<string, unknown>[];
  /** The same events typed for today's schemas (what views fold); rows today's schemas refuse are left out. */
  events: StoredEvent[];
  knownIds: Set<string>;
  head: Head;
};

export type EventLogRead = { ok: true; log: EventLog } | { ok: false; row: number };

/** The event log tab's rows (header first) as events, their ids and the chain head; `row` names an unreadable row. */
export function readEventLog(rows: readonly (readonly unknown[])[]): EventLogRead {
  const body = rows.length > 0 && isEventLogHeader(rows[0]!) ? rows.slice(1) : rows;
  const first = rows.length - body.length + 1;
  const stored: Record<string, unknown>[] = [];
  const events: StoredEvent[] = [];
  const knownIds = new Set<string>();
  for (let i = 0; i < body.length; i++) {
    const row = body[i]!;
    if (row.every((cell) => cell === '')) continue;
    const loose = decodeEventRowLoosely(row);
    if (!loose.ok) return { ok: false, row: first + i };
    stored.push(loose.value);
    knownIds.add(String(loose.value.id));
    const typed = decodeEventRow(row);
    if (typed.ok) events.push(typed.value);
  }
  const last = stored[stored.length - 1];
  const head: Head = last ? { seq: Number(last.seq), hash: String(last.hash) } : { seq: 0, hash: GENESIS_HASH };
  return { ok: true, log: { stored, events, knownIds, head } };
}
