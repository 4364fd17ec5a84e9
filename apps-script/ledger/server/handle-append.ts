import type { AppendRequest, AppendResponse, ErrorResponse } from '../../../shared/protocol/ledger-api.ts';
import { appendEvents } from './append-events.ts';

/** `append` from the wire (DESIGN §4): the member is whoever holds the request's token. */
export function handleAppend(request: AppendRequest, spreadsheetId: string, now: () => string): AppendResponse | ErrorResponse {
  return appendEvents(spreadsheetId, { token: request.token }, request.events, now);
}
