import * as z from 'zod/mini';
import { Member } from '../domain/member.ts';
import { Sha256Hex, StoredEnvelope } from '../ledger/event-envelope.ts';
import { MAX_EVENTS_PER_BATCH, MAX_PULL_LIMIT } from './limits.ts';

/** Errors that refuse a whole request (DESIGN §4). `busy` means nothing was stored: retry later. */
export const RequestErrorCode = z.enum(['bad_request', 'unauthorized', 'too_large', 'busy', 'internal']);
export type RequestErrorCode = z.infer<typeof RequestErrorCode>;

/** Errors that refuse one event of a batch. */
export const EventErrorCode = z.enum(['invalid', 'forbidden']);
export type EventErrorCode = z.infer<typeof EventErrorCode>;

/** `message` is one plain English sentence; clients show their own catalogue text by `code`. */
export const ErrorBody = <C extends z.ZodMiniType<string>>(code: C) => z.object({ code, message: z.string() });

const Token = z.string().check(z.minLength(1), z.maxLength(200));

/**
 * Events are `unknown` here on purpose: each is parsed on its own (event-catalogue.ts) so that one
 * bad event is answered `rejected` without refusing its neighbours.
 */
export const AppendRequest = z.object({
  v: z.literal(1),
  op: z.literal('append'),
  token: Token,
  events: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_EVENTS_PER_BATCH)),
});
export type AppendRequest = z.infer<typeof AppendRequest>;

export const PullRequest = z.object({
  v: z.literal(1),
  op: z.literal('pull'),
  token: Token,
  since: z.int().check(z.minimum(0)),
  limit: z.optional(z.int().check(z.minimum(1), z.maximum(MAX_PULL_LIMIT))),
});
export type PullRequest = z.infer<typeof PullRequest>;

export const WhoamiRequest = z.object({ v: z.literal(1), op: z.literal('whoami'), token: Token });
export type WhoamiRequest = z.infer<typeof WhoamiRequest>;

export const LedgerRequest = z.discriminatedUnion('op', [AppendRequest, PullRequest, WhoamiRequest]);
export type LedgerRequest = z.infer<typeof LedgerRequest>;

export const Head = z.object({ seq: z.int().check(z.minimum(0)), hash: Sha256Hex });
export type Head = z.infer<typeof Head>;

export const EventResult = z.object({
  id: z.string(),
  status: z.enum(['accepted', 'duplicate', 'rejected']),
  seq: z.optional(z.int()),
  error: z.optional(ErrorBody(EventErrorCode)),
});
export type EventResult = z.infer<typeof EventResult>;

export const AppendResponse = z.object({ ok: z.literal(true), results: z.array(EventResult), head: Head });
export type AppendResponse = z.infer<typeof AppendResponse>;

export const PullResponse = z.object({ ok: z.literal(true), events: z.array(StoredEnvelope), head: Head });
export type PullResponse = z.infer<typeof PullResponse>;

export const WhoamiResponse = z.object({ ok: z.literal(true), member: Member });
export type WhoamiResponse = z.infer<typeof WhoamiResponse>;

export const ErrorResponse = z.object({ ok: z.literal(false), error: ErrorBody(RequestErrorCode) });
export type ErrorResponse = z.infer<typeof ErrorResponse>;
