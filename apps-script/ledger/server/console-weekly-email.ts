import { weeklyDigest } from '../../../shared/ledger/views/weekly-digest.ts';
import { type ConsoleAnswer, refused } from './console-append.ts';
import { consoleMember, consoleUser, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';
import { userLanguage } from './user-language.ts';

/** The top-level function the weekly trigger runs (exported from index.ts under this name). */
export const WEEKLY_HANDLER = 'sendWeeklyDigest';

const weeklyTriggers = () => ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === WEEKLY_HANDLER);

/** Whether the owner's weekly email is on: their time-driven trigger exists (the trigger is the setting, so nothing can disagree with it). */
export function isWeeklyEmailOn(): boolean {
  return weeklyTriggers().length > 0;
}

/**
 * Console › Dashboard: turns the weekly email on (one time-driven trigger, Mondays at 8 in the script's
 * time zone) or off (every such trigger deleted). Installable triggers run as the user who made them
 * (guides/triggers/installable), so only the owner's console may make one. Off by default.
 */
export function consoleSetWeeklyEmail(on: unknown): ConsoleAnswer<{ on: boolean }> {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  if (!consoleMember(user.email, readMemberRecords())) return refused('console.error.notLinked');
  const existing = weeklyTriggers();
  if (on === true && existing.length === 0) {
    ScriptApp.newTrigger(WEEKLY_HANDLER).timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
  }
  if (on !== true) for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
  return { ok: true, value: { on: on === true } };
}

/**
 * Trigger: emails the owner what needs attention this week, in their language, as plain text. It sends
 * to the effective user (the owner who turned it on): the Members tab keeps no email addresses, and a
 * trigger cannot send as anyone else. Sends nothing when the ledger cannot be read.
 */
export function sendWeeklyDigest(): void {
  const to = Session.getEffectiveUser().getEmail();
  const ledger = readConsoleLedger();
  if (!ledger.ok || to === '') return;
  const { subject, body } = weeklyDigest(ledger.views.dashboard, userLanguage(), SpreadsheetApp.getActive().getUrl());
  MailApp.sendEmail(to, subject, body);
}
