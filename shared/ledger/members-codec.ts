import * as z from 'zod/mini';
import { IsoDateTime } from '../domain/iso-time.ts';
import { Member } from '../domain/member.ts';
import { type ParseResult, parseValue } from '../domain/parse-value.ts';
import { Role } from '../domain/role.ts';
import { Side } from '../domain/side.ts';
import { cells } from './cell-codec.ts';
import { Sha256Hex } from './event-envelope.ts';
import { decodeGridRow, defineGrid, encodeGridRow, gridHeader, isGridHeader } from './grid-codec.ts';

/** One row of the Members tab: the member, the hash of their token, when it was issued and revoked. */
export const MemberRecord = z.object({
  ...Member.shape,
  tokenHash: Sha256Hex,
  issuedAt: IsoDateTime,
  revokedAt: z.optional(IsoDateTime),
});
export type MemberRecord = z.infer<typeof MemberRecord>;

export const MEMBERS_GRID = defineGrid<MemberRecord>({
  version: 1,
  columns: [
    { header: 'id', key: 'id', codec: cells.requiredText },
    { header: 'name', key: 'name', codec: cells.requiredText },
    { header: 'org', key: 'org', codec: cells.text },
    { header: 'side', key: 'side', codec: cells.oneOf(Side.options) },
    { header: 'roles', key: 'roles', codec: cells.listOf(Role.options) },
    { header: 'tokenHash', key: 'tokenHash', codec: cells.requiredText },
    { header: 'issuedAt', key: 'issuedAt', codec: cells.requiredText },
    { header: 'revokedAt', key: 'revokedAt', codec: cells.optional(cells.text) },
  ],
});

/** Row 1 of the Members tab. */
export const MEMBERS_HEADER: readonly string[] = gridHeader(MEMBERS_GRID);

export function isMembersHeader(row: readonly unknown[]): boolean {
  return isGridHeader(MEMBERS_GRID, row);
}

/** A member as a Members row; names and organisations are escaped like every other cell. */
export function encodeMemberRow(record: MemberRecord): string[] {
  return encodeGridRow(MEMBERS_GRID, record);
}

/** A Members row back into a record, checked against the Member schema (name length, side, roles). */
export function decodeMemberRow(row: readonly unknown[]): ParseResult<MemberRecord> {
  const decoded = decodeGridRow(MEMBERS_GRID, row);
  return decoded.ok ? parseValue(MemberRecord, decoded.value) : decoded;
}

/** A revoked token no longer opens the ledger; the row stays so past events still name their actor. */
export function isActiveMember(record: MemberRecord): boolean {
  return record.revokedAt === undefined;
}

/** The member a token belongs to, among active members, or undefined. */
export function findMemberByTokenHash(records: readonly MemberRecord[], tokenHash: string): MemberRecord | undefined {
  return records.find((record) => record.tokenHash === tokenHash && isActiveMember(record));
}
