import type { BilingualText } from '../domain/bilingual-text.ts';
import type { Member } from '../domain/member.ts';
import { bilingualMessage } from '../i18n/translate.ts';
import type { StoredEvent } from '../ledger/event-catalogue.ts';
import type {
  AppendResponse,
  ErrorResponse,
  EventErrorCode,
  EventResult,
  Head,
  PullResponse,
  RequestErrorCode,
  WhoamiResponse,
} from './ledger-api.ts';

export function appendResponse(results: EventResult[], head: Head): AppendResponse {
  return { ok: true, results, head };
}

export function pullResponse(events: StoredEvent[], head: Head): PullResponse {
  return { ok: true, events, head };
}

/** Only the public member fields: the token hash never leaves the sheet. */
export function whoamiResponse(member: Member): WhoamiResponse {
  return { ok: true, member: { id: member.id, name: member.name, org: member.org, side: member.side, roles: [...member.roles] } };
}

/** A refused request; without a sentence of its own it gets the catalogue's general one for its code. */
export function errorResponse(code: RequestErrorCode, message?: string): ErrorResponse {
  return { ok: false, error: { code, message: message ?? bilingualMessage(`protocol.error.${code}`).en } };
}

/** What a client shows for a request error code, in both languages. */
export function requestErrorMessage(code: RequestErrorCode): BilingualText {
  return bilingualMessage(`protocol.error.${code}`);
}

/** What a client shows for a refused event, in both languages. */
export function eventErrorMessage(code: EventErrorCode): BilingualText {
  return bilingualMessage(`protocol.event.${code}`);
}
