import { parseValue } from '../../../shared/domain/parse-value.ts';
import type { Role } from '../../../shared/domain/role.ts';
import { hashToken } from '../../../shared/ledger/hash-token.ts';
import { ROLE_SIDE } from '../../../shared/ledger/authorise-event.ts';
import { encodeMemberRow, isActiveMember, MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { type ConsoleAnswer, fieldErrors, refused } from './console-append.ts';
import { consoleMember, consoleUser, isConsoleCoordinator, linkMember, readMemberRecords } from './console-identity.ts';
import { newToken } from './issue-token.ts';
import { MEMBERS_TAB } from './ledger-tabs.ts';
import { withScriptLock } from './script-lock.ts';
import { sha256Hex } from './sha256-hex.ts';
import { appendRows, writeRow } from './sheets-store.ts';
import { forgetMembers } from './token-index.ts';
import { ledgerSpreadsheetId } from './spreadsheet-id.ts';

export type IssueTokenInput = { name?: unknown; org?: unknown; side?: unknown; roles?: unknown; isMe?: unknown };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/**
 * Console › Members: a member with only their token's hash in the Members tab (as the menu's prompt
 * version does), the token answered once for the coordinator to pass on. `isMe` links the console to
 * this record, which must then be a coordinator's. A signatory role of the other side is refused here,
 * as the writer would refuse every sign-off it made (R20), rather than issued and useless.
 */
export function consoleIssueToken(input: IssueTokenInput): ConsoleAnswer<{ token: string; memberId: string; name: string }> {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  if (input?.side !== 'government' && input?.side !== 'csn' && input?.side !== 'other') return refused('console.members.error.side', undefined, 'side');
  const roles = Array.isArray(input?.roles) ? [...new Set(input.roles.map(String))] : [];
  if (roles.length === 0) return refused('console.members.error.noRole', undefined, 'roles');
  const token = newToken();
  const parsed = parseValue(MemberRecord, {
    id: Utilities.getUuid(),
    name: text(input?.name),
    org: text(input?.org) ?? '',
    side: input?.side,
    roles,
    tokenHash: hashToken(token, sha256Hex),
    issuedAt: new Date().toISOString(),
  });
  if (!parsed.ok) return fieldErrors(parsed.errors);
  const record = parsed.value;
  const misplaced = record.roles.find((role: Role) => ROLE_SIDE[role] !== undefined && ROLE_SIDE[role] !== record.side);
  if (misplaced !== undefined) return refused(`console.members.error.signatorySide.${misplaced as 'gov_signatory' | 'csn_signatory'}`, undefined, 'roles');
  const isMe = input?.isMe === true;
  if (isMe && !isConsoleCoordinator(record)) return refused('console.members.error.meNeedsCoordinator', undefined, 'roles');
  const spreadsheetId = ledgerSpreadsheetId();
  const done = withScriptLock(() => appendRows(spreadsheetId, MEMBERS_TAB, [encodeMemberRow(record)]));
  if (!done.ok) return refused('apps-script.lockBusy');
  // The token index (read before the lock) must learn the new token now, not when its cache expires.
  forgetMembers();
  if (isMe) linkMember(user.email, record.id);
  return { ok: true, value: { token, memberId: record.id, name: record.name } };
}

/** Console › Members: the token of one member stops working; the row stays, so past events still name them. */
export function consoleRevokeToken(memberId: unknown): ConsoleAnswer {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const spreadsheetId = ledgerSpreadsheetId();
  const done = withScriptLock((): ConsoleAnswer => {
    const records = readMemberRecords(spreadsheetId);
    const found = records.find((m) => m.record.id === memberId && isActiveMember(m.record));
    if (!found) return refused('console.members.error.notFound');
    if (consoleMember(user.email, records)?.id === found.record.id) return refused('console.members.error.revokeSelf');
    writeRow(spreadsheetId, MEMBERS_TAB, found.row, encodeMemberRow({ ...found.record, revokedAt: new Date().toISOString() }));
    // A revoked token stops working at once: the token index is read again by the next request.
    forgetMembers();
    return { ok: true, value: null };
  });
  return done.ok ? done.value : refused('apps-script.lockBusy');
}

/** Console › Members: "this coordinator record is me", for a record issued before the console existed. */
export function consoleLinkMe(memberId: unknown): ConsoleAnswer {
  const user = consoleUser();
  if (!user.ok) return refused(user.reason);
  const found = readMemberRecords().find((m) => m.record.id === memberId);
  if (!found || !isConsoleCoordinator(found.record)) return refused('console.members.error.meNeedsCoordinator');
  linkMember(user.email, found.record.id);
  return { ok: true, value: null };
}
