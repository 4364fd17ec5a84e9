import type { MeetingType } from '../domain/meeting.ts';
import type { Finding } from './finding.ts';
import { daysBetween } from './iso-date-math.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';
import { DEFAULT_NOTES_DUE_WITHIN_DAYS, type RuleContext } from './rule-context.ts';
import { meetingDay } from './meeting-day.ts';

/** One side's internal meetings are not the partnership's record. */
const INTERNAL: readonly MeetingType[] = ['csn_internal', 'gov_internal'];

/**
 * R12 (warn), second half: every meeting held (`heldAt`) has its notes published in the repository,
 * in English and French, within `notesDueWithinDays` (default 30). The first half, "the repository is updated at
 * least twice a year", needs a record of repository publications that the ledger does not keep yet
 * (see UNDECIDABLE_RULES).
 */
export function checkNotesPublished(records: PlanRecords, context: RuleContext): Finding[] {
  const dueWithin = context.notesDueWithinDays ?? DEFAULT_NOTES_DUE_WITHIN_DAYS;
  return records.meetings.flatMap((meeting, m): Finding[] => {
    if (INTERNAL.includes(meeting.type) || meeting.heldAt === undefined) return [];
    const title = meeting.title;
    const isPublished = meeting.notesStatus.en === 'published' && meeting.notesStatus.fr === 'published';
    if (!isPublished) {
      const days = daysBetween(meetingDay(meeting), context.today);
      return days > dueWithin
        ? [makeFinding('R12', 'warn', `meetings[${m}].notesStatus`, 'rules.R12.notesNotPublished', { title, days, limit: dueWithin })]
        : [];
    }
    const publishedAt = meeting.notesPublishedAt;
    if (publishedAt === undefined) return [];
    const days = daysBetween(meetingDay(meeting), publishedAt);
    return days > dueWithin
      ? [makeFinding('R12', 'warn', `meetings[${m}].notesPublishedAt`, 'rules.R12.notesPublishedLate', { title, days, limit: dueWithin })]
      : [];
  });
}
