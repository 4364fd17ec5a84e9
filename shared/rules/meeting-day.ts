import type { Meeting } from '../domain/meeting.ts';
import { dayOf } from './iso-date-math.ts';

/** The day a meeting took place, or is planned for. */
export function meetingDay(meeting: Meeting): string {
  return dayOf(meeting.heldAt ?? meeting.startsAt);
}

/** A meeting took place once `meeting.held` was recorded; a past `startsAt` alone may have been cancelled. */
export function isMeetingHeld(meeting: Meeting): boolean {
  return meeting.heldAt !== undefined;
}
