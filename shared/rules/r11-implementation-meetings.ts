import type { Finding } from './finding.ts';
import { daysBetween, dayOf, yearOf } from './iso-date-math.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import type { RuleContext } from './rule-context.ts';
import { hasPlanReached } from './has-plan-reached.ts';
import { isMeetingHeld, meetingDay } from './meeting-day.ts';

const REQUIRED_PER_YEAR = 2;

/** Days of `year` inside [start, end]. */
function daysInside(year: number, start: string, end: string): number {
  const from = start > `${year}-01-01` ? start : `${year}-01-01`;
  const to = end < `${year}-12-31` ? end : `${year}-12-31`;
  return from > to ? 0 : daysBetween(from, to) + 1;
}

/**
 * R11 (warn), OGP Minimum Requirement 5.1: during implementation, at least two meetings a calendar
 * year with civil society to present results (`implementation_tracking` meetings). A year the
 * period covers for less than half asks for one. A finished year counts meetings held (`heldAt`);
 * the current year also counts those still to come, so the warning comes while there is time to
 * plan one.
 * Implementation is the plan period once the plan record says `implementing` or later; without a
 * plan record the stage is unknown and nothing is said (an open-ended period must not ask for
 * meetings in every year since it "started").
 */
export function checkImplementationMeetings(records: PlanRecords, context: RuleContext): Finding[] {
  const { today, period } = context;
  if (!hasPlanReached(records.plan, 'implementing') || today < period.start) return [];
  const tracking = records.meetings.filter((meeting) => meeting.type === 'implementation_tracking');
  const findings: Finding[] = [];
  // Up to this year, or the plan's last year once it has ended.
  const lastYear = Math.min(yearOf(today), yearOf(period.end));
  for (let year = yearOf(period.start); year <= lastYear; year++) {
    const covered = daysInside(year, period.start, period.end);
    const required = covered >= 183 ? REQUIRED_PER_YEAR : 1;
    const inYear = tracking.filter((meeting) => {
      const day = meetingDay(meeting);
      return yearOf(day) === year && day >= period.start && day <= period.end;
    });
    const held = inYear.filter(isMeetingHeld).length;
    const planned = held + inYear.filter((m) => !isMeetingHeld(m) && dayOf(m.startsAt) >= today).length;
    const isYearOver = `${year}-12-31` < today || (period.end < today && yearOf(period.end) === year);
    if (isYearOver && held < required) {
      findings.push(makeFinding('R11', 'warn', 'meetings', 'rules.R11.tooFewHeld', { year, count: held, required }));
    } else if (!isYearOver && planned < required) {
      findings.push(makeFinding('R11', 'warn', 'meetings', 'rules.R11.tooFewPlanned', { year, count: planned, required }));
    }
  }
  return findings;
}
