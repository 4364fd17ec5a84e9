import type { Commitment } from '../domain/commitment.ts';
import type { CommitmentLifecycleState } from '../domain/commitment-lifecycle-state.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';

/** Commitments that left the plan need no team. */
const OUT_OF_PLAN: readonly CommitmentLifecycleState[] = ['not_adopted', 'merged', 'deferred', 'withdrawn'];

/**
 * R21 (warn): each commitment still in the plan names at least one government policy official and
 * at least one civil-society partner (the seed letter: the OGP lead connects policy officials with
 * CSOs). Checked from drafting on, not only once included, so the pairing happens while it helps.
 */
export function checkPolicyOfficialsAndPartners(commitment: Commitment): Finding[] {
  if (commitment.inclusionDecision === 'not_included' || OUT_OF_PLAN.includes(commitment.lifecycleState)) return [];
  const findings: Finding[] = [];
  if (commitment.policyOfficials.length === 0) {
    findings.push(makeFinding('R21', 'warn', 'policyOfficials', 'rules.R21.noPolicyOfficial'));
  }
  if (commitment.csoPartners.length === 0) {
    findings.push(makeFinding('R21', 'warn', 'csoPartners', 'rules.R21.noCsoPartner'));
  }
  return findings;
}
