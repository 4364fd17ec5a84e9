import type { MeetingType } from '../domain/meeting.ts';
import type { Finding } from './finding.ts';
import { addDays, dayOf } from './iso-date-math.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { DEFAULT_MIN_NOTICE_DAYS, type RuleContext } from './rule-context.ts';
import { hasPlanReached } from './has-plan-reached.ts';

/** Meetings where the public takes part in co-creation. */
const PARTICIPATION: readonly MeetingType[] = ['cocreation_workshop', 'public_consultation', 'webinar'];

/**
 * R13 (warn): the co-creation timeline (the work plan) is published at least `minNoticeDays`
 * (default 14) before co-creation starts, i.e. before the first phase after `planning`; each public
 * participation event gives that much notice; the events together offer both channels, in person
 * and online.
 */
export function checkTimelineNotice(records: PlanRecords, context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const noticeDays = context.minNoticeDays ?? DEFAULT_MIN_NOTICE_DAYS;
  const { workplan } = records;
  if (workplan === undefined) {
    if (hasPlanReached(records.plan, 'co_creation')) {
      findings.push(makeFinding('R13', 'warn', 'workplan', 'rules.R13.noWorkplan'));
    }
  } else {
    const starts = workplan.phases.filter((phase) => phase.phase !== 'planning').map((phase) => phase.starts).sort();
    const coCreationStart = starts[0];
    if (coCreationStart !== undefined) {
      const latest = addDays(coCreationStart, -noticeDays);
      if (workplan.publishedAt === undefined) {
        if (context.today > latest) {
          findings.push(
            makeFinding('R13', 'warn', 'workplan.publishedAt', 'rules.R13.timelineNotPublished', {
              start: coCreationStart,
              latest,
              days: noticeDays,
            }),
          );
        }
      } else if (dayOf(workplan.publishedAt) > latest) {
        findings.push(
          makeFinding('R13', 'warn', 'workplan.publishedAt', 'rules.R13.timelinePublishedLate', {
            published: dayOf(workplan.publishedAt),
            start: coCreationStart,
            days: noticeDays,
          }),
        );
      }
    }
  }
  records.meetings.forEach((meeting, m) => {
    if (!PARTICIPATION.includes(meeting.type)) return;
    const latest = addDays(meeting.startsAt, -noticeDays);
    const title = meeting.title;
    if (meeting.noticeSentAt === undefined) {
      if (context.today > latest) {
        findings.push(makeFinding('R13', 'warn', `meetings[${m}].noticeSentAt`, 'rules.R13.noNotice', { title, days: noticeDays }));
      }
    } else if (dayOf(meeting.noticeSentAt) > latest) {
      findings.push(
        makeFinding('R13', 'warn', `meetings[${m}].noticeSentAt`, 'rules.R13.shortNotice', { title, days: noticeDays }),
      );
    }
  });
  const events = records.meetings.filter((meeting) => PARTICIPATION.includes(meeting.type));
  if (events.length > 0) {
    if (!events.some((meeting) => meeting.venueType !== 'online_only')) {
      findings.push(makeFinding('R13', 'warn', 'meetings', 'rules.R13.noInPersonEvent'));
    }
    if (!events.some((meeting) => meeting.venueType === 'online_only' || meeting.remoteUrl !== undefined)) {
      findings.push(makeFinding('R13', 'warn', 'meetings', 'rules.R13.noOnlineEvent'));
    }
  }
  return findings;
}
