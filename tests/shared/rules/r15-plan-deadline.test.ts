import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import type { RuleContext } from '../../../shared/rules/rule-context.ts';
import { checkPlanDeadline } from '../../../shared/rules/r15-plan-deadline.ts';
import { context, edit, located, planRecords } from './builders.ts';

// The previous plan ended on 2025-06-30, so this one is due by 2026-06-30.
type Row = [string, (r: PlanRecords) => void, RuleContext, string];

const failing: Row[] = [
  ['submitted a day late', (r) => { r.plan!.submittedToOgpAt = '2026-07-01'; }, context(), 'after the deadline of 2026-06-30'],
  ['not submitted, deadline passed', (r) => { delete r.plan!.submittedToOgpAt; }, context(), 'has passed'],
  ['not submitted, three months to go', (r) => { delete r.plan!.submittedToOgpAt; }, context({ today: '2026-03-30' }), 'by 2026-06-30'],
  [
    'previous end given by the context',
    (r) => { delete r.plan!.submittedToOgpAt; delete r.plan!.previousPlanEnd; },
    context({ today: '2026-03-30', previousPlanEnd: '2025-06-30' }),
    'by 2026-06-30',
  ],
];

const passing: [string, (r: PlanRecords) => void, RuleContext][] = [
  ['submitted within 12 months', () => {}, context()],
  ['submitted on the deadline', (r) => { r.plan!.submittedToOgpAt = '2026-06-30'; }, context()],
  ['not submitted, more than three months to go', (r) => { delete r.plan!.submittedToOgpAt; }, context({ today: '2026-03-29' })],
  ['first plan: no previous end', (r) => { delete r.plan!.submittedToOgpAt; delete r.plan!.previousPlanEnd; }, context()],
];

describe('R15 plan deadline', () => {
  it.each(failing)('%s → R15 finding', (_name, change, ctx, says) => {
    const findings = checkPlanDeadline(edit(planRecords(), change), ctx);
    expect(located(findings)).toEqual([{ rule: 'R15', severity: 'warn', path: 'plan.submittedToOgpAt' }]);
    expect(findings[0]!.message.en).toContain(says);
  });

  it.each(passing)('%s → nothing', (_name, change, ctx) => {
    expect(checkPlanDeadline(edit(planRecords(), change), ctx)).toEqual([]);
  });
});
