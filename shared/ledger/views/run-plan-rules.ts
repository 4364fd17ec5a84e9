import { checkPlan } from '../../rules/index.ts';
import type { Finding } from '../../rules/finding.ts';
import type { PlanRecords } from '../../rules/plan-records.ts';
import type { RuleContext } from '../../rules/rule-context.ts';
import type { FoldContext } from './fold-events.ts';

/** Used when neither a plan nor a period is known: no date can then be "outside the plan". */
const OPEN_PERIOD = { start: '1900-01-01', end: '2999-12-31' };

/**
 * The plan-level rule findings for the dashboard (checkPlan from shared/rules). The plan period is
 * the plan's when the coordinator has recorded one, else the one passed in, else open.
 */
export function runPlanRules(records: PlanRecords, context: FoldContext): Finding[] {
  const plan = context.plan;
  const ruleContext: RuleContext = {
    ...context.rules,
    today: context.today,
    period: plan ? { start: plan.periodStart, end: plan.periodEnd } : (context.rules?.period ?? OPEN_PERIOD),
    ...(plan?.previousPlanEnd && context.rules?.previousPlanEnd === undefined ? { previousPlanEnd: plan.previousPlanEnd } : {}),
    ...(plan && plan.reportingPeriods.length > 0 && context.rules?.reportingPeriods === undefined ? { reportingPeriods: plan.reportingPeriods } : {}),
  };
  return checkPlan(records, ruleContext);
}
