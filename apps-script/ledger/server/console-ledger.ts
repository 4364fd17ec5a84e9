import type { StoredEvent } from '../../../shared/ledger/event-catalogue.ts';
import { ledgerStateOf } from '../../../shared/ledger/ledger-state-of.ts';
import type { NotesApprovalState } from '../../../shared/ledger/notes-approval-state.ts';
import { foldEvents, type LedgerViews } from '../../../shared/ledger/views/index.ts';
import { EVENT_LOG_TAB, MEMBERS_TAB } from './ledger-tabs.ts';
import { coordinatorIds } from './resolve-member.ts';
import { readEventLog, typedEvents } from './read-event-log.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

export type ConsoleLedger =
  | {
      ok: true;
      events: StoredEvent[];
      views: LedgerViews;
      today: string;
      /** Each meeting's notes draft and co-chair approvals, as the writer judges a publication with them. */
      meetingNotes: ReadonlyMap<string, NotesApprovalState>;
    }
  | { ok: false };

/** Today as the view tabs count it (UTC, as rewriteViewTabs does), so the console and the tabs agree. */
export function consoleToday(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The ledger as the console shows it: one read of the event log, folded into the views (the same fold
 * that builds the view tabs). Reading takes no lock: the log is append-only, so a read between two
 * appends is a consistent prefix.
 */
export function readConsoleLedger(spreadsheetId = ledgerSpreadsheetId()): ConsoleLedger {
  const [rows = [], memberRows = []] = readTabs(spreadsheetId, [EVENT_LOG_TAB, MEMBERS_TAB]);
  const read = readEventLog(rows);
  if (!read.ok) return { ok: false };
  const events = typedEvents(read.log);
  const today = consoleToday();
  // The Members tab's coordinators, as the view tabs are folded: a coordinator's correction of an
  // attendee's meeting shows in the console before that coordinator wrote any coordinator-only event.
  const coordinators = coordinatorIds(memberRows);
  return { ok: true, events, views: foldEvents(events, { today, coordinators }), today, meetingNotes: ledgerStateOf(events, coordinators).meetingNotes ?? new Map() };
}
