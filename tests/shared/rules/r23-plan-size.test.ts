import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkPlanSize } from '../../../shared/rules/r23-plan-size.ts';
import { commitment, edit, located, planRecords } from './builders.ts';

const codes = (n: number) => Array.from({ length: n }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);

describe('R23 plan size', () => {
  it.each([
    ['four commitments', (r: PlanRecords) => { r.commitments.pop(); }],
    ['five, one withdrawn', (r: PlanRecords) => { r.commitments[2]!.lifecycleState = 'withdrawn'; }],
    ['sixteen commitments', (r: PlanRecords) => { r.commitments = codes(16).map((code) => commitment(code)); }],
  ])('%s → R23 finding', (_name, change) => {
    expect(located(checkPlanSize(edit(planRecords(), change)))).toEqual([{ rule: 'R23', severity: 'info', path: 'commitments' }]);
  });

  it.each([
    ['five commitments', () => {}],
    ['fifteen commitments', (r: PlanRecords) => { r.commitments = codes(15).map((code) => commitment(code)); }],
  ])('%s → nothing', (_name, change) => {
    expect(checkPlanSize(edit(planRecords(), change))).toEqual([]);
  });
});
