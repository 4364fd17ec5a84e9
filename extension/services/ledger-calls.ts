import * as z from 'zod/mini';
import type { Member } from '../../shared/domain/member.ts';
import type { ClientEnvelope, StoredEnvelope } from '../../shared/ledger/event-envelope.ts';
import {
  AppendResponse,
  ErrorResponse,
  type EventResult,
  type Head,
  PullResponse,
  type RequestErrorCode,
  WhoamiResponse,
} from '../../shared/protocol/ledger-api.ts';
import { MAX_PULL_LIMIT } from '../../shared/protocol/limits.ts';
import type { LedgerReply, LedgerTransport } from '../adapters/ledger-client.ts';

/** A failed call, by what it means for the caller. */
export type CallFailure =
  /** `retryAfterMs`: the ledger's hint (docs/ledger-events.md), sent with `busy` when Google throttles it. */
  /** `crowded`: Google turned the request away before the ledger ran and gave no hint (too many executions). */
  | { kind: 'refused'; code: RequestErrorCode; message: string; retryAfterMs?: number; crowded?: true }
  | { kind: 'network'; detail: string }
  | { kind: 'bad-response'; detail: string };

/** The retry hint beside an error body; the protocol's own schema leaves it out, so it is read here. */
const RetryHint = z.object({ error: z.object({ retryAfterMs: z.number().check(z.minimum(0), z.maximum(3_600_000)) }) });

export type CallOutcome<T> = ({ kind: 'ok' } & T) | CallFailure;

/** Reads a reply as `success` or as the protocol's error body; anything else is not the ledger. */
function read<T extends z.ZodMiniType>(reply: LedgerReply, success: T): { kind: 'ok'; value: z.infer<T> } | CallFailure {
  // Google turned the request away before the ledger ran: nothing stored, the same as the ledger's busy.
  if (reply.kind === 'throttled') return { kind: 'refused', code: 'busy', message: reply.detail, ...(reply.retryAfterMs ? { retryAfterMs: reply.retryAfterMs } : { crowded: true }) };
  if (reply.kind !== 'json') return reply;
  const ok = success.safeParse(reply.body);
  if (ok.success) return { kind: 'ok', value: ok.data as z.infer<T> };
  const error = ErrorResponse.safeParse(reply.body);
  if (error.success) {
    const hint = RetryHint.safeParse(reply.body);
    return { kind: 'refused', code: error.data.error.code, message: error.data.error.message, ...(hint.success ? { retryAfterMs: hint.data.error.retryAfterMs } : {}) };
  }
  return { kind: 'bad-response', detail: 'not a protocol v1 answer' };
}

export type Connection = { transport: LedgerTransport; ledgerUrl: string; token: string };

export async function appendEvents(
  { transport, ledgerUrl, token }: Connection,
  events: readonly ClientEnvelope[],
): Promise<CallOutcome<{ results: EventResult[]; head: Head }>> {
  const outcome = read(await transport(ledgerUrl, { v: 1, op: 'append', token, events: [...events] }), AppendResponse);
  return outcome.kind === 'ok' ? { kind: 'ok', results: outcome.value.results, head: outcome.value.head } : outcome;
}

export async function pullEvents(
  { transport, ledgerUrl, token }: Connection,
  since: number,
  limit = MAX_PULL_LIMIT,
): Promise<CallOutcome<{ events: StoredEnvelope[]; head: Head }>> {
  const outcome = read(await transport(ledgerUrl, { v: 1, op: 'pull', token, since, limit }), PullResponse);
  return outcome.kind === 'ok' ? { kind: 'ok', events: outcome.value.events, head: outcome.value.head } : outcome;
}

export async function whoami({ transport, ledgerUrl, token }: Connection): Promise<CallOutcome<{ member: Member }>> {
  const outcome = read(await transport(ledgerUrl, { v: 1, op: 'whoami', token }), WhoamiResponse);
  return outcome.kind === 'ok' ? { kind: 'ok', member: outcome.value.member } : outcome;
}
