import type { Commitment } from '../domain/commitment.ts';
import type { CommitmentLifecycleState } from '../domain/commitment-lifecycle-state.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';

const MIN_COMMITMENTS = 5;
const MAX_COMMITMENTS = 15;
const OUT_OF_PLAN: readonly CommitmentLifecycleState[] = ['not_adopted', 'merged', 'deferred', 'withdrawn'];

function isInPlan(commitment: Commitment): boolean {
  return commitment.inclusionDecision !== 'not_included' && !OUT_OF_PLAN.includes(commitment.lifecycleState);
}

/** R23 (info): between 5 and 15 commitments, the older OGP guidance (Canada's recent plans had 4 and 5). */
export function checkPlanSize(records: PlanRecords): Finding[] {
  const count = records.commitments.filter(isInPlan).length;
  if (count < MIN_COMMITMENTS) {
    return [makeFinding('R23', 'info', 'commitments', 'rules.R23.fewCommitments', { count, minimum: MIN_COMMITMENTS })];
  }
  if (count > MAX_COMMITMENTS) {
    return [makeFinding('R23', 'info', 'commitments', 'rules.R23.manyCommitments', { count, maximum: MAX_COMMITMENTS })];
  }
  return [];
}
