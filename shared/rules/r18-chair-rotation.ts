import type { ChairSide } from '../domain/meeting.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { forumMeetingOrder } from './suggest-next-chair.ts';

// The suggestion lives apart (the side panel needs it without the rule's messages); kept here for its callers.
export { suggestNextChair } from './suggest-next-chair.ts';

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
