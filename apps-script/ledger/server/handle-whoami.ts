import { errorResponse, whoamiResponse } from '../../../shared/protocol/ledger-responses.ts';
import type { ErrorResponse, WhoamiRequest, WhoamiResponse } from '../../../shared/protocol/ledger-api.ts';
import { memberForToken } from './token-index.ts';

/** `whoami`: the member a token belongs to (from the token index; one Members read when it is cold). */
export function handleWhoami(request: WhoamiRequest, spreadsheetId: string): WhoamiResponse | ErrorResponse {
  const member = memberForToken(spreadsheetId, request.token);
  return member ? whoamiResponse(member) : errorResponse('unauthorized');
}
