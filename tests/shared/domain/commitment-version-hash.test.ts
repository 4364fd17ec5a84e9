import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type Commitment, UNSIGNED_COMMITMENT_FIELDS, canonicalJson, commitmentVersionHash, signableCommitment } from '../../../shared/domain/index.ts';
import { commitment } from './examples.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hashOf = (value: Commitment) => commitmentVersionHash(value, sha256);

/** The same commitment with its keys, at every depth, in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversedKeys(inner)])) as T;
}

describe('commitmentVersionHash', () => {
  it('is the SHA-256 hex of the canonical JSON of the signable content', () => {
    expect(hashOf(commitment)).toBe(sha256(canonicalJson(signableCommitment(commitment))));
    expect(hashOf(commitment)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('does not depend on key order', () => {
    const reordered = reversedKeys(commitment);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(commitment));
    expect(hashOf(reordered)).toBe(hashOf(commitment));
  });

  it.each<[string, Partial<Commitment>]>([
    ['the lifecycle state moves on', { lifecycleState: 'ready_for_signoff' }],
    ['the government decides inclusion', { inclusionDecision: 'included' }],
    ['OGP assigns its id', { ogpId: 'CA0079' }],
    ['a source proposal is linked', { sourceProposals: ['proposal-0042', 'proposal-0107'] }],
    ['a policy official is connected', { policyOfficials: [...commitment.policyOfficials, { name: 'B. Singh' }] }],
    ['a CSO partner joins', { csoPartners: [...commitment.csoPartners, { name: 'Evidence for Democracy' }] }],
    ['the record is filed under another id', { id: 'another-id', planId: 'CA-NAP7' }],
  ])('stays the same when %s', (_name, change) => {
    expect(hashOf({ ...commitment, ...change })).toBe(hashOf(commitment));
  });

  it.each<[string, Commitment]>([
    ['the French title changes', { ...commitment, title: { ...commitment.title, fr: 'Données ouvertes' } }],
    ['a value is added', { ...commitment, ogpValues: [...commitment.ogpValues, 'inclusion'] }],
    ['the end date moves', { ...commitment, endDate: '2029-03-31' }],
    ['the code changes', { ...commitment, code: 'C02' }],
    [
      'an indicator deadline changes',
      {
        ...commitment,
        milestones: [{ ...commitment.milestones[0]!, indicators: [{ ...commitment.milestones[0]!.indicators[0]!, dueDate: '2026-06' }] }],
      },
    ],
    ['a trailing space is typed', { ...commitment, description: { ...commitment.description, en: `${commitment.description.en} ` } }],
  ])('changes when %s', (_name, changed) => {
    expect(hashOf(changed)).not.toBe(hashOf(commitment));
  });

  it('leaves out exactly the documented fields', () => {
    const signed = Object.keys(signableCommitment(commitment));
    for (const field of UNSIGNED_COMMITMENT_FIELDS) expect(signed).not.toContain(field);
    expect(signed).toContain('milestones');
    expect(signed).toContain('title');
  });

  it('does not alter the commitment it hashes', () => {
    const before = structuredClone(commitment);
    hashOf(commitment);
    expect(commitment).toEqual(before);
  });
});
