import * as z from 'zod/mini';
import { BilingualText } from './bilingual-text.ts';
import { CommitmentCode } from './commitment-code.ts';
import { CommitmentLifecycleState } from './commitment-lifecycle-state.ts';
import { EmailAddress } from './email-address.ts';
import { Id } from './id.ts';
import { IsoDate } from './iso-time.ts';
import { Milestone } from './milestone.ts';
import { OgpValue } from './ogp-value.ts';
import { OrganisationRef } from './organisation.ts';
import { PersonRef } from './person.ts';
import { ShortText } from './short-text.ts';

/** Only the government sets it (R20); `pending` until it does. */
export const InclusionDecision = z.enum(['pending', 'included', 'not_included']);
export type InclusionDecision = z.infer<typeof InclusionDecision>;

/** Who answers questions about a commitment (a background field of the OGP template, hence optional). */
export const CommitmentContact = z.object({
  name: ShortText,
  title: z.optional(ShortText),
  department: z.optional(ShortText),
  email: z.optional(EmailAddress),
  phone: z.optional(ShortText),
});
export type CommitmentContact = z.infer<typeof CommitmentContact>;

/**
 * A commitment of the plan (ogp-domain §3.2), as parsed from the document (`commitment.upserted`).
 * The schema checks shape and formats; whether the template is complete (a title, a lead institution,
 * a core OGP value, dates, a milestone…) is rule R1/R2's job, so a half-written draft still syncs and
 * is answered with findings, not a rejection. Empty texts are allowed for the same reason.
 */
export const Commitment = z.object({
  id: Id,
  planId: z.optional(Id),
  code: CommitmentCode,
  /** OGP's own id, `CA0079`, assigned after submission. */
  ogpId: z.optional(z.string().check(z.regex(/^[A-Z]{2}\d{4}$/, { error: 'domain.error.ogpId' }))),
  title: BilingualText,
  theme: z.optional(BilingualText),
  issueToBeAddressed: BilingualText,
  problemStatement: z.optional(BilingualText),
  causes: z.optional(BilingualText),
  /** "What is the commitment?" */
  description: BilingualText,
  /** "How will the commitment contribute to solve the public problem?" */
  theoryOfChange: BilingualText,
  ogpValues: z.array(OgpValue),
  valuesRationale: BilingualText,
  leadInstitutions: z.array(ShortText),
  supportInstitutions: z.array(ShortText),
  otherActors: z.optional(z.array(ShortText)),
  contact: z.optional(CommitmentContact),
  startDate: z.optional(IsoDate),
  endDate: z.optional(IsoDate),
  policyAreas: z.array(ShortText),
  additionalInfo: z.optional(BilingualText),
  gbaPlusNote: z.optional(BilingualText),
  summitForDemocracy: z.optional(z.boolean()),
  /** Officials of the owning department, connected by the OGP lead (R21). */
  policyOfficials: z.array(PersonRef),
  /** CSN organisations working on the commitment (R21). */
  csoPartners: z.array(OrganisationRef),
  /** Ids of the proposals it grew from. */
  sourceProposals: z.array(Id),
  lifecycleState: CommitmentLifecycleState,
  inclusionDecision: InclusionDecision,
  milestones: z.array(Milestone),
});
export type Commitment = z.infer<typeof Commitment>;
