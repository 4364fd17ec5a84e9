import { bilingualMessage } from '../../../shared/i18n/translate.ts';
import { appendAsConsole, type ConsoleAnswer, type ConsoleError, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Console › Meetings: a coordinator calls off a scheduled meeting (`meeting.cancelled`) with the reason
 * in English and French, through the ledger's one write path. Refused, with nothing stored, for a
 * meeting the ledger does not hold, one already held (its record is history) or already cancelled,
 * and without a reason in both languages; the ledger's role table admits coordinators only.
 */
export function consoleCancelMeeting(input: { meetingId?: unknown; reasonEn?: unknown; reasonFr?: unknown }): ConsoleAnswer {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const member = consoleMember(user.email, readMemberRecords());
  if (!member) return refused('console.error.notLinked');
  const ledger = readConsoleLedger();
  if (!ledger.ok) return refused('console.error.logUnreadable');
  const view = ledger.views.meetings.find((m) => m.meeting.id === input?.meetingId);
  if (!view) return refused('publish.error.noMeeting');
  if (view.cancelled) return refused('gate.cancel.error.already');
  if (view.meeting.heldAt) return refused('gate.cancel.error.held');
  const reason = { en: text(input?.reasonEn), fr: text(input?.reasonFr) };
  const errors: ConsoleError[] = [];
  if (reason.en === '') errors.push({ path: 'reasonEn', message: bilingualMessage('gate.cancel.error.reasonEn') });
  if (reason.fr === '') errors.push({ path: 'reasonFr', message: bilingualMessage('gate.cancel.error.reasonFr') });
  if (errors.length > 0) return { ok: false, errors };
  return appendAsConsole(member, [{ type: 'meeting.cancelled', payload: { meetingId: view.meeting.id, reason } }]);
}
