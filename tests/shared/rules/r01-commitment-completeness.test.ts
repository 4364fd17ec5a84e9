import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import { checkCommitmentCompleteness } from '../../../shared/rules/r01-commitment-completeness.ts';
import { commitment, edit, located } from './builders.ts';

type Row = [string, (c: Commitment) => void, string];

const failing: Row[] = [
  ['no title in either language', (c) => { c.title = { en: ' ', fr: '' }; }, 'title'],
  ['no problem statement', (c) => { c.issueToBeAddressed = { en: '', fr: '' }; }, 'issueToBeAddressed'],
  ['no description', (c) => { c.description = { en: '', fr: '' }; }, 'description'],
  ['no theory of change', (c) => { c.theoryOfChange = { en: '', fr: '' }; }, 'theoryOfChange'],
  ['no lead institution', (c) => { c.leadInstitutions = []; }, 'leadInstitutions'],
  ['no start date', (c) => { delete c.startDate; }, 'startDate'],
  ['no end date', (c) => { delete c.endDate; }, 'endDate'],
  ['end before start', (c) => { c.endDate = '2025-12-31'; }, 'endDate'],
  ['no milestone', (c) => { c.milestones = []; }, 'milestones'],
  ['only inclusion and technology values', (c) => { c.ogpValues = ['inclusion', 'technology_innovation']; }, 'ogpValues'],
  ['no values rationale', (c) => { c.valuesRationale = { en: '', fr: '' }; }, 'valuesRationale'],
];

const passing: [string, (c: Commitment) => void][] = [
  ['the complete template', () => {}],
  ['a title in French only (R6 asks for the English)', (c) => { c.title = { en: '', fr: 'Accès à l’information' }; }],
  ['one core value besides inclusion', (c) => { c.ogpValues = ['inclusion', 'civic_participation']; }],
  ['start and end on the same day', (c) => { c.endDate = c.startDate!; }],
];

describe('R1 commitment completeness', () => {
  it.each(failing)('%s → R1 finding', (_name, change, path) => {
    expect(located(checkCommitmentCompleteness(edit(commitment(), change)))).toEqual([{ rule: 'R1', severity: 'error', path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkCommitmentCompleteness(edit(commitment(), change))).toEqual([]);
  });

  it('tells the drafter what to write, in both languages', () => {
    const [finding] = checkCommitmentCompleteness(edit(commitment(), (c) => { c.title = { en: '', fr: '' }; }));
    expect(finding!.message).toEqual({ en: 'Give the commitment a title.', fr: 'Donnez un titre à l’engagement.' });
  });
});
