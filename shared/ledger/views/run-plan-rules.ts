import type { Finding } from '../../rules/finding.ts';
import type { PlanRecords } from '../../rules/plan-records.ts';
import type { FoldContext } from './fold-events.ts';

/**
 * The plan-level rule findings for the dashboard. Waiting on `checkPlan` from shared/rules/index.ts
 * (being written by the rules engineer); until it is wired in, the dashboard shows no findings.
 */
export function runPlanRules(_records: PlanRecords, _context: FoldContext): Finding[] {
  return [];
}
