import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import {
  checkCommitmentBilingual,
  checkPlanBilingual,
} from '../../../shared/rules/r06-bilingual-completeness.ts';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { commitment, edit, located, planRecords } from './builders.ts';

const commitmentRows: [string, (c: Commitment) => void, string][] = [
  ['title in English only', (c) => { c.title.fr = ''; }, 'title.fr'],
  ['problem in French only', (c) => { c.issueToBeAddressed.en = '  '; }, 'issueToBeAddressed.en'],
  ['milestone output in English only', (c) => { c.milestones[0]!.expectedOutputs.fr = ''; }, 'milestones[0].expectedOutputs.fr'],
  ['indicator deadline in English only', (c) => { c.milestones[0]!.indicators[0]!.deadline.fr = ''; }, 'milestones[0].indicators[0].deadline.fr'],
  ['optional GBA+ note in French only', (c) => { c.gbaPlusNote = { en: '', fr: 'Analyse ACS Plus faite.' }; }, 'gbaPlusNote.en'],
];

const planRows: [string, (r: PlanRecords) => void, string][] = [
  ['reasoned response in English only', (r) => { r.proposals[1]!.reasonedResponse!.text.fr = ''; }, 'proposals[1].reasonedResponse.text.fr'],
  ['work plan deliverable in French only', (r) => { r.workplan!.phases[1]!.deliverable = { en: '', fr: 'Idées' }; }, 'workplan.phases[1].deliverable.en'],
  ['procedure step label in English only', (r) => { r.procedure!.csnSteps[0]!.label.fr = ''; }, 'procedure.csnSteps[0].label.fr'],
  ['verdict rationale in English only', (r) => { r.verdicts[0]!.rationale.fr = ''; }, 'verdicts[0].rationale.fr'],
  ['notes published in English only', (r) => { r.meetings[2]!.notesStatus.fr = 'translated'; }, 'meetings[2].notesStatus.fr'],
  ['notes published in French only', (r) => { r.meetings[0]!.notesStatus.en = 'reviewed'; }, 'meetings[0].notesStatus.en'],
];

describe('R6 bilingual completeness', () => {
  it.each(commitmentRows)('commitment: %s → R6 finding', (_name, change, path) => {
    expect(located(checkCommitmentBilingual(edit(commitment(), change)))).toEqual([{ rule: 'R6', severity: 'error', path }]);
  });

  it.each(planRows)('plan: %s → R6 finding', (_name, change, path) => {
    expect(located(checkPlanBilingual(edit(planRecords(), change)))).toEqual([{ rule: 'R6', severity: 'error', path }]);
  });

  it.each([
    ['both languages written', commitment()],
    ['an optional text empty in both (not R6’s concern)', edit(commitment(), (c) => { c.gbaPlusNote = { en: '', fr: '' }; })],
  ])('commitment: %s → nothing', (_name, input) => {
    expect(checkCommitmentBilingual(input)).toEqual([]);
  });

  it.each([
    ['everything in both languages', planRecords()],
    ['notes drafted in both, published in neither', edit(planRecords(), (r) => { r.meetings[0]!.notesStatus = { en: 'drafted', fr: 'drafted' }; })],
  ])('plan: %s → nothing', (_name, input) => {
    expect(checkPlanBilingual(input)).toEqual([]);
  });

  it('says which language to add', () => {
    const [finding] = checkCommitmentBilingual(edit(commitment(), (c) => { c.title.fr = ''; }));
    expect(finding!.message.en).toContain('Add the French version');
    expect(finding!.message.fr).toContain('Ajoutez la version française');
  });
});
