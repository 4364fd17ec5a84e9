import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import { checkMilestoneOutputsAndDates } from '../../../shared/rules/r02-milestone-outputs-and-dates.ts';
import { commitment, context, edit, located, milestone } from './builders.ts';

type Row = [string, (c: Commitment) => void, 'error' | 'warn' | 'info', string];

/** A commitment with three milestones, so paths show the index. */
function threeMilestones(): Commitment {
  return edit(commitment(), (c) => {
    c.milestones = [milestone('C01.1'), milestone('C01.2'), milestone('C01.3')];
  });
}

const failing: Row[] = [
  ['milestone without expected output', (c) => { c.milestones[2]!.expectedOutputs = { en: '', fr: ' ' }; }, 'error', 'milestones[2].expectedOutputs'],
  ['milestone without due date', (c) => { delete c.milestones[1]!.endDate; }, 'error', 'milestones[1].endDate'],
  ['milestone due before the plan starts', (c) => { c.milestones[0]!.endDate = '2025-12-31'; }, 'error', 'milestones[0].endDate'],
  ['milestone due after the plan ends', (c) => { c.milestones[2]!.endDate = '2028-03-31'; }, 'warn', 'milestones[2].endDate'],
  ['indicator without text', (c) => { c.milestones[1]!.indicators[0]!.text = { en: '', fr: '' }; }, 'error', 'milestones[1].indicators[0].text'],
  ['indicator without due month or deadline', (c) => { delete c.milestones[0]!.indicators[0]!.dueDate; c.milestones[0]!.indicators[0]!.deadline = { en: '', fr: '' }; }, 'error', 'milestones[0].indicators[0].dueDate'],
  // Canada's 2025-29 plan gives deadlines in words only: a hint that says why, not an error (issue 10).
  ['indicator with a deadline in words only (“Fall 2027”)', (c) => { delete c.milestones[0]!.indicators[0]!.dueDate; c.milestones[0]!.indicators[0]!.deadline = { en: 'Fall 2027', fr: 'Automne 2027' }; }, 'info', 'milestones[0].indicators[0].dueDate'],
  ['milestone with a deadline in words only (“Ongoing”)', (c) => { delete c.milestones[1]!.endDate; c.milestones[1]!.deadline = { en: 'Ongoing', fr: 'Permanent' }; }, 'info', 'milestones[1].endDate'],
  ['milestone with a blank deadline text', (c) => { delete c.milestones[1]!.endDate; c.milestones[1]!.deadline = { en: ' ', fr: '' }; }, 'error', 'milestones[1].endDate'],
  ['indicator due before the plan', (c) => { c.milestones[0]!.indicators[0]!.dueDate = '2025-12'; }, 'error', 'milestones[0].indicators[0].dueDate'],
  ['indicator due after the plan', (c) => { c.milestones[0]!.indicators[0]!.dueDate = '2028-01'; }, 'warn', 'milestones[0].indicators[0].dueDate'],
];

const passing: [string, (c: Commitment) => void][] = [
  ['every milestone dated inside the plan', () => {}],
  ['due on the last day of the plan', (c) => { c.milestones[0]!.endDate = '2027-12-31'; }],
  ['due on the first day of the plan', (c) => { c.milestones[0]!.endDate = '2026-01-01'; }],
  ['indicator due in the plan’s last month', (c) => { c.milestones[0]!.indicators[0]!.dueDate = '2027-12'; }],
  ['expected output in one language only (R6’s concern)', (c) => { c.milestones[0]!.expectedOutputs.fr = ''; }],
];

describe('R2 milestone outputs and dates', () => {
  it.each(failing)('%s → R2 finding', (_name, change, severity, path) => {
    expect(located(checkMilestoneOutputsAndDates(edit(threeMilestones(), change), context()))).toEqual([
      { rule: 'R2', severity, path },
    ]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkMilestoneOutputsAndDates(edit(threeMilestones(), change), context())).toEqual([]);
  });

  it('says which words it could not date, in each language', () => {
    const words = edit(threeMilestones(), (c) => { delete c.milestones[0]!.endDate; c.milestones[0]!.deadline = { en: 'Fall 2027', fr: 'Automne 2027' }; });
    const [finding] = checkMilestoneOutputsAndDates(words, context());
    expect(finding!.message.en).toContain('“Fall 2027”');
    expect(finding!.message.fr).toContain('« Automne 2027 »');
  });

  it('names the milestone and the plan end in the warning', () => {
    const late = edit(threeMilestones(), (c) => { c.milestones[2]!.endDate = '2028-03-31'; });
    const [finding] = checkMilestoneOutputsAndDates(late, context());
    expect(finding!.message.en).toContain('C01.3');
    expect(finding!.message.en).toContain('2027-12-31');
    expect(finding!.message.fr).toContain('2028-03-31');
  });
});
