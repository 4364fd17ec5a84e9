import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkForumCadence } from '../../../shared/rules/r10-forum-cadence.ts';
import { context, edit, emptyRecords, located, meeting, planRecords } from './builders.ts';

const failing: [string, (r: PlanRecords) => void, string][] = [
  [
    'seven months between forum meetings',
    (r) => {
      r.meetings[1]!.startsAt = '2026-10-20T14:00:00Z';
      r.meetings[1]!.heldAt = '2026-10-20T14:00:00Z';
    },
    'meetings[1].startsAt',
  ],
  [
    'no forum meeting in the last six months',
    (r) => {
      r.meetings[1]!.startsAt = '2026-05-20T14:00:00Z';
      r.meetings[1]!.heldAt = '2026-05-20T14:00:00Z';
    },
    'meetings',
  ],
  [
    'the August meeting was scheduled but never held',
    (r) => { delete r.meetings[1]!.heldAt; },
    'meetings',
  ],
  ['participation rules not public', (r) => { delete r.plan!.forumRulesPublicUrl; }, 'plan.forumRulesPublicUrl'],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['March and August meetings', () => {}],
  ['exactly six months apart', (r) => { r.meetings.push(meeting('m5', { startsAt: '2027-02-20T14:00:00Z', heldAt: '2027-02-20T14:00:00Z' })); }],
  ['meetings listed out of date order', (r) => { r.meetings.reverse(); }],
];

describe('R10 forum cadence', () => {
  it.each(failing)('%s → R10 finding', (_name, change, path) => {
    expect(located(checkForumCadence(edit(planRecords(), change), context()))).toEqual([{ rule: 'R10', severity: 'warn', path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkForumCadence(edit(planRecords(), change), context({ today: '2027-02-20' }))).toEqual([]);
  });

  it('warns when the forum has never met', () => {
    expect(located(checkForumCadence(emptyRecords(), context()))).toEqual([{ rule: 'R10', severity: 'warn', path: 'meetings' }]);
  });

  it('gives the date the next meeting was due', () => {
    const late = edit(planRecords(), (r) => { r.meetings[1]!.heldAt = '2026-05-20T14:00:00Z'; r.meetings[1]!.startsAt = '2026-05-20T14:00:00Z'; });
    expect(checkForumCadence(late, context())[0]!.message.en).toContain('due by 2026-11-20');
  });
});
