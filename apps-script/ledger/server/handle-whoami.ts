import { errorResponse, whoamiResponse } from '../../../shared/protocol/ledger-responses.ts';
import type { ErrorResponse, WhoamiRequest, WhoamiResponse } from '../../../shared/protocol/ledger-api.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { resolveMember } from './resolve-member.ts';
import { readTabs } from './sheets-store.ts';

/** `whoami`: the member a token belongs to (one read of the Members tab). */
export function handleWhoami(request: WhoamiRequest, spreadsheetId: string): WhoamiResponse | ErrorResponse {
  const [memberRows = []] = readTabs(spreadsheetId, [MEMBERS_TAB]);
  const member = resolveMember(memberRows, request.token);
  return member ? whoamiResponse(member) : errorResponse('unauthorized');
}
