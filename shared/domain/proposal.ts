import * as z from 'zod/mini';
import { Language } from '../i18n/language.ts';
import { BilingualText } from './bilingual-text.ts';
import { RequiredText } from './free-text.ts';
import { HttpUrl } from './http-url.ts';
import { Id } from './id.ts';
import { IsoDateTime } from './iso-time.ts';
import { Sector } from './sector.ts';
import { ShortText } from './short-text.ts';

/** Where a proposal came in (ogp-domain §3.8). */
export const ProposalChannel = z.enum([
  'online_idea_board',
  'questionnaire',
  'email',
  'in_person_session',
  'virtual_event',
  'msf_member',
  'csn_submission',
  'webinar_annotation',
]);
export type ProposalChannel = z.infer<typeof ProposalChannel>;

/** What became of a proposal; anything but `adopted` and `pending` owes a reasoned response (R9). */
export const ProposalDisposition = z.enum([
  'pending',
  'adopted',
  'partially_adopted',
  'merged',
  'deferred_to_next_plan',
  'out_of_scope',
  'not_adopted',
]);
export type ProposalDisposition = z.infer<typeof ProposalDisposition>;

/** Why a proposal was or was not taken up (OGP Standard 4), published in both languages. */
export const ReasonedResponse = z.object({
  text: BilingualText,
  publishedAt: z.optional(IsoDateTime),
  docUrl: z.optional(HttpUrl),
});
export type ReasonedResponse = z.infer<typeof ReasonedResponse>;

/** An idea for the plan (`proposal.submitted` / `proposal.disposed`). The text is kept in its original language. */
export const Proposal = z.object({
  id: Id,
  planId: z.optional(Id),
  channel: ProposalChannel,
  /** Left out when the submitter asked not to be named. */
  submittedBy: z.optional(ShortText),
  sector: z.optional(Sector),
  submittedAt: IsoDateTime,
  theme: z.optional(ShortText),
  text: RequiredText,
  language: z.optional(Language),
  disposition: ProposalDisposition,
  reasonedResponse: z.optional(ReasonedResponse),
  linkedCommitments: z.array(Id),
});
export type Proposal = z.infer<typeof Proposal>;
