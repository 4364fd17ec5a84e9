import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkTimelineNotice } from '../../../shared/rules/r13-timeline-notice.ts';
import { context, edit, located, meeting, planRecords } from './builders.ts';

/** A public consultation on 2026-12-15, announced a month ahead, in person with a remote link. */
function withConsultation(r: PlanRecords): void {
  r.meetings.push(
    meeting('c1', {
      title: 'Public consultation',
      type: 'public_consultation',
      startsAt: '2026-12-15T18:00:00Z',
      heldAt: undefined,
      noticeSentAt: '2026-11-15T12:00:00Z',
    }),
  );
}

const failing: [string, (r: PlanRecords) => void, string][] = [
  ['work plan published 10 days before co-creation', (r) => { r.workplan!.publishedAt = '2025-03-05T12:00:00Z'; }, 'workplan.publishedAt'],
  ['work plan never published', (r) => { delete r.workplan!.publishedAt; }, 'workplan.publishedAt'],
  ['no work plan once co-creation began', (r) => { delete r.workplan; }, 'workplan'],
  [
    'consultation 10 days ahead, no notice sent',
    (r) => { withConsultation(r); r.meetings[4]!.startsAt = '2026-12-07T18:00:00Z'; delete r.meetings[4]!.noticeSentAt; },
    'meetings[4].noticeSentAt',
  ],
  ['consultation announced a week ahead', (r) => { withConsultation(r); r.meetings[4]!.noticeSentAt = '2026-12-08T12:00:00Z'; }, 'meetings[4].noticeSentAt'],
  ['every event online only', (r) => { withConsultation(r); r.meetings[4]!.venueType = 'online_only'; }, 'meetings'],
  ['no way to join any event online', (r) => { withConsultation(r); delete r.meetings[4]!.remoteUrl; }, 'meetings'],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['work plan out six weeks ahead', () => {}],
  ['a consultation announced a month ahead', withConsultation],
  ['work plan published exactly 14 days ahead', (r) => { r.workplan!.publishedAt = '2025-03-01T09:00:00Z'; }],
  ['consultation 18 days ahead, notice not sent yet', (r) => { withConsultation(r); delete r.meetings[4]!.noticeSentAt; }],
  ['unpublished work plan, co-creation three months off', (r) => {
    delete r.workplan!.publishedAt;
    r.workplan!.phases = [
      { phase: 'planning', starts: '2026-11-01', ends: '2027-02-28', owner: 'joint', signOffWindows: [] },
      { phase: 'idea_generation', starts: '2027-03-01', ends: '2027-05-31', owner: 'joint', signOffWindows: [] },
    ];
  }],
];

describe('R13 timeline and notice', () => {
  it.each(failing)('%s → R13 finding', (_name, change, path) => {
    expect(located(checkTimelineNotice(edit(planRecords(), change), context()))).toEqual([{ rule: 'R13', severity: 'warn', path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkTimelineNotice(edit(planRecords(), change), context())).toEqual([]);
  });
});
