import { describe, expect, it } from 'vitest';
import { parseValue } from '../../../shared/domain/parse-value.ts';
import { RuleContext } from '../../../shared/rules/rule-context.ts';

describe('RuleContext at a boundary', () => {
  it.each([
    ['a period and today', { today: '2026-11-27', period: { start: '2026-01-01', end: '2027-12-31' } }, []],
    ['Canada’s tracker periods', { today: '2026-11-27', period: { start: '2025-07-01', end: '2029-12-31' }, reportingPeriods: ['2025-12', '2026-06'] }, []],
    ['a period that ends before it starts', { today: '2026-11-27', period: { start: '2027-01-01', end: '2026-01-01' } }, ['period.end']],
    ['no today', { period: { start: '2026-01-01', end: '2027-12-31' } }, ['today']],
    ['a reporting period that is not a month', { today: '2026-11-27', period: { start: '2026-01-01', end: '2027-12-31' }, reportingPeriods: ['2026-13'] }, ['reportingPeriods[0]']],
  ])('%s → errors at %j', (_name, value, paths) => {
    const result = parseValue(RuleContext, value);
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(paths);
  });
});
