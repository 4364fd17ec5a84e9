import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { MAX_PULL_LIMIT } from '../../../shared/protocol/limits.ts';
import { errorResponse, pullResponse } from '../../../shared/protocol/ledger-responses.ts';
import type { ErrorResponse, PullRequest, PullResponse } from '../../../shared/protocol/ledger-api.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { EVENT_LOG_TAB, MEMBERS_TAB } from './ledger-tabs.ts';
import { readEventLog, storedEventsAfter } from './read-event-log.ts';
import { resolveMember } from './resolve-member.ts';
import { readTabs } from './sheets-store.ts';

/**
 * `pull`: stored events after `since`, at most `limit`, exactly as they were hashed (so a client can
 * check them against the head), plus the head of the whole log. One read for members and log.
 */
export function handlePull(request: PullRequest, spreadsheetId: string): PullResponse | ErrorResponse {
  const [memberRows = [], logRows = []] = readTabs(spreadsheetId, [MEMBERS_TAB, EVENT_LOG_TAB]);
  if (!resolveMember(memberRows, request.token)) return errorResponse('unauthorized');
  const read = readEventLog(logRows);
  if (!read.ok) return errorResponse('internal', translate('apps-script.logUnreadable', 'en'));
  const page = storedEventsAfter(read.log, request.since, request.limit ?? MAX_PULL_LIMIT);
  if (!page.ok) return errorResponse('internal', translate('apps-script.logUnreadable', 'en'));
  return pullResponse(page.events as StoredEvent[], read.log.head);
}
