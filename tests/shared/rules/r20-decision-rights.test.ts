import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkDecisionRights } from '../../../shared/rules/r20-decision-rights.ts';
import { HASH, edit, located, planRecords } from './builders.ts';

// signOffs[0] is the government approval of C01, signOffs[1] the CSN endorsement of C01.
const failing: [string, (r: PlanRecords) => void, string][] = [
  ['approval recorded by a CSN member', (r) => { r.signOffs[0]!.recordedBy = { memberId: 'x', side: 'csn' }; }, 'signOffs[0].recordedBy'],
  ['approval recorded with the drafter role', (r) => { r.signOffs[0]!.signerRole = 'drafter'; }, 'signOffs[0].signerRole'],
  ['endorsement recorded by a government member', (r) => { r.signOffs[1]!.recordedBy = { memberId: 'y', side: 'government' }; }, 'signOffs[1].recordedBy'],
  ['endorsement recorded with the government signatory role', (r) => { r.signOffs[1]!.signerRole = 'gov_signatory'; }, 'signOffs[1].signerRole'],
  ['verdict issued by a government member', (r) => { r.verdicts[0]!.issuedBy = { memberId: 'z', side: 'government' }; }, 'verdicts[0].issuedBy'],
  ['included without a government approval', (r) => { r.signOffs = r.signOffs.slice(2); }, 'commitments[0].inclusionDecision'],
  [
    'not included without a government refusal',
    (r) => { r.commitments[4]!.inclusionDecision = 'not_included'; },
    'commitments[4].inclusionDecision',
  ],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['decisions by the right sides and roles', () => {}],
  ['a review step recorded by a coordinator', (r) => {
    r.signOffs.push({
      id: 'review',
      subject: { kind: 'commitment', id: 'commitment-C01' },
      versionHash: HASH,
      track: 'government',
      state: 'in_review',
      signerRole: 'coordinator',
      recordedBy: { memberId: 'c', side: 'other' },
    });
  }],
  ['pending commitment without any sign-off', (r) => { r.commitments[0]!.inclusionDecision = 'pending'; r.signOffs = r.signOffs.slice(2); }],
  ['older records that do not say who', (r) => { delete r.signOffs[0]!.recordedBy; delete r.signOffs[0]!.signerRole; delete r.verdicts[0]!.issuedBy; }],
];

describe('R20 decision rights', () => {
  it.each(failing)('%s → R20 finding', (_name, change, path) => {
    expect(located(checkDecisionRights(edit(planRecords(), change)))).toEqual([{ rule: 'R20', severity: 'error', path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkDecisionRights(edit(planRecords(), change))).toEqual([]);
  });
});
