import { describe, expect, it } from 'vitest';
import type { PlanRecords } from '../../../shared/rules/plan-records.ts';
import { checkVenueAndRemote } from '../../../shared/rules/r19-venue-and-remote.ts';
import { edit, located, planRecords } from './builders.ts';

const failing: [string, (r: PlanRecords) => void, string][] = [
  ['on government premises', (r) => { r.meetings[3]!.venueType = 'government_premises'; }, 'meetings[3].venueType'],
  ['on a CSO’s premises', (r) => { r.meetings[0]!.venueType = 'cso_premises'; }, 'meetings[0].venueType'],
  ['no remote link', (r) => { delete r.meetings[1]!.remoteUrl; }, 'meetings[1].remoteUrl'],
  ['online only, but no link', (r) => { r.meetings[2]!.venueType = 'online_only'; delete r.meetings[2]!.remoteUrl; }, 'meetings[2].remoteUrl'],
];

const passing: [string, (r: PlanRecords) => void][] = [
  ['neutral venues with remote links', () => {}],
  ['online only with a link', (r) => { r.meetings[0]!.venueType = 'online_only'; }],
  ['a government-internal meeting at the department', (r) => {
    r.meetings[0]!.type = 'gov_internal';
    r.meetings[0]!.venueType = 'government_premises';
    delete r.meetings[0]!.remoteUrl;
  }],
];

describe('R19 venue and remote link', () => {
  it.each(failing)('%s → R19 finding', (_name, change, path) => {
    expect(located(checkVenueAndRemote(edit(planRecords(), change)))).toEqual([{ rule: 'R19', severity: 'warn', path }]);
  });

  it.each(passing)('%s → nothing', (_name, change) => {
    expect(checkVenueAndRemote(edit(planRecords(), change))).toEqual([]);
  });
});
