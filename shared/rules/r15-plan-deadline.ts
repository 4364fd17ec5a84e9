import type { Finding } from './finding.ts';
import { addMonths } from './iso-date-math.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import type { RuleContext } from './rule-context.ts';

const DEADLINE_MONTHS = 12;
const EARLY_WARNING_MONTHS = 3;

/**
 * R15 (warn): a new plan is submitted to OGP within 12 months of the previous plan's end, else OGP
 * counts it "contrary to process". Warns from three months before that date, and after it.
 * The previous end comes from the context, else from the plan record.
 */
export function checkPlanDeadline(records: PlanRecords, context: RuleContext): Finding[] {
  const previousEnd = context.previousPlanEnd ?? records.plan?.previousPlanEnd;
  if (previousEnd === undefined) return [];
  const deadline = addMonths(previousEnd, DEADLINE_MONTHS);
  const submitted = records.plan?.submittedToOgpAt;
  const path = 'plan.submittedToOgpAt';
  if (submitted !== undefined) {
    return submitted > deadline
      ? [makeFinding('R15', 'warn', path, 'rules.R15.submittedLate', { submitted, deadline, previousEnd })]
      : [];
  }
  if (context.today > deadline) return [makeFinding('R15', 'warn', path, 'rules.R15.overdue', { deadline, previousEnd })];
  if (context.today >= addMonths(deadline, -EARLY_WARNING_MONTHS)) {
    return [makeFinding('R15', 'warn', path, 'rules.R15.dueSoon', { deadline, previousEnd })];
  }
  return [];
}
