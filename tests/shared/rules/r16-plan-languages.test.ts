import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkPlanLanguages } from '../../../shared/rules/r16-plan-languages.ts';
import { edit, emptyRecords, located, planRecords } from './builders.ts';

const failing: [string, (r: PlanRecords) => void, string][] = [
  ['written in French only', (r) => { r.plan!.languages = ['fr']; }, 'plan.languages'],
  ['written in English only', (r) => { r.plan!.languages = ['en']; }, 'plan.languages'],
  ['no French title', (r) => { r.plan!.title.fr = ''; }, 'plan.title.fr'],
  ['no English title', (r) => { r.plan!.title.en = ' '; }, 'plan.title.en'],
];

describe('R16 plan languages', () => {
  it.each(failing)('%s → R16 finding', (_name, change, path) => {
    expect(located(checkPlanLanguages(edit(planRecords(), change)))).toEqual([{ rule: 'R16', severity: 'error', path }]);
  });

  it.each([
    ['English and French', planRecords()],
    ['no plan record yet', emptyRecords()],
  ])('%s → nothing', (_name, records) => {
    expect(checkPlanLanguages(records)).toEqual([]);
  });

  it('says OGP needs the English version', () => {
    const [finding] = checkPlanLanguages(edit(planRecords(), (r) => { r.plan!.languages = ['fr']; }));
    expect(finding!.message.en).toContain('OGP receives it in English');
  });
});
