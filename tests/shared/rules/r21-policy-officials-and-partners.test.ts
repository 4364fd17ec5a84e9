import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../shared/domain/commitment.ts';
import { checkPolicyOfficialsAndPartners } from '../../../shared/rules/r21-policy-officials-and-partners.ts';
import { commitment, edit, located } from './builders.ts';

describe('R21 policy officials and CSO partners', () => {
  it.each([
    ['no policy official', (c: Commitment) => { c.policyOfficials = []; }, 'policyOfficials'],
    ['no CSO partner', (c: Commitment) => { c.csoPartners = []; }, 'csoPartners'],
    ['no CSO partner while drafting', (c: Commitment) => { c.csoPartners = []; c.lifecycleState = 'drafting'; c.inclusionDecision = 'pending'; }, 'csoPartners'],
  ])('%s → R21 finding', (_name, change, path) => {
    expect(located(checkPolicyOfficialsAndPartners(edit(commitment(), change)))).toEqual([{ rule: 'R21', severity: 'warn', path }]);
  });

  it.each([
    ['both named', () => {}],
    ['not included, so no team needed', (c: Commitment) => { c.csoPartners = []; c.policyOfficials = []; c.inclusionDecision = 'not_included'; }],
    ['withdrawn', (c: Commitment) => { c.csoPartners = []; c.lifecycleState = 'withdrawn'; }],
  ])('%s → nothing', (_name, change) => {
    expect(checkPolicyOfficialsAndPartners(edit(commitment(), change))).toEqual([]);
  });
});
