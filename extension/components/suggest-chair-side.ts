import type { ChairSide, Meeting } from '../../shared/domain/meeting.ts';

/**
 * Chairing alternates between government and the civil society network across forum meetings
 * (rule R18): the side that did not chair the last one that had a single chair. Co-chaired
 * meetings do not break the rotation. Undefined when no earlier forum meeting is known.
 */
export function suggestChairSide(history: readonly Pick<Meeting, 'type' | 'startsAt' | 'chairSide'>[]): ChairSide | undefined {
  const last = history
    .filter((meeting) => meeting.type === 'msf_regular' && meeting.chairSide !== 'co_chaired')
    .reduce<Pick<Meeting, 'startsAt' | 'chairSide'> | undefined>(
      (latest, meeting) => (latest === undefined || meeting.startsAt > latest.startsAt ? meeting : latest),
      undefined,
    );
  if (!last) return undefined;
  return last.chairSide === 'government' ? 'csn' : 'government';
}
