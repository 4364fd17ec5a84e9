import type { Meeting } from '../../shared/domain/meeting.ts';
import { type JoinableMeeting, LedgerMeetingsReply } from '../../shared/protocol/extension-messages.ts';
import type { MeetingRecord } from '../services/meeting-record.ts';

/** The ledger's meetings, and those this member may join, from the background's reply (`ledger-meetings`); none without a usable answer. */
export function readLedgerMeetings(reply: unknown): { meetings: Meeting[]; joinable: JoinableMeeting[] } {
  const parsed = LedgerMeetingsReply.safeParse(reply);
  return parsed.success && parsed.data.ok ? { meetings: parsed.data.meetings, joinable: parsed.data.joinable ?? [] } : { meetings: [], joinable: [] };
}

/** Meetings known here and in the ledger, once each (this computer's record wins: it may be newer). */
export function meetingHistory(local: readonly MeetingRecord[], ledger: readonly Meeting[]): Meeting[] {
  const byId = new Map(ledger.map((meeting) => [meeting.id, meeting]));
  for (const record of local) byId.set(record.id, record.meeting);
  return [...byId.values()];
}
