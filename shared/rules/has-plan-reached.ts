import type { ActionPlan, ActionPlanStatus } from '../domain/action-plan.ts';

const PLAN_STATUS_ORDER: readonly ActionPlanStatus[] = [
  'planning', 'co_creation', 'drafting', 'public_review', 'final_signoff', 'submitted', 'implementing', 'ended', 'assessed',
];

/** Whether the plan has reached `status` (or gone past it). An unknown plan has reached nothing. */
export function hasPlanReached(plan: ActionPlan | undefined, status: ActionPlanStatus): boolean {
  return plan !== undefined && PLAN_STATUS_ORDER.indexOf(plan.status) >= PLAN_STATUS_ORDER.indexOf(status);
}
