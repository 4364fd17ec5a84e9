import type { Meeting } from '../../domain/meeting.ts';

type ChairingSide = 'government' | 'csn';

const other = (side: ChairingSide): ChairingSide => (side === 'government' ? 'csn' : 'government');

/**
 * R18: chairing alternates across consecutive `msf_regular` meetings, unless a meeting is co-chaired
 * (which neither breaks nor advances the rotation). Returns, for each such meeting id, the side that
 * should chair it after the previous one, and the side to suggest for the next meeting. Meetings
 * must come sorted by start time.
 */
export function chairRotation(sortedMeetings: readonly Meeting[]): {
  expected: Map<string, ChairingSide>;
  suggestedNext?: ChairingSide;
} {
  const expected = new Map<string, ChairingSide>();
  let previous: ChairingSide | undefined;
  for (const meeting of sortedMeetings) {
    if (meeting.type !== 'msf_regular') continue;
    if (previous !== undefined) expected.set(meeting.id, other(previous));
    if (meeting.chairSide !== 'co_chaired') previous = meeting.chairSide;
  }
  return previous === undefined ? { expected } : { expected, suggestedNext: other(previous) };
}
