import * as z from 'zod/mini';
import { IsoDate } from '../domain/iso-time.ts';

/** A tracker reporting period, `YYYY-MM` (Canada: `2025-12`, `2026-06` …). */
export const ReportingPeriod = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
export type ReportingPeriod = z.infer<typeof ReportingPeriod>;

/** MSF composition the terms of reference ask for (R24); Canada: 8 civil society + 4 government, 1 civil-society co-chair. */
export const MsfTarget = z.object({
  civilSociety: z.number().check(z.int(), z.nonnegative()),
  government: z.number().check(z.int(), z.nonnegative()),
  civilSocietyCoChairs: z.number().check(z.int(), z.nonnegative()),
});
export type MsfTarget = z.infer<typeof MsfTarget>;

export const CANADA_MSF_TARGET: MsfTarget = { civilSociety: 8, government: 4, civilSocietyCoChairs: 1 };

/**
 * What the rules need besides the records. shared/ has no clock, so `today` comes in; the plan
 * period is given even when the plan record is absent (a single commitment checked in Docs).
 */
export const RuleContext = z.object({
  today: IsoDate,
  period: z
    .object({ start: IsoDate, end: IsoDate })
    .check(z.refine((period) => period.start <= period.end, { error: 'domain.error.periodOrder', path: ['end'] })),
  /** End of the previous action plan (R15: the next one is due within 12 months). */
  previousPlanEnd: z.optional(IsoDate),
  /** The tracker's allowed reporting periods (R8); without it R8 checks duplicates only. */
  reportingPeriods: z.optional(z.array(ReportingPeriod)),
  /** R24 target; Canada's when absent. */
  msfTarget: z.optional(MsfTarget),
  /** R13: days between publishing the co-creation timeline and the start of co-creation (default 14). */
  minNoticeDays: z.optional(z.number().check(z.int(), z.nonnegative())),
  /** R12: days after a meeting by which its notes should be published (default 30). */
  notesDueWithinDays: z.optional(z.number().check(z.int(), z.nonnegative())),
});
export type RuleContext = z.infer<typeof RuleContext>;

export const DEFAULT_MIN_NOTICE_DAYS = 14;
export const DEFAULT_NOTES_DUE_WITHIN_DAYS = 30;
