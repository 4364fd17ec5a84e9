import * as z from 'zod/mini';
import { Id, Uuid } from '../domain/id.ts';
import { IsoDateTime } from '../domain/iso-time.ts';
import { Sha256Hex } from '../domain/sha256-hex.ts';
import { Side } from '../domain/side.ts';
import { EventType } from './event-type.ts';

/** Where an event was made. */
export const EventSource = z.enum(['extension', 'docs', 'sheet']);
export type EventSource = z.infer<typeof EventSource>;

/**
 * What a client sends (DESIGN §3). `id` is the idempotency key. The payload is checked against its
 * type's schema by the event catalogue (event-catalogue.ts); here it is only an object.
 */
export const ClientEnvelope = z.object({
  v: z.literal(1),
  id: Uuid,
  type: EventType,
  at: IsoDateTime,
  source: EventSource,
  entityId: z.optional(Id),
  payload: z.record(z.string(), z.unknown()),
});
export type ClientEnvelope = z.infer<typeof ClientEnvelope>;

/** Who wrote an event, as the writer resolved the token. */
export const Actor = z.object({
  memberId: Id,
  name: z.string(),
  org: z.string(),
  side: Side,
});
export type Actor = z.infer<typeof Actor>;

export { Sha256Hex };
export const GENESIS_HASH = '0'.repeat(64);

/** What the writer stores: the client envelope plus sequence, receipt time, actor and chain links. */
export const StoredEnvelope = z.object({
  ...ClientEnvelope.shape,
  seq: z.int().check(z.positive()),
  receivedAt: IsoDateTime,
  actor: Actor,
  prevHash: Sha256Hex,
  hash: Sha256Hex,
});
export type StoredEnvelope = z.infer<typeof StoredEnvelope>;
