import type { Finding } from './finding.ts';
import { addMonths } from './iso-date-math.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import type { RuleContext } from './rule-context.ts';
import { indicesSortedBy } from './indices-sorted-by.ts';
import { isMeetingHeld, meetingDay } from './meeting-day.ts';

const MAX_GAP_MONTHS = 6;

/**
 * R10 (warn), OGP Minimum Requirement 1.1: the forum (`msf_regular` meetings) meets at least every
 * six months, counted between meetings held (`heldAt`) and from the last one to today; its
 * participation rules are public (the plan's `forumRulesPublicUrl`).
 */
export function checkForumCadence(records: PlanRecords, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const held = indicesSortedBy(records.meetings, meetingDay).filter((i) => {
    const meeting = records.meetings[i]!;
    return meeting.type === 'msf_regular' && isMeetingHeld(meeting);
  });
  if (held.length === 0) {
    findings.push(makeFinding('R10', 'warn', 'meetings', 'rules.R10.noForumMeeting'));
  }
  for (let k = 1; k < held.length; k++) {
    const previous = meetingDay(records.meetings[held[k - 1]!]!);
    const current = meetingDay(records.meetings[held[k]!]!);
    if (current > addMonths(previous, MAX_GAP_MONTHS)) {
      findings.push(
        makeFinding('R10', 'warn', `meetings[${held[k]}].startsAt`, 'rules.R10.gapTooLong', { previous, date: current }),
      );
    }
  }
  const last = held.at(-1);
  if (last !== undefined) {
    const lastDay = meetingDay(records.meetings[last]!);
    const due = addMonths(lastDay, MAX_GAP_MONTHS);
    if (context.today > due) {
      findings.push(makeFinding('R10', 'warn', 'meetings', 'rules.R10.overdue', { last: lastDay, due }));
    }
  }
  if (records.plan && records.plan.forumRulesPublicUrl === undefined) {
    findings.push(makeFinding('R10', 'warn', 'plan.forumRulesPublicUrl', 'rules.R10.rulesNotPublic'));
  }
  return findings;
}
