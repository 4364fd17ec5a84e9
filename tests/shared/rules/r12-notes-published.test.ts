import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkNotesPublished } from '../../../shared/rules/r12-notes-published.ts';
import { context, edit, located, planRecords } from './builders.ts';

const failing: [string, (r: PlanRecords) => void, string][] = [
  ['notes of a March meeting still in draft', (r) => { r.meetings[0]!.notesStatus = { en: 'drafted', fr: 'none' }; }, 'meetings[0].notesStatus'],
  ['French notes still being translated', (r) => { r.meetings[2]!.notesStatus.fr = 'translated'; }, 'meetings[2].notesStatus'],
  ['notes published 45 days after', (r) => { r.meetings[1]!.notesPublishedAt = '2026-10-04T12:00:00Z'; }, 'meetings[1].notesPublishedAt'],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['every meeting’s notes published within two weeks', () => {}],
  ['a meeting last week, notes not out yet', (r) => {
    r.meetings[3]!.heldAt = '2026-11-20T14:00:00Z';
    r.meetings[3]!.startsAt = '2026-11-20T14:00:00Z';
    r.meetings[3]!.notesStatus = { en: 'drafted', fr: 'none' };
  }],
  ['an internal CSN meeting without notes', (r) => { r.meetings[0]!.type = 'csn_internal'; r.meetings[0]!.notesStatus = { en: 'none', fr: 'none' }; }],
  ['a meeting that was never held', (r) => { delete r.meetings[0]!.heldAt; r.meetings[0]!.notesStatus = { en: 'none', fr: 'none' }; }],
];

describe('R12 notes published', () => {
  it.each(failing)('%s → R12 finding', (_name, change, path) => {
    expect(located(checkNotesPublished(edit(planRecords(), change), context()))).toEqual([{ rule: 'R12', severity: 'warn', path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkNotesPublished(edit(planRecords(), change), context())).toEqual([]);
  });

  it('uses the limit from the context', () => {
    const findings = checkNotesPublished(planRecords(), context({ notesDueWithinDays: 7 }));
    expect(findings.map((f) => f.path)).toEqual([
      'meetings[0].notesPublishedAt',
      'meetings[1].notesPublishedAt',
      'meetings[2].notesPublishedAt',
      'meetings[3].notesPublishedAt',
    ]);
    expect(findings[0]!.message.en).toContain('14 days after the meeting (limit: 7 days)');
  });
});
