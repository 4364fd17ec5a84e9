import { parseValue } from '../domain/parse-value.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { type MessageParams, translate } from '../i18n/translate.ts';
import { findOversizedText } from './find-oversized-text.ts';
import { LedgerRequest, type RequestErrorCode } from './ledger-api.ts';
import { MAX_EVENTS_PER_BATCH, MAX_TEXT_LENGTH } from './limits.ts';

/** `message` is one plain English sentence, as sent on the wire; clients show protocol.error.<code>. */
export type RequestError = { code: RequestErrorCode; message: string };

export type ParsedRequest = { ok: true; request: LedgerRequest } | { ok: false; error: RequestError };

const OPS = new Set(['append', 'pull', 'whoami']);

const refuse = (code: RequestErrorCode, key: MessageKey, params?: MessageParams): ParsedRequest => {
  return { ok: false, error: { code, message: translate(key, 'en', params) } };
};

/** A client's value quoted in a message: one line (control characters become spaces), at most 40 characters. */
const describe = (value: unknown): string => {
  const text = (typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))).replace(/\p{Cc}+/gu, ' ');
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/**
 * A POST body into a ledger request, or the one reason it is refused whole (DESIGN §4). Order
 * matters: a body that is too large is refused as `too_large` before its fields are judged, so a
 * client learns to split rather than to fix fields. Events stay unparsed: each is judged alone later.
 */
export function parseLedgerRequest(text: string): ParsedRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse('bad_request', 'protocol.notJson');
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return refuse('bad_request', 'protocol.notObject');
  const fields = body as Record<string, unknown>;
  if (fields.v === undefined) return refuse('bad_request', 'protocol.missingVersion');
  if (fields.v !== 1) return refuse('bad_request', 'protocol.wrongVersion', { found: describe(fields.v) });
  if (fields.op === undefined) return refuse('bad_request', 'protocol.missingOp');
  if (typeof fields.op !== 'string' || !OPS.has(fields.op)) return refuse('bad_request', 'protocol.unknownOp', { op: describe(fields.op) });
  if (typeof fields.token !== 'string' || fields.token.trim() === '') return refuse('unauthorized', 'protocol.missingToken');
  if (fields.op === 'append') {
    if (!Array.isArray(fields.events) || fields.events.length === 0) return refuse('bad_request', 'protocol.noEvents');
    if (fields.events.length > MAX_EVENTS_PER_BATCH) {
      return refuse('too_large', 'protocol.tooManyEvents', { maximum: MAX_EVENTS_PER_BATCH, count: fields.events.length });
    }
  }
  const oversized = findOversizedText(body);
  if (oversized !== undefined) return refuse('too_large', 'protocol.textTooLong', { path: oversized, maximum: MAX_TEXT_LENGTH });
  const parsed = parseValue(LedgerRequest, body);
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    return refuse('bad_request', 'protocol.badField', { path: first.path, detail: first.message.en });
  }
  return { ok: true, request: parsed.value };
}
