import { canonicalJson, type Digest } from './canonical-json.ts';
import type { Commitment } from './commitment.ts';

/**
 * Fields left out of the signed text, and why:
 * - `lifecycleState`, `inclusionDecision`: they change *because* of sign-off; hashing them would
 *   make every decision invalidate itself.
 * - `id`, `planId`, `ogpId`: identity and filing, not wording (`ogpId` is assigned by OGP after
 *   submission).
 * - `sourceProposals`, `policyOfficials`, `csoPartners`: provenance and staffing, which the
 *   coordinators keep current without reopening a sign-off on text that did not change.
 * Everything else, milestones and indicators included, is what the signatories read.
 */
export const UNSIGNED_COMMITMENT_FIELDS = [
  'id',
  'planId',
  'ogpId',
  'lifecycleState',
  'inclusionDecision',
  'sourceProposals',
  'policyOfficials',
  'csoPartners',
] as const satisfies readonly (keyof Commitment)[];

/** The part of a commitment that sign-offs are about. */
export function signableCommitment(commitment: Commitment): Record<string, unknown> {
  const signable: Record<string, unknown> = { ...commitment };
  for (const field of UNSIGNED_COMMITMENT_FIELDS) delete signable[field];
  return signable;
}

/** SHA-256 hex of the canonical JSON of the signable content: the same text gives the same hash whatever its key order. */
export function commitmentVersionHash(commitment: Commitment, digest: Digest): string {
  return digest(canonicalJson(signableCommitment(commitment)));
}
