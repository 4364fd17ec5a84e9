import type { Digest } from '../../../shared/domain/canonical-json.ts';
import { translate } from '../../../shared/i18n/translate.ts';
import { GENESIS_HASH } from '../../../shared/ledger/event-envelope.ts';
import type { MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { EMPTY_LEDGER_STATE, type LedgerState } from '../../../shared/ledger/ledger-state.ts';
import { ledgerStateOf } from '../../../shared/ledger/ledger-state-of.ts';
import { planAppend } from '../../../shared/ledger/plan-append.ts';
import type { AppendResponse, ErrorResponse, Head } from '../../../shared/protocol/ledger-api.ts';
import { appendResponse, errorResponse } from '../../../shared/protocol/ledger-responses.ts';
import { EVENT_LOG_TAB } from './ledger-tabs.ts';
import { logUnreadableResponse, readEventLog, typedEvents } from './read-event-log.ts';
import { readLogIds } from './read-log-ids.ts';
import { coordinatorIds, resolveMember } from './resolve-member.ts';
import { rewriteViewTabs } from './rewrite-view-tabs.ts';
import { withScriptLock } from './script-lock.ts';
import { sha256Hex } from './sha256-hex.ts';
import { appendRows, readTabs } from './sheets-store.ts';

const lowerCased = (ids: ReadonlySet<string>): Set<string> => new Set([...ids].map((id) => id.toLowerCase()));

/** Who is writing: a member token from the wire, or a member the script already knows (the console). */
export type Writer = { token: string } | { member: MemberRecord };

/**
 * The one code path that stores events (DESIGN §3), for the web app and the coordinator console alike,
 * under the script lock. One read of members and the log's ids tells which events are new. A batch with
 * none (a retry after a lost answer) then reads only the head row and writes nothing: 2 small reads.
 * Otherwise one read of the whole log (for the head and the fold), the pure planner, one RAW append of
 * every accepted row, then the touched views. The number of calls does not depend on the batch size.
 */
export function appendEvents(spreadsheetId: string, writer: Writer, events: readonly unknown[], now: () => string): AppendResponse | ErrorResponse {
  const locked = withScriptLock(() => {
    const ids = readLogIds(spreadsheetId);
    const member = 'member' in writer ? writer.member : resolveMember(ids.memberRows, writer.token);
    if (!member) return errorResponse('unauthorized');
    const receivedAt = now();
    const plan = (state: LedgerState, head: Head, digest: Digest) => planAppend({ state, head, events, member, receivedAt, digest });
    // A first pass with the ids alone and a stand-in head asks whether anything could be stored:
    // duplicates, invalid events and role refusals do not depend on the records' owners or versions.
    const probe = plan({ ...EMPTY_LEDGER_STATE, knownIds: lowerCased(ids.knownIds) }, { seq: 0, hash: GENESIS_HASH }, sha256Hex);
    if (probe.rows.length === 0 && !probe.stateDependent) {
      const head = ids.head();
      if (!head.ok) return logUnreadableResponse();
      return appendResponse(probe.results, head.head);
    }
    const [logRows = []] = readTabs(spreadsheetId, [EVENT_LOG_TAB]);
    const read = readEventLog(logRows);
    if (!read.ok) return logUnreadableResponse();
    const typed = typedEvents(read.log);
    const coordinators = coordinatorIds(ids.memberRows);
    const state = ledgerStateOf(typed, coordinators);
    // Rows today's schemas refuse still hold their ids: a re-sent old event stays a duplicate.
    const stored = plan({ ...state, knownIds: new Set([...state.knownIds, ...lowerCased(read.log.knownIds)]) }, read.log.head, sha256Hex);
    if (stored.rows.length > 0) {
      appendRows(spreadsheetId, EVENT_LOG_TAB, stored.rows);
      // The events are stored: a view that fails to refresh is rebuilt later, never reported as a loss.
      try {
        rewriteViewTabs(spreadsheetId, [...typed, ...stored.accepted], stored.touchedTabs, coordinators);
      } catch (error) {
        console.error(`views not refreshed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return appendResponse(stored.results, stored.head);
  });
  return locked.ok ? locked.value : errorResponse('busy', translate('apps-script.busy', 'en'));
}
