import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import type { RuleContext } from './rule-context.ts';

/**
 * R8 (error): at most one tracker row per (reporting period, indicator); the period is one the
 * plan allows (the context's list, else the plan's; with neither, only duplicates are checked);
 * the indicator exists in the plan's commitments (when commitments are given).
 */
export function checkTrackerPeriods(records: PlanRecords, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const allowed = context.reportingPeriods ?? records.plan?.reportingPeriods ?? [];
  const indicatorCodes = new Set(
    records.commitments.flatMap((c) => c.milestones.flatMap((m) => m.indicators.map((i) => i.code))),
  );
  const seen = new Set<string>();
  records.updates.forEach((update, u) => {
    const { reportingPeriod: period, indicatorCode: code } = update;
    const key = `${period}|${code}`;
    if (seen.has(key)) {
      findings.push(makeFinding('R8', 'error', `updates[${u}].indicatorCode`, 'rules.R8.duplicateUpdate', { code, period }));
    }
    seen.add(key);
    if (allowed.length > 0 && !allowed.includes(period)) {
      findings.push(
        makeFinding('R8', 'error', `updates[${u}].reportingPeriod`, 'rules.R8.periodNotAllowed', {
          period,
          allowed: allowed.join(', '),
        }),
      );
    }
    if (records.commitments.length > 0 && !indicatorCodes.has(code)) {
      findings.push(makeFinding('R8', 'error', `updates[${u}].indicatorCode`, 'rules.R8.unknownIndicator', { code }));
    }
  });
  return findings;
}
