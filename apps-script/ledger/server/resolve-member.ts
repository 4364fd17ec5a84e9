import { hashToken } from '../../../shared/ledger/hash-token.ts';
import { decodeMemberRow, findMemberByTokenHash, isMembersHeader, type MemberRecord } from '../../../shared/ledger/members-codec.ts';
import { sha256Hex } from './sha256-hex.ts';

/** Members tab rows (header first) as records; rows that do not decode open nothing. */
export function readMembers(rows: readonly (readonly unknown[])[]): Array<{ row: number; record: MemberRecord }> {
  const out: Array<{ row: number; record: MemberRecord }> = [];
  rows.forEach((cells, i) => {
    if (i === 0 && isMembersHeader(cells)) return;
    const decoded = decodeMemberRow(cells);
    if (decoded.ok) out.push({ row: i + 1, record: decoded.value });
  });
  return out;
}

/** The active member holding this token, found by its hash: the sheet never holds a token itself. */
export function resolveMember(rows: readonly (readonly unknown[])[], token: string): MemberRecord | undefined {
  return findMemberByTokenHash(
    readMembers(rows).map((m) => m.record),
    hashToken(token, sha256Hex),
  );
}

/** Ids of the members holding the coordinator role: the record-authority table's coordinator exceptions. */
export function coordinatorIds(rows: readonly (readonly unknown[])[]): Set<string> {
  return new Set(readMembers(rows).filter((m) => m.record.roles.includes('coordinator')).map((m) => m.record.id));
}
