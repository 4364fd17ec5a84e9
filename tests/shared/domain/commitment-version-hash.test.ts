import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Commitment, UNSIGNED_COMMITMENT_FIELDS, canonicalJson, commitmentVersionHash, signableCommitment } from '../../../shared/domain/index.ts';
import { commitment } from './examples.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hashOf = (value: Commitment) => commitmentVersionHash(value, sha256);

/** The same value with the keys of every object put in the order `order` gives (reversed by default). */
function reorderedKeys<T>(value: T, order: <E>(entries: E[]) => E[] = (entries) => entries.reverse()): T {
  if (Array.isArray(value)) return value.map((item) => reorderedKeys(item, order)) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(order(Object.entries(value)).map(([key, inner]) => [key, reorderedKeys(inner, order)])) as T;
}
const reversedKeys = <T>(value: T) => reorderedKeys(value);

/** A deterministic shuffle (linear congruential generator) so a failing case can be replayed. */
function seededShuffle<E>(items: E[], seed: number): E[] {
  const keyed: [number, E][] = [];
  let state = seed;
  for (const item of items) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) | 0;
    keyed.push([state, item]);
  }
  return keyed.sort(([x], [y]) => x - y).map(([, item]) => item);
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

  it('gives the same hash for any key order and any text, and different hashes for different texts', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.integer(), (first, second, seed) => {
        const a = { ...commitment, description: { en: first, fr: second } };
        const b = { ...commitment, description: { en: second, fr: first } };
        const shuffled = reorderedKeys(a, (entries) => seededShuffle(entries, seed));
        expect(hashOf(shuffled)).toBe(hashOf(a));
        expect(hashOf(a) === hashOf(b)).toBe(first === second);
      }),
    );
  });

  it('does not alter the commitment it hashes', () => {
    const before = structuredClone(commitment);
    hashOf(commitment);
    expect(commitment).toEqual(before);
  });
});
