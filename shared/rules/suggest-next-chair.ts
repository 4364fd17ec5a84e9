import type { ChairSide, Meeting } from '../domain/meeting.ts';
import { indicesSortedBy } from './indices-sorted-by.ts';

/** The forum's meetings in date order, as indices into `meetings` (R18 looks at consecutive `msf_regular` ones). */
export function forumMeetingOrder(meetings: readonly Meeting[]): number[] {
  return indicesSortedBy(meetings, (m) => m.startsAt).filter((i) => meetings[i]!.type === 'msf_regular');
}

/**
 * Who should chair the next forum meeting: the side that did not chair the last single-chaired one.
 * Apart from R18's check, so the side panel (which only suggests) ships none of the rule's messages.
 */
export function suggestNextChair(meetings: readonly Meeting[]): ChairSide {
  const last = forumMeetingOrder(meetings)
    .map((i) => meetings[i]!.chairSide)
    .filter((side) => side !== 'co_chaired')
    .at(-1);
  if (last === 'government') return 'csn';
  if (last === 'csn') return 'government';
  return 'co_chaired';
}
