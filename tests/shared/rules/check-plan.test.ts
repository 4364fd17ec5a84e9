import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../shared/domain/parse-value.ts';
import { checkCommitment, checkPlan } from '../../../shared/rules/index.ts';
import { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { commitment, context, located, planRecords } from './builders.ts';

describe('the valid plan used by every rule table', () => {
  it('passes its own schema', () => {
    const result = parseValue(PlanRecords, planRecords());
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual([]);
  });

  it('breaks no rule', () => {
    expect(located(checkPlan(planRecords(), context()))).toEqual([]);
  });

  it('has a commitment that breaks no rule', () => {
    expect(located(checkCommitment(commitment(), context()))).toEqual([]);
  });
});
