import * as z from 'zod/mini';
import { ActorRef } from './actor-ref.ts';
import { BilingualText } from './bilingual-text.ts';
import { HttpUrl } from './http-url.ts';
import { Id } from './id.ts';
import { IsoDateTime } from './iso-time.ts';
import { ShortText } from './short-text.ts';

/** The CSN's answer to "was this a partnership?" (ogp-domain §3.12). */
export const VerdictOutcome = z.enum(['conditions_met', 'partially_met', 'not_met']);
export type VerdictOutcome = z.infer<typeof VerdictOutcome>;

/** A document or record that backs an assessment. */
export const EvidenceLink = z.object({ label: ShortText, url: HttpUrl });
export type EvidenceLink = z.infer<typeof EvidenceLink>;

/** One condition of partnership (e.g. "sign-off windows honoured") and how far it was met. */
export const VerdictCriterion = z.object({
  label: BilingualText,
  assessment: VerdictOutcome,
  evidence: z.array(EvidenceLink),
});
export type VerdictCriterion = z.infer<typeof VerdictCriterion>;

/** The CSN's verdict on the plan's process (`verdict.issued`); only a CSN signatory issues it (R20). */
export const PartnershipVerdict = z.object({
  id: Id,
  planId: Id,
  criteria: z.array(VerdictCriterion).check(z.minLength(1)),
  verdict: VerdictOutcome,
  rationale: BilingualText,
  issuedAt: IsoDateTime,
  publishedDocUrl: z.optional(HttpUrl),
  issuedBy: z.optional(ActorRef),
});
export type PartnershipVerdict = z.infer<typeof PartnershipVerdict>;
