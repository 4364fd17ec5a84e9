import { Side } from '../domain/side.ts';
import type { ParseResult } from '../domain/parse-value.ts';
import { cells } from './cell-codec.ts';
import { EventSource } from './event-envelope.ts';
import { parseStoredEvent, type StoredEvent } from './event-catalogue.ts';
import { EVENT_TYPES, type EventType } from './event-type.ts';
import { defineGrid, encodeGridRow, decodeGridRow, gridHeader, isGridHeader } from './grid-codec.ts';

/**
 * One event-log row as flat cells: the actor is spread over four columns so a coordinator can read
 * and filter who wrote what; the payload is canonical JSON in one cell. The row format version (column
 * `v`) is the envelope's `v`: both are 1 in protocol v1.
 */
type EventLogRecord = {
  seq: number;
  id: string;
  type: EventType;
  at: string;
  source: EventSource;
  entityId: string | undefined;
  actorMemberId: string;
  actorName: string;
  actorOrg: string;
  actorSide: Side;
  payload: unknown;
  receivedAt: string;
  prevHash: string;
  hash: string;
};

export const EVENT_LOG_GRID = defineGrid<EventLogRecord>({
  version: 1,
  columns: [
    { header: 'seq', key: 'seq', codec: cells.integer },
    { header: 'id', key: 'id', codec: cells.requiredText },
    { header: 'type', key: 'type', codec: cells.oneOf(EVENT_TYPES) },
    { header: 'at', key: 'at', codec: cells.requiredText },
    { header: 'source', key: 'source', codec: cells.oneOf(EventSource.options) },
    { header: 'entityId', key: 'entityId', codec: cells.optional(cells.text) },
    { header: 'actorMemberId', key: 'actorMemberId', codec: cells.requiredText },
    { header: 'actorName', key: 'actorName', codec: cells.text },
    { header: 'actorOrg', key: 'actorOrg', codec: cells.text },
    { header: 'actorSide', key: 'actorSide', codec: cells.oneOf(Side.options) },
    { header: 'payload', key: 'payload', codec: cells.json },
    { header: 'receivedAt', key: 'receivedAt', codec: cells.requiredText },
    { header: 'prevHash', key: 'prevHash', codec: cells.requiredText },
    { header: 'hash', key: 'hash', codec: cells.requiredText },
  ],
});

/** Row 1 of the event log tab. */
export const EVENT_LOG_HEADER: readonly string[] = gridHeader(EVENT_LOG_GRID);

/** True when a row is the event log header (so a caller may pass rows with or without it). */
export function isEventLogHeader(row: readonly unknown[]): boolean {
  return isGridHeader(EVENT_LOG_GRID, row);
}

/** A stored event as an event-log row; every cell is a string, escaped so none can start a formula. */
export function encodeEventRow(event: StoredEvent): string[] {
  return encodeGridRow(EVENT_LOG_GRID, {
    seq: event.seq,
    id: event.id,
    type: event.type,
    at: event.at,
    source: event.source,
    entityId: event.entityId,
    actorMemberId: event.actor.memberId,
    actorName: event.actor.name,
    actorOrg: event.actor.org,
    actorSide: event.actor.side,
    payload: event.payload,
    receivedAt: event.receivedAt,
    prevHash: event.prevHash,
    hash: event.hash,
  });
}

/**
 * An event-log row back into the stored event exactly as it was hashed, without checking the payload
 * against today's schemas: verifying the chain must not depend on how schemas evolve.
 */
export function decodeEventRowLoosely(row: readonly unknown[]): ParseResult<Record<string, unknown>> {
  const decoded = decodeGridRow(EVENT_LOG_GRID, row);
  if (!decoded.ok) return decoded;
  const record = decoded.value;
  const event: Record<string, unknown> = {
    v: EVENT_LOG_GRID.version,
    id: record.id,
    type: record.type,
    at: record.at,
    source: record.source,
    payload: record.payload,
    seq: record.seq,
    receivedAt: record.receivedAt,
    actor: { memberId: record.actorMemberId, name: record.actorName, org: record.actorOrg, side: record.actorSide },
    prevHash: record.prevHash,
    hash: record.hash,
  };
  if (record.entityId !== undefined) event.entityId = record.entityId;
  return { ok: true, value: event };
}

/** An event-log row back into a typed stored event; errors name the column or the payload field. */
export function decodeEventRow(row: readonly unknown[]): ParseResult<StoredEvent> {
  const loose = decodeEventRowLoosely(row);
  return loose.ok ? parseStoredEvent(loose.value) : loose;
}
