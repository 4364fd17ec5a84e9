import { parseValue } from '../domain/parse-value.ts';
import type { MessageKey } from '../i18n/catalogue.ts';
import { type MessageParams, translate } from '../i18n/translate.ts';
import { LedgerRequest, type RequestErrorCode } from './ledger-api.ts';
import { MAX_BODY_BYTES, MAX_EVENTS_PER_BATCH, MAX_NESTING_DEPTH } from './limits.ts';
import { nestsDeeperThan, utf8BytesUpTo } from './measure-json-text.ts';

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
 * A POST body into a ledger request, or the one reason it is refused whole (DESIGN §4): a body over
 * MAX_BODY_BYTES or more than MAX_EVENTS_PER_BATCH events (`too_large`, so a client learns to split),
 * nesting deeper than MAX_NESTING_DEPTH (`bad_request`, measured on the text before parsing, so
 * nothing recurses over it), bad JSON, version, op or token. Events stay unparsed: each is judged
 * alone later, and one bad event never refuses its neighbours.
 */
export function parseLedgerRequest(text: string): ParsedRequest {
  if (utf8BytesUpTo(text, MAX_BODY_BYTES) > MAX_BODY_BYTES) return refuse('too_large', 'integrity.bodyTooLarge', { maximum: MAX_BODY_BYTES });
  if (nestsDeeperThan(text, MAX_NESTING_DEPTH)) return refuse('bad_request', 'integrity.tooDeep', { maximum: MAX_NESTING_DEPTH });
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
  // A text over MAX_TEXT_LENGTH inside an event refuses that event alone (parseClientEvent); the
  // request's own fields are bounded by its schema.
  const parsed = parseValue(LedgerRequest, body);
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    return refuse('bad_request', 'protocol.badField', { path: first.path, detail: first.message.en });
  }
  return { ok: true, request: parsed.value };
}
