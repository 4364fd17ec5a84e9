import { translate } from '../../../shared/i18n/translate.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import { appendResponse, errorResponse } from '../../../shared/protocol/ledger-responses.ts';
import type { AppendRequest, AppendResponse, ErrorResponse } from '../../../shared/protocol/ledger-api.ts';
import { EVENT_LOG_TAB, MEMBERS_TAB } from './ledger-tabs.ts';
import { logUnreadableResponse, readEventLog, typedEvents } from './read-event-log.ts';
import { rewriteViewTabs } from './rewrite-view-tabs.ts';
import { resolveMember } from './resolve-member.ts';
import { withScriptLock } from './script-lock.ts';
import { sha256Hex } from './sha256-hex.ts';
import { appendRows, readTabs } from './sheets-store.ts';

/**
 * `append` (DESIGN §3, §4): under the script lock, one read of members and log, the pure planner, one
 * RAW append of every accepted row, then the touched views. The number of spreadsheet calls does not
 * depend on how many events the batch holds.
 */
export function handleAppend(request: AppendRequest, spreadsheetId: string, now: () => string): AppendResponse | ErrorResponse {
  const locked = withScriptLock(() => {
    const [memberRows = [], logRows = []] = readTabs(spreadsheetId, [MEMBERS_TAB, EVENT_LOG_TAB]);
    const member = resolveMember(memberRows, request.token);
    if (!member) return errorResponse('unauthorized');
    const read = readEventLog(logRows);
    if (!read.ok) return logUnreadableResponse();
    const plan = planAppend({
      knownIds: read.log.knownIds,
      head: read.log.head,
      events: request.events,
      member,
      receivedAt: now(),
      digest: sha256Hex,
    });
    if (plan.rows.length > 0) {
      appendRows(spreadsheetId, EVENT_LOG_TAB, plan.rows);
      // The events are stored: a view that fails to refresh is rebuilt later, never reported as a loss.
      try {
        rewriteViewTabs(spreadsheetId, [...typedEvents(read.log), ...plan.accepted], plan.touchedTabs);
      } catch (error) {
        console.error(`views not refreshed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return appendResponse(plan.results, plan.head);
  });
  return locked.ok ? locked.value : errorResponse('busy', translate('apps-script.busy', 'en'));
}
