import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import type { ProgressUpdate } from '../../../shared/domain/progress-update.ts';
import {
  checkCodeHierarchy,
  checkCommitmentCodesUnique,
  checkUpdateCodes,
} from '../../../shared/rules/r05-code-hierarchy.ts';
import { commitment, edit, located, milestone, update } from './builders.ts';

function twoMilestones(): Commitment {
  return edit(commitment(), (c) => { c.milestones = [milestone('C01.1'), milestone('C01.2')]; });
}

const failing: [string, (c: Commitment) => void, string][] = [
  ['milestone of another commitment', (c) => { c.milestones[1]!.code = 'C02.2'; c.milestones[1]!.indicators[0]!.code = 'C02.2.1'; }, 'milestones[1].code'],
  ['milestone code that only starts alike', (c) => { c.milestones[0]!.code = 'C011.1'; c.milestones[0]!.indicators[0]!.code = 'C011.1.1'; }, 'milestones[0].code'],
  ['indicator of another milestone', (c) => { c.milestones[1]!.indicators[0]!.code = 'C01.1.7'; }, 'milestones[1].indicators[0].code'],
  ['indicator two levels down', (c) => { c.milestones[0]!.indicators[0]!.code = 'C01.1.1.1'; }, 'milestones[0].indicators[0].code'],
  ['two milestones with one code', (c) => { c.milestones[1]!.code = 'C01.1'; c.milestones[1]!.indicators[0]!.code = 'C01.1.2'; }, 'milestones[1].code'],
];

const passing: [string, (c: Commitment) => void][] = [
  ['C01 → C01.1 → C01.1.1', () => {}],
  ['nap5-style two-digit indicator', (c) => { c.milestones[1]!.indicators[0]!.code = 'C01.2.07'; }],
  ['milestone C01.10 under C01', (c) => { c.milestones[1]!.code = 'C01.10'; c.milestones[1]!.indicators[0]!.code = 'C01.10.1'; }],
];

describe('R5 code hierarchy in a commitment', () => {
  it.each(failing)('%s → R5 finding', (_name, change, path) => {
    expect(located(checkCodeHierarchy(edit(twoMilestones(), change)))).toEqual([{ rule: 'R5', severity: 'error', path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkCodeHierarchy(edit(twoMilestones(), change))).toEqual([]);
  });

  it('names both codes', () => {
    const [finding] = checkCodeHierarchy(edit(twoMilestones(), (c) => { c.milestones[1]!.indicators[0]!.code = 'C01.1.7'; }));
    expect(finding!.message.en).toContain('C01.1.7');
    expect(finding!.message.en).toContain('milestone C01.2');
  });
});

describe('R5 across commitments and tracker rows', () => {
  it.each([
    ['C01, C02, C01', ['C01', 'C02', 'C01'], [{ rule: 'R5', severity: 'error', path: 'commitments[2].code' }]],
    ['C01, C02', ['C01', 'C02'], []],
  ])('commitment codes %s', (_name, codes, expected) => {
    expect(located(checkCommitmentCodesUnique(codes.map((code) => commitment(code))))).toEqual(expected);
  });

  it.each([
    ['milestone outside its commitment', { milestoneCode: 'C02.1', indicatorCode: 'C02.1.1' }, ['milestoneCode']],
    ['indicator outside its milestone', { indicatorCode: 'C01.2.1' }, ['indicatorCode']],
    ['consistent codes', {}, []],
  ] as [string, Partial<ProgressUpdate>, string[]][])('tracker row with %s', (_name, overrides, paths) => {
    expect(checkUpdateCodes(update(overrides)).map((f) => `${f.rule} ${f.path}`)).toEqual(paths.map((p) => `R5 ${p}`));
  });
});
