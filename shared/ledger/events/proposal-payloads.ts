import * as z from 'zod/mini';
import { Id } from '../../domain/id.ts';
import { Proposal, ProposalDisposition, ReasonedResponse } from '../../domain/proposal.ts';

const { disposition: _disposition, reasonedResponse: _response, ...submittedFields } = Proposal.shape;

/**
 * `proposal.submitted`: the proposal as received, text in its original language. It carries no
 * disposition nor reasoned response: those are the forum's answer, recorded by `proposal.disposed`
 * (coordinators only), so a submission that sends them is refused. The views start it `pending`.
 */
export const ProposalSubmittedPayload = z.object({ proposal: z.object(submittedFields) });
export type ProposalSubmittedPayload = z.infer<typeof ProposalSubmittedPayload>;

/** Dispositions that owe the proposer a reasoned response (OGP Standard 4, rule R9). */
const OWES_RESPONSE = new Set<ProposalDisposition>([
  'partially_adopted',
  'merged',
  'deferred_to_next_plan',
  'out_of_scope',
  'not_adopted',
]);

/**
 * `proposal.disposed`: what became of a proposal. A disposition other than `pending` or `adopted`
 * is refused without a response in at least one language; R6 then checks both languages.
 */
export const ProposalDisposedPayload = z
  .object({ proposalId: Id, disposition: ProposalDisposition, response: z.optional(ReasonedResponse) })
  .check(
    z.refine(
      (payload) =>
        !OWES_RESPONSE.has(payload.disposition) ||
        (payload.response !== undefined && (payload.response.text.en.trim() !== '' || payload.response.text.fr.trim() !== '')),
      { error: 'ledger.invalid.responseRequired', path: ['response'] },
    ),
  );
export type ProposalDisposedPayload = z.infer<typeof ProposalDisposedPayload>;
