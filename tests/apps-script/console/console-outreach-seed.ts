/**
 * An outreach activity for the console's tests and screenshots, shaped after the engagement the
 * Government of Canada reports for its 2022-24 National Action Plan ("What We Heard Report",
 * https://open.canada.ca/en/content/what-we-heard-report: virtual sessions with civil society
 * organisations, held in English and French). The organisations are among the letter's 26 signatories
 * (shared/seed/signatories.ts), named only to show how the log lists whom an activity reached.
 */
export const ATLANTIC_SESSION = {
  date: '2026-10-20',
  phase: 'idea_generation',
  method: 'online_session',
  recruitmentChannel: 'targeted_outreach',
  targetGroup: 'Civil society organisations in Atlantic Canada',
  audienceSector: 'civil_society',
  audienceRegion: 'NS',
  language: 'bilingual',
  organisations: 'Right to Know Coalition of Nova Scotia\nNew Brunswick Social Policy Research Network',
  participantsReached: '23',
  newOrgsCount: '1',
  accessibilityMeasures: 'Live captions in English and French',
  notes: 'Asked for a second session in the evening for volunteers.',
};
