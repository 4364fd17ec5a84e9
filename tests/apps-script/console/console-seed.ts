/**
 * Proposals for the console's tests and screenshots, taken from the Government of Canada's published
 * consultation reports (paraphrased to one sentence each; the reports do not name who submitted them):
 * - "What We Heard – Summary report on open government consultations March 31 – July 15, 2016", theme A
 *   Open data: http://ouvert.canada.ca/en/content/what-we-heard-summary-report-open-government-consultations-march-31-july-15-2016
 * - "What We Heard Report" on the 2022-24 National Action Plan: https://open.canada.ca/en/content/what-we-heard-report
 * - "Consultation Summaries", Civil Society Organization meetings 2014: https://open.canada.ca/en/content/consultation-summaries
 * Submitters are organisations among the letter's 26 signatories (shared/seed/signatories.ts), named
 * here only to show how the console lists a submitter.
 */
import { randomUUID } from 'node:crypto';

export const SEED_PROPOSALS = [
  {
    id: 'proposal-open-by-default',
    channel: 'online_idea_board',
    submittedAt: '2026-09-14T15:00:00.000Z',
    text: 'Make government data open by default, easy to find and understand, and released in a timely manner.',
    language: 'en',
  },
  {
    id: 'proposal-other-jurisdictions',
    channel: 'virtual_event',
    submittedBy: 'Open Data Society of BC',
    submittedAt: '2026-09-21T18:30:00.000Z',
    text: 'Work with provinces, territories and municipalities so that open government solutions reach people whatever the level of government.',
    language: 'en',
  },
  {
    id: 'proposal-extractives-reporting',
    channel: 'csn_submission',
    submittedBy: 'Canadians for Tax Fairness',
    submittedAt: '2026-10-02T13:00:00.000Z',
    text: 'Lead a common approach across jurisdictions to mandatory reporting for extractives, open budgets and open data standards.',
    language: 'en',
  },
] as const;

/**
 * `proposal.submitted` events as a drafter's or attendee's tool posts them: the proposal as received,
 * with no disposition (that is the forum's answer, a coordinator's `proposal.disposed`; the ledger
 * refuses a submission that carries one).
 */
export function proposalEvents(): Record<string, unknown>[] {
  return SEED_PROPOSALS.map((proposal) => ({
    v: 1,
    id: randomUUID(),
    type: 'proposal.submitted',
    at: proposal.submittedAt,
    source: 'extension',
    payload: { proposal: { ...proposal, linkedCommitments: [] } },
  }));
}
