import * as z from 'zod/mini';

/** An opaque identifier: a UUID made by a client, or a stable slug. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));
export type Id = z.infer<typeof Id>;

/** A client-made UUID, the idempotency key of ledger events. */
export const Uuid = z.string().check(
  z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i),
);
export type Uuid = z.infer<typeof Uuid>;
