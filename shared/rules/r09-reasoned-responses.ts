import type { Proposal } from '../domain/proposal.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { hasPlanReached } from './has-plan-reached.ts';
import { isBilingualBlank } from './is-blank.ts';

/** A response counts once it has text and a publication date. */
export function hasPublishedResponse(proposal: Proposal): boolean {
  const response = proposal.reasonedResponse;
  return response !== undefined && !isBilingualBlank(response.text) && response.publishedAt !== undefined;
}

/**
 * R9: every proposal not adopted has a published reasoned response before the plan reaches final
 * sign-off. From final sign-off on, a missing response (or a proposal still pending) is an error;
 * before it, a disposed proposal without one is a warning, so there is time to write it.
 */
export function checkReasonedResponses(records: PlanRecords): Finding[] {
  const isDue = hasPlanReached(records.plan, 'final_signoff');
  return records.proposals.flatMap((proposal, p): Finding[] => {
    if (proposal.disposition === 'adopted') return [];
    if (proposal.disposition === 'pending') {
      return isDue ? [makeFinding('R9', 'error', `proposals[${p}].disposition`, 'rules.R9.stillPending')] : [];
    }
    if (hasPublishedResponse(proposal)) return [];
    const path = `proposals[${p}].reasonedResponse`;
    return isDue
      ? [makeFinding('R9', 'error', path, 'rules.R9.responseMissing')]
      : [makeFinding('R9', 'warn', path, 'rules.R9.responseDueBeforeSignOff')];
  });
}
