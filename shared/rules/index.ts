import type { Commitment } from '../domain/commitment.ts';
import { sortFindings } from './sort-findings.ts';
import type { Finding } from './finding.ts';
import { prefixFindings } from './prefix-findings.ts';
import type { PlanRecords } from './plan-records.ts';
import { checkCommitmentCompleteness } from './r01-commitment-completeness.ts';
import { checkMilestoneOutputsAndDates } from './r02-milestone-outputs-and-dates.ts';
import { checkVerifiability } from './r03-verifiability.ts';
import { checkAmbitionHint } from './r04-ambition-hint.ts';
import { checkCodeHierarchy, checkCommitmentCodesUnique, checkUpdateCodes } from './r05-code-hierarchy.ts';
import { checkCommitmentBilingual, checkPlanBilingual } from './r06-bilingual-completeness.ts';
import { checkTrackerPairs } from './r07-tracker-pairs.ts';
import { checkTrackerPeriods } from './r08-tracker-periods.ts';
import { checkReasonedResponses } from './r09-reasoned-responses.ts';
import { checkForumCadence } from './r10-forum-cadence.ts';
import { checkImplementationMeetings } from './r11-implementation-meetings.ts';
import { checkNotesPublished } from './r12-notes-published.ts';
import { checkTimelineNotice } from './r13-timeline-notice.ts';
import { checkParticipationLevel } from './r14-participation-level.ts';
import { checkPlanDeadline } from './r15-plan-deadline.ts';
import { checkPlanLanguages } from './r16-plan-languages.ts';
import { checkSignOffProcedure } from './r17-sign-off-procedure.ts';
import { checkChairRotation } from './r18-chair-rotation.ts';
import { checkVenueAndRemote } from './r19-venue-and-remote.ts';
import { checkDecisionRights } from './r20-decision-rights.ts';
import { checkPolicyOfficialsAndPartners } from './r21-policy-officials-and-partners.ts';
import { checkOutreachCoverage } from './r22-outreach-coverage.ts';
import { checkPlanSize } from './r23-plan-size.ts';
import { checkMsfComposition } from './r24-msf-composition.ts';
import type { RuleContext } from './rule-context.ts';

export { compareFindings, sortFindings } from './sort-findings.ts';
export { Finding, RULE_CODES, RuleCode, SEVERITIES, Severity } from './finding.ts';
export { PlanRecords } from './plan-records.ts';
export { CANADA_MSF_TARGET, MsfTarget, RuleContext } from './rule-context.ts';
export { checkTrackerPairs } from './r07-tracker-pairs.ts';
export { suggestNextChair } from './r18-chair-rotation.ts';
export { ruleTitle } from './rule-title.ts';
export { UNDECIDABLE_RULES } from './undecidable-rules.ts';

/**
 * The commitment-level rules (R1–R6, R21) on one commitment, e.g. the one a drafter is editing.
 * Paths are relative to the commitment (`milestones[2].expectedOutputs`).
 */
export function checkCommitment(commitment: Commitment, context: RuleContext): Finding[] {
  return sortFindings([
    ...checkCommitmentCompleteness(commitment),
    ...checkMilestoneOutputsAndDates(commitment, context),
    ...checkVerifiability(commitment),
    ...checkAmbitionHint(commitment),
    ...checkCodeHierarchy(commitment),
    ...checkCommitmentBilingual(commitment),
    ...checkPolicyOfficialsAndPartners(commitment),
  ]);
}

/**
 * Every rule on a whole plan: the plan-level rules and `checkCommitment` on each commitment (under
 * `commitments[i].`), R5 and R7 on each tracker row (under `updates[i].`). Sorted by rule, then path.
 */
export function checkPlan(records: PlanRecords, context: RuleContext): Finding[] {
  return sortFindings([
    ...records.commitments.flatMap((commitment, c) => prefixFindings(`commitments[${c}]`, checkCommitment(commitment, context))),
    ...checkCommitmentCodesUnique(records.commitments),
    ...records.updates.flatMap((update, u) =>
      prefixFindings(`updates[${u}]`, [...checkUpdateCodes(update), ...checkTrackerPairs(update)]),
    ),
    ...checkPlanBilingual(records),
    ...checkTrackerPeriods(records, context),
    ...checkReasonedResponses(records),
    ...checkForumCadence(records, context),
    ...checkImplementationMeetings(records, context),
    ...checkNotesPublished(records, context),
    ...checkTimelineNotice(records, context),
    ...checkParticipationLevel(records),
    ...checkPlanDeadline(records, context),
    ...checkPlanLanguages(records),
    ...checkSignOffProcedure(records, context),
    ...checkChairRotation(records),
    ...checkVenueAndRemote(records),
    ...checkDecisionRights(records),
    ...checkOutreachCoverage(records, context),
    ...checkPlanSize(records),
    ...checkMsfComposition(records, context),
  ]);
}
