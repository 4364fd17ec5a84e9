import * as z from 'zod/mini';
import { ActionPlan } from '../../domain/action-plan.ts';
import { IrmAssessment } from '../../domain/irm-assessment.ts';

/**
 * `plan.recorded`: a snapshot of the action plan as the coordinators keep it, with the tracker's
 * reporting periods, so the tracker export and rule R8 check against what the ledger holds.
 */
export const PlanRecordedPayload = z.object({ plan: ActionPlan });
export type PlanRecordedPayload = z.infer<typeof PlanRecordedPayload>;

/** `irm.assessed`: the IRM's findings on one commitment from one report, as published. */
export const IrmAssessedPayload = z.object({ assessment: IrmAssessment });
export type IrmAssessedPayload = z.infer<typeof IrmAssessedPayload>;
