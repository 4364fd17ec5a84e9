import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkOutreachCoverage } from '../../../shared/rules/r22-outreach-coverage.ts';
import { context, edit, located, planRecords } from './builders.ts';

describe('R22 outreach coverage', () => {
  it.each([
    ['drafting had only self-selected outreach', (r: PlanRecords) => { r.outreach[1]!.recruitmentChannel = 'self_selected'; }, 'workplan.phases[2]'],
    ['nothing logged for public review', (r: PlanRecords) => { r.outreach.splice(2, 1); }, 'workplan.phases[3]'],
  ])('%s → R22 finding', (_name, change, path) => {
    expect(located(checkOutreachCoverage(edit(planRecords(), change), context()))).toEqual([{ rule: 'R22', severity: 'info', path }]);
  });

  it.each([
    ['targeted outreach in every phase', () => {}],
    ['a phase not started yet', (r: PlanRecords) => { r.outreach.splice(3, 1); r.workplan!.phases[4]!.starts = '2027-01-01'; r.workplan!.phases[4]!.ends = '2027-02-01'; }],
  ])('%s → nothing', (_name, change) => {
    expect(checkOutreachCoverage(edit(planRecords(), change), context())).toEqual([]);
  });

  it('names the phase in each language', () => {
    const [finding] = checkOutreachCoverage(edit(planRecords(), (r) => { r.outreach.splice(2, 1); }), context());
    expect(finding!.message.en).toContain('Publicly reviewing draft commitments');
    expect(finding!.message.fr).toContain('Examen public des ébauches d’engagements');
  });

  it('reports how participants were recruited', () => {
    const records = edit(planRecords(), (r) => {
      r.stakeholders[0]!.recruitmentChannel = 'targeted_outreach';
      r.stakeholders[1]!.recruitmentChannel = 'self_selected';
      r.stakeholders[2]!.recruitmentChannel = 'self_selected';
      r.stakeholders[3]!.recruitmentChannel = 'open_application';
    });
    const findings = checkOutreachCoverage(records, context());
    expect(located(findings)).toEqual([{ rule: 'R22', severity: 'info', path: 'stakeholders' }]);
    expect(findings[0]!.message.en).toBe(
      'Of 4 participants whose recruitment is known, 1 (25%) came through targeted outreach and 2 (50%) were self-selected.',
    );
  });
});
