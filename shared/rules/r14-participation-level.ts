import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { hasPlanReached } from './has-plan-reached.ts';
import { hasPublishedResponse } from './r09-reasoned-responses.ts';

/**
 * R14 (warn), proxy for IAP2 "Involve" (the IRM's minimum): public input was collected (proposals
 * exist once drafting starts) and feedback was given on how it influenced decisions (from final
 * sign-off, every proposal is decided and each one not adopted has a published response, R9).
 * Without a plan record the stage is unknown and nothing is said.
 */
export function checkParticipationLevel(records: PlanRecords): Finding[] {
  if (!hasPlanReached(records.plan, 'drafting')) return [];
  if (records.proposals.length === 0) return [makeFinding('R14', 'warn', 'proposals', 'rules.R14.noInput')];
  if (!hasPlanReached(records.plan, 'final_signoff')) return [];
  const answered = records.proposals.filter(
    (proposal) => proposal.disposition === 'adopted' || (proposal.disposition !== 'pending' && hasPublishedResponse(proposal)),
  ).length;
  return answered < records.proposals.length
    ? [makeFinding('R14', 'warn', 'proposals', 'rules.R14.feedbackIncomplete', { answered, total: records.proposals.length })]
    : [];
}
