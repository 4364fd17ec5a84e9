import * as z from 'zod/mini';
import { OutreachActivity } from '../../domain/outreach-activity.ts';
import { ProgressUpdate } from '../../domain/progress-update.ts';
import { Stakeholder } from '../../domain/stakeholder.ts';
import { Workplan } from '../../domain/workplan.ts';

/** `stakeholder.upserted`: a snapshot of one registry entry. */
export const StakeholderUpsertedPayload = z.object({ stakeholder: Stakeholder });
export type StakeholderUpsertedPayload = z.infer<typeof StakeholderUpsertedPayload>;

/** `outreach.logged`: one outreach activity (R22). */
export const OutreachLoggedPayload = z.object({ activity: OutreachActivity });
export type OutreachLoggedPayload = z.infer<typeof OutreachLoggedPayload>;

/** `workplan.updated`: a snapshot of the co-creation work plan. */
export const WorkplanUpdatedPayload = z.object({ workplan: Workplan });
export type WorkplanUpdatedPayload = z.infer<typeof WorkplanUpdatedPayload>;

/** `update.reported`: one Canada tracker row; (reportingPeriod, indicatorCode) is its key (R8). */
export const UpdateReportedPayload = z.object({ update: ProgressUpdate });
export type UpdateReportedPayload = z.infer<typeof UpdateReportedPayload>;
