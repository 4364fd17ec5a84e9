import type { ChairSide, Meeting } from '../domain/meeting.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { indicesSortedBy } from './indices-sorted-by.ts';

/** The forum's meetings in date order, as indices into `meetings`. */
function forumMeetingOrder(meetings: readonly Meeting[]): number[] {
  return indicesSortedBy(meetings, (m) => m.startsAt).filter((i) => meetings[i]!.type === 'msf_regular');
}

/**
 * R18 (warn): chairing alternates between government and CSN across consecutive forum meetings,
 * held or scheduled. A co-chaired meeting satisfies both sides and is skipped: the next single
 * chair is compared with the last single chair before it.
 */
export function checkChairRotation(records: PlanRecords): Finding[] {
  const findings: Finding[] = [];
  let previous: ChairSide | undefined;
  for (const m of forumMeetingOrder(records.meetings)) {
    const meeting = records.meetings[m]!;
    if (meeting.chairSide === 'co_chaired') continue;
    if (meeting.chairSide === previous) {
      const key = meeting.chairSide === 'government' ? 'rules.R18.governmentChairedTwice' : 'rules.R18.csnChairedTwice';
      findings.push(makeFinding('R18', 'warn', `meetings[${m}].chairSide`, key, { title: meeting.title }));
    }
    previous = meeting.chairSide;
  }
  return findings;
}

/** Who should chair the next forum meeting: the side that did not chair the last single-chaired one. */
export function suggestNextChair(meetings: readonly Meeting[]): ChairSide {
  const last = forumMeetingOrder(meetings)
    .map((i) => meetings[i]!.chairSide)
    .filter((side) => side !== 'co_chaired')
    .at(-1);
  if (last === 'government') return 'csn';
  if (last === 'csn') return 'government';
  return 'co_chaired';
}
