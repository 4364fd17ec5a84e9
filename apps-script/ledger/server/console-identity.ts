import { isActiveMember, type MemberRecord } from '../../../shared/ledger/members-codec.ts';
import type { MessageKey } from '../../../shared/i18n/catalogue.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { readMembers } from './resolve-member.ts';
import { readTabs } from './sheets-store.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

const LINK_PREFIX = 'cocreate.console.member:';

/**
 * Who may use the console: the spreadsheet's owner only. The ledger is one spreadsheet owned by the
 * coordinator and shared with edit rights with nobody (DESIGN §3), but should someone be given edit
 * rights anyway, the console still refuses them: an editor who is not the owner never writes. A
 * sidebar call runs as the user who opened it, so `Session.getActiveUser()` is that person
 * (developers.google.com/apps-script/reference/base/session#getActiveUser()); `Spreadsheet.getOwner()`
 * is null in a shared drive, where ownership means nothing, so the console refuses there too.
 */
export type ConsoleUser = { ok: true; email: string } | { ok: false; reason: MessageKey };

export function consoleUser(): ConsoleUser {
  const email = Session.getActiveUser().getEmail().trim().toLowerCase();
  if (email === '') return { ok: false, reason: 'console.error.noUser' };
  const owner = SpreadsheetApp.getActive().getOwner();
  if (owner === null) return { ok: false, reason: 'console.error.sharedDrive' };
  if (owner.getEmail().trim().toLowerCase() !== email) return { ok: false, reason: 'console.error.notOwner' };
  return { ok: true, email };
}

/** Members rows as records with their sheet rows (the console lists and revokes from these). */
export function readMemberRecords(spreadsheetId = ledgerSpreadsheetId()): Array<{ row: number; record: MemberRecord }> {
  const [rows = []] = readTabs(spreadsheetId, [MEMBERS_TAB]);
  return readMembers(rows);
}

/**
 * The member the console writes as: the owner links themselves once to their own coordinator record
 * (kept in script properties under their email, so a transfer of ownership does not carry it over).
 * Only an active member holding the coordinator role can be linked; a revoked one stops counting.
 */
export function linkedMemberId(email: string): string | null {
  return PropertiesService.getScriptProperties().getProperty(`${LINK_PREFIX}${email}`);
}

export function linkMember(email: string, memberId: string): void {
  PropertiesService.getScriptProperties().setProperty(`${LINK_PREFIX}${email}`, memberId);
}

export function isConsoleCoordinator(record: MemberRecord): boolean {
  return isActiveMember(record) && record.roles.includes('coordinator');
}

export function consoleMember(email: string, records: ReadonlyArray<{ record: MemberRecord }>): MemberRecord | undefined {
  const id = linkedMemberId(email);
  if (id === null) return undefined;
  const found = records.find((m) => m.record.id === id)?.record;
  return found && isConsoleCoordinator(found) ? found : undefined;
}
