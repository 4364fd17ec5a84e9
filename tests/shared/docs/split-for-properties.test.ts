import { describe, expect, it } from 'vitest';
import { diffCommitments } from '../../../shared/docs/diff-commitments.ts';
import { splitForProperties, utf8Bytes } from '../../../shared/docs/split-for-properties.ts';
import { stableEventId } from '../../../shared/docs/stable-event-id.ts';
import { Uuid } from '../../../shared/domain/id.ts';
import { commitment, edit } from '../rules/builders.ts';
import { nodeSha256 } from '../../support/ledger-fixture.ts';

describe('splitForProperties', () => {
  it.each([
    ['ASCII', 'a'.repeat(20_000)],
    ['French accents (2 bytes each)', 'é'.repeat(9_000)],
    ['emoji and syllabics (4 and 3 bytes)', '🙂ᐃᓄᒃᑎᑐᑦ'.repeat(2_000)],
  ])('%s: every piece fits in one 9 kB property value and they join back', (_name, text) => {
    const pieces = splitForProperties(text);
    for (const piece of pieces) expect(utf8Bytes(piece)).toBeLessThanOrEqual(9 * 1024);
    expect(pieces.join('')).toBe(text);
    expect(utf8Bytes(text)).toBe(Buffer.byteLength(text));
  });
});

describe('stableEventId', () => {
  it('is a UUID, the same for the same parts and different otherwise', () => {
    const a = stableEventId(nodeSha256, 'commitment.upserted', 'id-1', 'hash-1');
    expect(Uuid.safeParse(a).success).toBe(true);
    expect(stableEventId(nodeSha256, 'commitment.upserted', 'id-1', 'hash-1')).toBe(a);
    expect(stableEventId(nodeSha256, 'commitment.upserted', 'id-1', 'hash-2')).not.toBe(a);
    expect(stableEventId(nodeSha256, 'commitment.upserted', 'id-1h', 'ash-1')).not.toBe(a);
  });
});

describe('diffCommitments', () => {
  it('names each changed field and milestone column, and nothing else', () => {
    const before = commitment();
    const after = edit(before, (c) => {
      c.issueToBeAddressed = { ...c.issueToBeAddressed, fr: 'Nouveau texte' };
      c.milestones[0]!.expectedOutputs.en = 'A public report every quarter.';
    });
    expect(diffCommitments(before, after).map((c) => [c.path, c.label.en])).toEqual([
      ['issueToBeAddressed', 'Issue to be addressed'],
      [`milestones.${before.milestones[0]!.code}.expectedOutputs`, `${before.milestones[0]!.code} — How will we know we succeeded?`],
    ]);
    expect(diffCommitments(before, structuredClone(before))).toEqual([]);
  });
});
