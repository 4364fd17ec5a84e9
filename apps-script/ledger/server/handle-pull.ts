import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { MAX_PULL_LIMIT } from '../../../shared/protocol/limits.ts';
import { errorResponse, pullResponse } from '../../../shared/protocol/ledger-responses.ts';
import type { ErrorResponse, PullRequest, PullResponse } from '../../../shared/protocol/ledger-api.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { logUnreadableResponse, readEventLog, storedEventsAfter } from './read-event-log.ts';
import { readLogPage } from './read-log-page.ts';
import { resolveMember } from './resolve-member.ts';
import { readTabs } from './sheets-store.ts';

/**
 * `pull`: stored events after `since`, at most `limit`, exactly as they were hashed (so a client can
 * check them against the head), plus the head of the whole log. It reads the page and the head row,
 * not the whole log, unless the log is not laid out as append writes it.
 */
export function handlePull(request: PullRequest, spreadsheetId: string): PullResponse | ErrorResponse {
  const limit = request.limit ?? MAX_PULL_LIMIT;
  const { memberRows, page } = readLogPage(spreadsheetId, request.since, limit);
  if (!resolveMember(memberRows, request.token)) return errorResponse('unauthorized');
  const read = page();
  if (read.kind === 'page') return pullResponse(read.events as StoredEvent[], read.head);
  if (read.kind === 'unreadable') return logUnreadableResponse();
  const [logRows = []] = readTabs(spreadsheetId, [EVENT_LOG_TAB]);
  const whole = readEventLog(logRows);
  if (!whole.ok) return logUnreadableResponse();
  const events = storedEventsAfter(whole.log, request.since, limit);
  if (!events.ok) return logUnreadableResponse();
  return pullResponse(events.events as StoredEvent[], whole.log.head);
}
