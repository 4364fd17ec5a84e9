import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { MAX_PULL_LIMIT } from '../../../shared/protocol/limits.ts';
import { errorResponse, pullResponse } from '../../../shared/protocol/ledger-responses.ts';
import type { ErrorResponse, PullRequest, PullResponse } from '../../../shared/protocol/ledger-api.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { logUnreadableResponse, readEventLog, storedEventsAfter } from './read-event-log.ts';
import { readLogPage } from './read-log-page.ts';
import { readStorePage } from './read-store-page.ts';
import { readTabs } from './sheets-store.ts';
import { memberForToken } from './token-index.ts';

/**
 * `pull`: stored events after `since`, at most `limit`, exactly as they were hashed (so a client can
 * check them against the head), plus the head of the whole log. The token is resolved from the token
 * index; then one read gets the page and the head (from the store's meta). A ledger without the store,
 * or not laid out as append writes it, is read as before (seq column, then the whole log).
 */
export function handlePull(request: PullRequest, spreadsheetId: string): PullResponse | ErrorResponse {
  const limit = request.limit ?? MAX_PULL_LIMIT;
  if (!memberForToken(spreadsheetId, request.token)) return errorResponse('unauthorized');
  const read = readStorePage(spreadsheetId, request.since, limit) ?? readLogPage(spreadsheetId, request.since, limit).page();
  if (read.kind === 'page') return pullResponse(read.events as StoredEvent[], read.head);
  if (read.kind === 'unreadable') return logUnreadableResponse();
  const [logRows = []] = readTabs(spreadsheetId, [EVENT_LOG_TAB]);
  const whole = readEventLog(logRows);
  if (!whole.ok) return logUnreadableResponse();
  const events = storedEventsAfter(whole.log, request.since, limit);
  if (!events.ok) return logUnreadableResponse();
  return pullResponse(events.events as StoredEvent[], whole.log.head);
}
