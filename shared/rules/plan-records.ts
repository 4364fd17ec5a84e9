import * as z from 'zod/mini';
import { ActionPlan } from '../domain/action-plan.ts';
import { Commitment } from '../domain/commitment.ts';
import { Meeting } from '../domain/meeting.ts';
import { OutreachActivity } from '../domain/outreach-activity.ts';
import { PartnershipVerdict } from '../domain/partnership-verdict.ts';
import { ProgressUpdate } from '../domain/progress-update.ts';
import { Proposal } from '../domain/proposal.ts';
import { SignOff } from '../domain/sign-off.ts';
import { SignOffProcedure } from '../domain/sign-off-procedure.ts';
import { Stakeholder } from '../domain/stakeholder.ts';
import { Workplan } from '../domain/workplan.ts';

/**
 * Everything the plan-level rules read, as the ledger's views hold it. Lists are always present
 * (possibly empty) so a rule never has to ask whether a list exists; single records may be absent
 * while the plan is young. Finding paths index into these lists: `meetings[3].chairSide`.
 */
export const PlanRecords = z.object({
  plan: z.optional(ActionPlan),
  commitments: z.array(Commitment),
  meetings: z.array(Meeting),
  proposals: z.array(Proposal),
  updates: z.array(ProgressUpdate),
  procedure: z.optional(SignOffProcedure),
  signOffs: z.array(SignOff),
  workplan: z.optional(Workplan),
  stakeholders: z.array(Stakeholder),
  outreach: z.array(OutreachActivity),
  verdicts: z.array(PartnershipVerdict),
});
export type PlanRecords = z.infer<typeof PlanRecords>;
