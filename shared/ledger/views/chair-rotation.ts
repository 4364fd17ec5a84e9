import type { Meeting } from '../../domain/meeting.ts';

type ChairingSide = 'government' | 'csn';

const other = (side: ChairingSide): ChairingSide => (side === 'government' ? 'csn' : 'government');

/**
 * R18 per meeting, for the Meetings tab: chairing alternates across consecutive `msf_regular`
 * meetings, and a co-chaired one neither breaks nor advances the rotation (as checkChairRotation in
 * shared/rules). Returns, for each forum meeting after the first, the side that should chair it.
 * Meetings must come sorted by start time.
 */
export function expectedChairSides(sortedMeetings: readonly Meeting[]): Map<string, ChairingSide> {
  const expected = new Map<string, ChairingSide>();
  let previous: ChairingSide | undefined;
  for (const meeting of sortedMeetings) {
    if (meeting.type !== 'msf_regular') continue;
    if (previous !== undefined) expected.set(meeting.id, other(previous));
    if (meeting.chairSide !== 'co_chaired') previous = meeting.chairSide;
  }
  return expected;
}
