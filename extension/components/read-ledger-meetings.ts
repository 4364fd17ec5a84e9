import type { Meeting } from '../../shared/domain/meeting.ts';
import { LedgerMeetingsReply } from '../../shared/protocol/extension-messages.ts';
import type { MeetingRecord } from '../services/meeting-record.ts';

/** The ledger's meetings from the background's reply (`ledger-meetings`); none without a usable answer. */
export function readLedgerMeetings(reply: unknown): Meeting[] {
  const parsed = LedgerMeetingsReply.safeParse(reply);
  return parsed.success && parsed.data.ok ? parsed.data.meetings : [];
}

/** Meetings known here and in the ledger, once each (this computer's record wins: it may be newer). */
export function meetingHistory(local: readonly MeetingRecord[], ledger: readonly Meeting[]): Meeting[] {
  const byId = new Map(ledger.map((meeting) => [meeting.id, meeting]));
  for (const record of local) byId.set(record.id, record.meeting);
  return [...byId.values()];
}
