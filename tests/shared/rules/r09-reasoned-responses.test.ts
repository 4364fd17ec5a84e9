import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkReasonedResponses } from '../../../shared/rules/r09-reasoned-responses.ts';
import { edit, located, planRecords } from './builders.ts';

type Row = [string, (r: PlanRecords) => void, 'error' | 'warn', string];

const failing: Row[] = [
  ['not adopted, no response, after final sign-off', (r) => { delete r.proposals[1]!.reasonedResponse; }, 'error', 'proposals[1].reasonedResponse'],
  ['response written but never published', (r) => { delete r.proposals[1]!.reasonedResponse!.publishedAt; }, 'error', 'proposals[1].reasonedResponse'],
  ['response published empty', (r) => { r.proposals[1]!.reasonedResponse!.text = { en: '', fr: '' }; }, 'error', 'proposals[1].reasonedResponse'],
  ['still pending at final sign-off', (r) => { r.plan!.status = 'final_signoff'; r.proposals[0]!.disposition = 'pending'; }, 'error', 'proposals[0].disposition'],
  [
    'merged without response while drafting',
    (r) => { r.plan!.status = 'drafting'; r.proposals[1]!.disposition = 'merged'; delete r.proposals[1]!.reasonedResponse; },
    'warn',
    'proposals[1].reasonedResponse',
  ],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['adopted, and not adopted with a published response', () => {}],
  ['pending while drafting', (r) => { r.plan!.status = 'drafting'; r.proposals[1]!.disposition = 'pending'; delete r.proposals[1]!.reasonedResponse; }],
  ['adopted needs no response', (r) => { r.proposals[1]!.disposition = 'adopted'; delete r.proposals[1]!.reasonedResponse; }],
];

describe('R9 reasoned responses', () => {
  it.each(failing)('%s → R9 finding', (_name, change, severity, path) => {
    expect(located(checkReasonedResponses(edit(planRecords(), change)))).toEqual([{ rule: 'R9', severity, path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkReasonedResponses(edit(planRecords(), change))).toEqual([]);
  });
});
