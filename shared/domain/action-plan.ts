import * as z from 'zod/mini';
import { Language } from '../i18n/language.ts';
import { BilingualText } from './bilingual-text.ts';
import { HttpUrl } from './http-url.ts';
import { Id } from './id.ts';
import { IsoDate } from './iso-time.ts';
import { YearMonth } from './year-month.ts';

/** Where a plan is in its life (ogp-domain §4.2). */
export const ActionPlanStatus = z.enum([
  'planning',
  'co_creation',
  'drafting',
  'public_review',
  'final_signoff',
  'submitted',
  'implementing',
  'ended',
  'assessed',
]);
export type ActionPlanStatus = z.infer<typeof ActionPlanStatus>;

/**
 * A National Action Plan (ogp-domain §3.1), e.g. `CA-NAP6-2025-2029`. Links to the work plan, the
 * sign-off procedure and the verdict are optional because a plan in `planning` has none yet; the
 * rules (R15, R16, R17) say when they become due.
 */
export const ActionPlan = z
  .object({
    id: Id,
    sequenceNo: z.int().check(z.minimum(1)),
    title: BilingualText,
    periodStart: IsoDate,
    periodEnd: IsoDate,
    status: ActionPlanStatus,
    /** Languages the plan is written in; R16 wants both `en` and `fr`. */
    languages: z.array(Language).check(z.minLength(1), z.maxLength(2)),
    submittedToOgpAt: z.optional(IsoDate),
    ogpUrl: z.optional(HttpUrl),
    /** End of the previous plan: R15 counts 12 months from it. */
    previousPlanEnd: z.optional(IsoDate),
    /** The tracker's allowed reporting periods (`2025-12`, `2026-06`, …); R8 checks updates against it. */
    reportingPeriods: z.array(YearMonth),
    /** Where the forum's participation rules are public (MR 1.1, R10). */
    forumRulesPublicUrl: z.optional(HttpUrl),
    workplanId: z.optional(Id),
    signOffProcedureId: z.optional(Id),
    partnershipVerdictId: z.optional(Id),
    reasonedResponseDocUrl: z.optional(HttpUrl),
    msfLetterDocUrl: z.optional(HttpUrl),
  })
  .check(z.refine((plan) => plan.periodStart < plan.periodEnd, { error: 'domain.error.periodOrder', path: ['periodEnd'] }));
export type ActionPlan = z.infer<typeof ActionPlan>;
