import * as z from 'zod/mini';
import { BilingualText } from './bilingual-text.ts';
import { CommitmentCode, IndicatorCode, MilestoneCode } from './commitment-code.ts';
import { Id } from './id.ts';
import { TrackerStatus } from './tracker-status.ts';
import { YearMonth } from './year-month.ts';

/**
 * One row of Canada's tracker (`update.reported`, ogp-domain §3.5): key (reportingPeriod,
 * indicatorCode). The pairing rules (NIL/NUL, evidence both-or-neither, challenges when NS or LP) are
 * rule R7 and the allowed periods R8, so the reporter sees a finding rather than a bare refusal.
 */
export const ProgressUpdate = z.object({
  planId: z.optional(Id),
  reportingPeriod: YearMonth,
  commitmentCode: CommitmentCode,
  milestoneCode: MilestoneCode,
  indicatorCode: IndicatorCode,
  status: TrackerStatus,
  progress: BilingualText,
  evidence: z.optional(BilingualText),
  challenges: z.optional(BilingualText),
});
export type ProgressUpdate = z.infer<typeof ProgressUpdate>;
