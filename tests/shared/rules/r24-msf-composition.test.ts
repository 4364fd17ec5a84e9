import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkMsfComposition } from '../../../shared/rules/r24-msf-composition.ts';
import { context, edit, located, planRecords } from './builders.ts';

describe('R24 MSF composition', () => {
  it.each([
    ['seven civil-society members', (r: PlanRecords) => { r.stakeholders.splice(7, 1); }, 'civil-society member(s)'],
    ['five government members', (r: PlanRecords) => { r.stakeholders.push({ ...r.stakeholders[11]!, id: 's13' }); }, 'government member(s)'],
    ['no civil-society co-chair', (r: PlanRecords) => { r.stakeholders[0]!.msfRole = 'cs_member'; }, 'co-chair(s)'],
    ['a government member who left the forum', (r: PlanRecords) => { r.stakeholders[10]!.msfMember = false; }, 'government member(s)'],
  ])('%s → R24 finding', (_name, change, says) => {
    const findings = checkMsfComposition(edit(planRecords(), change), context());
    expect(located(findings)).toEqual([{ rule: 'R24', severity: 'info', path: 'stakeholders' }]);
    expect(findings[0]!.message.en).toContain(says);
  });

  it.each([
    ['Canada’s 8 + 4 with a civil-society co-chair', planRecords(), context()],
    [
      'a configured target of 6 + 6',
      edit(planRecords(), (r) => { r.stakeholders[6]!.msfRole = 'gov_member'; r.stakeholders[7]!.msfRole = 'gov_member'; }),
      context({ msfTarget: { civilSociety: 6, government: 6, civilSocietyCoChairs: 1 } }),
    ],
  ])('%s → nothing', (_name, records, ctx) => {
    expect(checkMsfComposition(records, ctx)).toEqual([]);
  });
});
