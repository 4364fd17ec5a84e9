import { EmailAddress } from '../../../shared/domain/email-address.ts';
import type { Side } from '../../../shared/domain/side.ts';
import type { Language } from '../../../shared/i18n/language.ts';
import type { MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { weeklyDigest } from '../../../shared/ledger/views/weekly-digest.ts';
import { type ConsoleAnswer, refused } from './console-append.ts';
import { consoleMember, consoleUser, isConsoleCoordinator, readMemberRecords } from './console-identity.ts';
import { readConsoleLedger } from './console-ledger.ts';
import { userLanguage } from './user-language.ts';

/** The top-level function the weekly trigger runs (exported from index.ts under this name). */
export const WEEKLY_HANDLER = 'sendWeeklyDigest';

/**
 * Who receives the weekly email: a coordinator's member id, their address and language. Kept in script
 * properties, never in the spreadsheet: the Members tab holds no addresses, and a ledger's tabs may be
 * shared or published where a coordinator's address has no business.
 */
const RECIPIENTS_KEY = 'cocreate.console.digest.recipients';

type Recipient = { memberId: string; email: string; language: Language };

/** A coordinator as the Dashboard lists them for the weekly email. */
export type DigestRecipient = { memberId: string; name: string; side: Side; email?: string; language: Language };

function storedRecipients(): Recipient[] {
  const raw = PropertiesService.getScriptProperties().getProperty(RECIPIENTS_KEY);
  if (raw === null) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!Array.isArray(parsed)) return [];
    // Whatever is there was written by this file, but a hand-edited property must not make the trigger throw.
    return parsed.filter(
      (r): r is Recipient =>
        typeof r?.memberId === 'string' && EmailAddress.safeParse(r?.email).success && (r?.language === 'en' || r?.language === 'fr'),
    );
  } catch {
    return [];
  }
}

function storeRecipients(recipients: readonly Recipient[]): void {
  PropertiesService.getScriptProperties().setProperty(RECIPIENTS_KEY, JSON.stringify(recipients));
}

/** Only active coordinators count: a revoked token, or a role taken away, stops the email at once. */
const coordinators = (records: ReadonlyArray<{ record: MemberRecord }>) => records.map((m) => m.record).filter(isConsoleCoordinator);

/** The active coordinators, each with the address and language stored for them (if any), for the Dashboard. */
export function digestRecipients(records: ReadonlyArray<{ record: MemberRecord }>, fallback: Language): DigestRecipient[] {
  const stored = storedRecipients();
  return coordinators(records).map((member) => {
    const found = stored.find((r) => r.memberId === member.id);
    return { memberId: member.id, name: member.name, side: member.side, language: found?.language ?? fallback, ...(found ? { email: found.email } : {}) };
  });
}

const weeklyTriggers = () => ScriptApp.getProjectTriggers().filter((trigger) => trigger.getHandlerFunction() === WEEKLY_HANDLER);

/** Whether the weekly email is on: the owner's time-driven trigger exists (the trigger is the setting, so nothing can disagree with it). */
export function isWeeklyEmailOn(): boolean {
  return weeklyTriggers().length > 0;
}

function linkedCoordinator() {
  const user = consoleUser();
  if (!user.ok) return { ok: false as const, answer: refused(user.reason) };
  const records = readMemberRecords();
  const member = consoleMember(user.email, records);
  return member ? { ok: true as const, email: user.email, member, records } : { ok: false as const, answer: refused('console.error.notLinked') };
}

/**
 * Console › Dashboard: turns the weekly email on (one time-driven trigger, Mondays at 8 in the script's
 * time zone) or off (every such trigger deleted). Installable triggers run as the user who made them
 * (guides/triggers/installable), so only the owner's console may make one. Off by default. Turned on
 * with no address stored yet, it starts with the owner's own, for their linked coordinator record.
 */
export function consoleSetWeeklyEmail(on: unknown): ConsoleAnswer<{ on: boolean }> {
  if (typeof on !== 'boolean') return refused('digest.error.onOff');
  const who = linkedCoordinator();
  if (!who.ok) return who.answer;
  const existing = weeklyTriggers();
  if (!on) {
    for (const trigger of existing) ScriptApp.deleteTrigger(trigger);
    return { ok: true, value: { on: false } };
  }
  const active = new Set(coordinators(who.records).map((m) => m.id));
  if (!storedRecipients().some((r) => active.has(r.memberId))) {
    if (!EmailAddress.safeParse(who.email).success) return refused('digest.error.noRecipient');
    storeRecipients([...storedRecipients(), { memberId: who.member.id, email: who.email, language: userLanguage() }]);
  }
  // Installed once: a second "on" adds nothing, and a duplicate left by an earlier race is removed.
  if (existing.length === 0) ScriptApp.newTrigger(WEEKLY_HANDLER).timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(8).create();
  for (const extra of existing.slice(1)) ScriptApp.deleteTrigger(extra);
  return { ok: true, value: { on: true } };
}

export type RecipientInput = { memberId?: unknown; email?: unknown; language?: unknown };

/** Console › Dashboard: one coordinator's address and language for the weekly email; an empty address takes them off the list. */
export function consoleSaveDigestRecipient(input: RecipientInput): ConsoleAnswer<{ email: string }> {
  const who = linkedCoordinator();
  if (!who.ok) return who.answer;
  const member = coordinators(who.records).find((m) => m.id === input?.memberId);
  if (!member) return refused('digest.error.notCoordinator', undefined, 'memberId');
  const email = typeof input?.email === 'string' ? input.email.trim() : '';
  if (email !== '' && !EmailAddress.safeParse(email).success) return refused('digest.error.email', undefined, 'email');
  if (input?.language !== 'en' && input?.language !== 'fr') return refused('schema.notAllowed', { values: 'en, fr' }, 'language');
  const others = storedRecipients().filter((r) => r.memberId !== member.id);
  storeRecipients(email === '' ? others : [...others, { memberId: member.id, email, language: input.language }]);
  return { ok: true, value: { email } };
}

/**
 * Trigger: emails each active coordinator with a stored address what needs attention this week, in
 * their language, as plain text; nobody else (a recipient whose member was revoked or lost the role is
 * skipped). One address gets one email. MailApp counts recipients a day (100 for a consumer account,
 * 1,500 for Workspace: guides/services/quotas), so it stops when the day's quota is spent, and one
 * failed send does not keep the others from going. Sends nothing when the ledger cannot be read.
 */
export function sendWeeklyDigest(): void {
  const ledger = readConsoleLedger();
  if (!ledger.ok) return;
  const active = new Set(coordinators(readMemberRecords()).map((m) => m.id));
  const seen = new Set<string>();
  const url = SpreadsheetApp.getActive().getUrl();
  for (const recipient of storedRecipients()) {
    const address = recipient.email.toLowerCase();
    if (!active.has(recipient.memberId) || seen.has(address)) continue;
    seen.add(address);
    if (MailApp.getRemainingDailyQuota() < 1) return;
    const { subject, body } = weeklyDigest(ledger.views.dashboard, recipient.language, url);
    try {
      MailApp.sendEmail(recipient.email, subject, body);
    } catch (error) {
      console.warn(`weekly email to one coordinator not sent: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
