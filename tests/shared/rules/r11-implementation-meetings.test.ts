import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import type { RuleContext } from '../../../shared/rules/rule-context.ts';
import { checkImplementationMeetings } from '../../../shared/rules/r11-implementation-meetings.ts';
import { context, edit, located, meeting, planRecords } from './builders.ts';

const IN_2027 = context({ today: '2027-03-01' });

/** Two tracking meetings scheduled in 2027, so only 2026 is in question. */
function schedule2027(r: PlanRecords): void {
  r.meetings.push(
    meeting('m5', { type: 'implementation_tracking', startsAt: '2027-05-11T14:00:00Z', heldAt: undefined }),
    meeting('m6', { type: 'implementation_tracking', startsAt: '2027-10-12T14:00:00Z', heldAt: undefined }),
  );
}

type Row = [string, (r: PlanRecords) => void, RuleContext, string];

const failing: Row[] = [
  ['one held, none to come in the current year', (r) => { r.meetings.splice(3, 1); }, context(), '2026'],
  ['one of two never held, year over', (r) => { delete r.meetings[3]!.heldAt; schedule2027(r); }, IN_2027, '2026'],
  ['nothing held or scheduled in the new year', () => {}, IN_2027, '2027'],
  ['a past meeting never held does not count as planned', (r) => { delete r.meetings[3]!.heldAt; }, context(), '2026'],
  [
    'the plan ended in September 2027 with no meeting that year',
    (r) => { r.plan!.periodEnd = '2027-09-30'; },
    context({ today: '2027-11-01', period: { start: '2026-01-01', end: '2027-09-30' } }),
    '2027',
  ],
];

const passing: [string, (r: PlanRecords) => void, RuleContext][] = [
  ['two held in 2026', () => {}, context()],
  ['two held in 2026, two scheduled in 2027', schedule2027, IN_2027],
  [
    'one held and one scheduled later this year',
    (r) => { r.meetings[3] = meeting('m4', { type: 'implementation_tracking', startsAt: '2026-12-10T14:00:00Z', heldAt: undefined }); },
    context(),
  ],
  ['the plan is still being drafted', (r) => { r.plan!.status = 'drafting'; r.meetings = []; }, context()],
  ['no plan record, so no known stage', (r) => { delete r.plan; r.meetings = []; }, context({ period: { start: '1900-01-01', end: '2999-12-31' } })],
  [
    'a plan starting in mid-July asks for one meeting in its first year',
    (r) => { r.meetings.splice(2, 1); },
    context({ period: { start: '2026-07-15', end: '2028-07-14' } }),
  ],
];

describe('R11 implementation meetings', () => {
  it.each(failing)('%s → R11 finding', (_name, change, ctx, year) => {
    const findings = checkImplementationMeetings(edit(planRecords(), change), ctx);
    expect(located(findings)).toEqual([{ rule: 'R11', severity: 'warn', path: 'meetings' }]);
    expect(findings[0]!.message.en).toContain(year);
  });

  it.each(passing)('%s → nothing', (_name, change, ctx) => {
    expect(checkImplementationMeetings(edit(planRecords(), change), ctx)).toEqual([]);
  });
});
