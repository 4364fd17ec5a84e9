import * as z from 'zod/mini';
import { Uuid } from '../../shared/domain/id.ts';
import { IsoDateTime } from '../../shared/domain/iso-time.ts';
import { ClientEnvelope } from '../../shared/ledger/event-envelope.ts';

/** Why the ledger refused an event (its per-event error); kept with the entry and shown. */
export const OutboxError = z.object({ code: z.string(), message: z.string() });
export type OutboxError = z.infer<typeof OutboxError>;

/**
 * One event waiting for the ledger, keyed by the event id (the idempotency key, so a retry sends
 * the very same id). `position` is a local counter so the outbox drains in the order things
 * happened; `state` lets refused entries stay, visible, without blocking the queue.
 */
export const OutboxEntry = z.object({
  v: z.literal(1),
  id: Uuid,
  position: z.int().check(z.minimum(0)),
  state: z.enum(['queued', 'rejected']),
  event: ClientEnvelope,
  queuedAt: IsoDateTime,
  attempts: z.int().check(z.minimum(0)),
  error: z.optional(OutboxError),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;
