import * as z from 'zod/mini';
import { Language } from '../i18n/language.ts';
import { Id } from './id.ts';
import { RecruitmentChannel } from './recruitment-channel.ts';
import { Region } from './region.ts';
import { Sector } from './sector.ts';
import { ShortText } from './short-text.ts';
import { Side } from './side.ts';

/** A member's role on the Multi-Stakeholder Forum (ogp-domain §3.6). */
export const MsfRole = z.enum(['cs_co_chair', 'gov_co_chair', 'cs_member', 'gov_member']);
export type MsfRole = z.infer<typeof MsfRole>;

/**
 * An entry of the stakeholder registry (`stakeholder.upserted`): an organisation or a person. What is
 * not known is left out rather than guessed, so only `id`, `kind`, `name`, `side` and `policyAreas`
 * are required; the outreach dashboard counts unknowns as unknown.
 */
export const Stakeholder = z.object({
  id: Id,
  kind: z.enum(['organisation', 'person']),
  name: ShortText,
  side: Side,
  /** For a person: the organisation they belong to. */
  organisation: z.optional(ShortText),
  sector: z.optional(Sector),
  region: z.optional(Region),
  preferredLanguage: z.optional(Language),
  recruitmentChannel: z.optional(RecruitmentChannel),
  csnMember: z.optional(z.boolean()),
  msfMember: z.optional(z.boolean()),
  msfRole: z.optional(MsfRole),
  /** OGP policy-area tags ("Open Data", "Civic Space"), used to match CSOs with commitments. */
  policyAreas: z.array(ShortText),
});
export type Stakeholder = z.infer<typeof Stakeholder>;
