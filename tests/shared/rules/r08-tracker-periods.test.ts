import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkTrackerPeriods } from '../../../shared/rules/r08-tracker-periods.ts';
import { context, edit, located, planRecords, update } from './builders.ts';

const failing: [string, (r: PlanRecords) => void, string][] = [
  ['two rows for one indicator and period', (r) => { r.updates.push(update({ status: 'C' })); }, 'updates[1].indicatorCode'],
  ['a period the plan does not report on', (r) => { r.updates[0]!.reportingPeriod = '2026-03'; }, 'updates[0].reportingPeriod'],
  [
    'an indicator not in the plan',
    (r) => { r.updates.push(update({ commitmentCode: 'C09', milestoneCode: 'C09.1', indicatorCode: 'C09.1.1' })); },
    'updates[1].indicatorCode',
  ],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['one row per indicator and period', (r) => { r.updates.push(update({ reportingPeriod: '2026-12' })); }],
  ['two indicators in one period', (r) => { r.updates.push(update({ commitmentCode: 'C02', milestoneCode: 'C02.1', indicatorCode: 'C02.1.1' })); }],
  ['no allowed list anywhere: any period', (r) => { r.plan!.reportingPeriods = []; r.updates[0]!.reportingPeriod = '2026-03'; }],
];

describe('R8 tracker periods', () => {
  it.each(failing)('%s → R8 finding', (_name, change, path) => {
    expect(located(checkTrackerPeriods(edit(planRecords(), change), context()))).toEqual([
      { rule: 'R8', severity: 'error', path },
    ]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkTrackerPeriods(edit(planRecords(), change), context())).toEqual([]);
  });

  it('prefers the context’s list of periods to the plan’s', () => {
    const findings = checkTrackerPeriods(planRecords(), context({ reportingPeriods: ['2026-12'] }));
    expect(located(findings)).toEqual([{ rule: 'R8', severity: 'error', path: 'updates[0].reportingPeriod' }]);
    expect(findings[0]!.message.en).toContain('Use one of: 2026-12');
  });
});
