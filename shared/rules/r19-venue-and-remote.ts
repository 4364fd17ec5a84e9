import type { MeetingType } from '../domain/meeting.ts';
import type { Finding } from './finding.ts';
import { makeFinding } from './make-finding.ts';
import type { PlanRecords } from './plan-records.ts';

/** One side's internal meetings may be held at home. */
const INTERNAL: readonly MeetingType[] = ['csn_internal', 'gov_internal'];

/**
 * R19 (warn): meetings between the sides are at a neutral venue or online, and always offer a
 * remote link (an online-only meeting without one cannot be joined at all).
 */
export function checkVenueAndRemote(records: PlanRecords): Finding[] {
  return records.meetings.flatMap((meeting, m): Finding[] => {
    if (INTERNAL.includes(meeting.type)) return [];
    const findings: Finding[] = [];
    const title = meeting.title;
    if (meeting.venueType === 'government_premises' || meeting.venueType === 'cso_premises') {
      const key = meeting.venueType === 'government_premises' ? 'rules.R19.governmentPremises' : 'rules.R19.csoPremises';
      findings.push(makeFinding('R19', 'warn', `meetings[${m}].venueType`, key, { title }));
    }
    if (meeting.remoteUrl === undefined) {
      findings.push(makeFinding('R19', 'warn', `meetings[${m}].remoteUrl`, 'rules.R19.noRemoteLink', { title }));
    }
    return findings;
  });
}
