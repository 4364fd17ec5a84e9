import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkSignOffProcedure } from '../../../shared/rules/r17-sign-off-procedure.ts';
import { context, edit, located, planRecords } from './builders.ts';

// Government steps need 10 + 10 days, the CSN step 21; publication is the end of `finalizing`, 2025-11-30.
const failing: [string, (r: PlanRecords) => void, string][] = [
  ['no procedure once drafting started', (r) => { delete r.procedure; }, 'procedure'],
  [
    'procedure still a draft',
    (r) => { r.procedure = { id: 'p', state: 'draft', govSteps: r.procedure!.govSteps, csnSteps: r.procedure!.csnSteps }; },
    'procedure.state',
  ],
  [
    'agreed after drafting started',
    (r) => { if (r.procedure!.state === 'agreed') r.procedure!.agreedAt = '2025-06-10T12:00:00Z'; },
    'procedure.agreedAt',
  ],
  [
    'a planned CSN window of 20 days',
    (r) => { r.workplan!.phases[4]!.signOffWindows[1]!.closes = '2025-10-21'; },
    'workplan.phases[4].signOffWindows[1].closes',
  ],
  [
    'a planned government window of 19 days',
    (r) => { r.workplan!.phases[4]!.signOffWindows[0]!.closes = '2025-10-20'; },
    'workplan.phases[4].signOffWindows[0].closes',
  ],
  [
    'a window closing after publication',
    (r) => { r.workplan!.phases[4]!.signOffWindows[0]!.closes = '2025-12-05'; },
    'workplan.phases[4].signOffWindows[0].closes',
  ],
  [
    'a recorded CSN comment window of two weeks',
    (r) => {
      r.signOffs[1]!.windowOpens = '2025-10-01T00:00:00Z';
      r.signOffs[1]!.windowCloses = '2025-10-15T00:00:00Z';
    },
    'signOffs[1].windowCloses',
  ],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['agreed before drafting, windows long enough', () => {}],
  ['a CSN window of exactly 21 days', (r) => { r.workplan!.phases[4]!.signOffWindows[1]!.closes = '2025-10-22'; }],
  ['an MSF window has no minimum', (r) => {
    r.workplan!.phases[4]!.signOffWindows.push({ subjectKind: 'meeting_notes', track: 'msf', opens: '2025-10-01', closes: '2025-10-02' });
  }],
  ['no procedure yet while planning', (r) => { delete r.procedure; r.plan!.status = 'planning'; r.workplan!.phases = []; }],
];

describe('R17 sign-off procedure', () => {
  it.each(failing)('%s → R17 finding', (_name, change, path) => {
    expect(located(checkSignOffProcedure(edit(planRecords(), change), context()))).toEqual([
      { rule: 'R17', severity: 'error', path },
    ]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkSignOffProcedure(edit(planRecords(), change), context())).toEqual([]);
  });

  it('gives the window length and the agreed minimum', () => {
    const short = edit(planRecords(), (r) => { r.workplan!.phases[4]!.signOffWindows[1]!.closes = '2025-10-21'; });
    expect(checkSignOffProcedure(short, context())[0]!.message.en).toBe(
      'This civil-society sign-off window lasts 20 days; the agreed procedure needs at least 21.',
    );
  });
});
