import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkParticipationLevel } from '../../../shared/rules/r14-participation-level.ts';
import { edit, located, planRecords } from './builders.ts';

const failing: [string, (r: PlanRecords) => void][] = [
  ['drafting with no public input recorded', (r) => { r.plan!.status = 'drafting'; r.proposals = []; }],
  ['a proposal not adopted and never answered', (r) => { delete r.proposals[1]!.reasonedResponse; }],
  ['a proposal still pending after final sign-off', (r) => { r.proposals[1]!.disposition = 'pending'; }],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['input collected and every proposal answered', () => {}],
  ['still co-creating, nothing collected yet', (r) => { r.plan!.status = 'co_creation'; r.proposals = []; }],
  ['drafting with answers still to write', (r) => { r.plan!.status = 'drafting'; delete r.proposals[1]!.reasonedResponse; }],
  ['no plan record, so no known stage', (r) => { delete r.plan; r.proposals = []; }],
];

describe('R14 participation level (IAP2 Involve proxy)', () => {
  it.each(failing)('%s → R14 finding', (_name, change) => {
    expect(located(checkParticipationLevel(edit(planRecords(), change)))).toEqual([
      { rule: 'R14', severity: 'warn', path: 'proposals' },
    ]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkParticipationLevel(edit(planRecords(), change))).toEqual([]);
  });

  it('counts the proposals answered', () => {
    const findings = checkParticipationLevel(edit(planRecords(), (r) => { delete r.proposals[1]!.reasonedResponse; }));
    expect(findings[0]!.message.en).toContain('Only 1 of 2 proposals');
  });
});
