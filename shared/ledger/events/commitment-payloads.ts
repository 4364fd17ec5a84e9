import * as z from 'zod/mini';
import { Commitment } from '../../domain/commitment.ts';
import { ShortText } from '../../domain/short-text.ts';
import { Sha256Hex } from '../event-envelope.ts';

/**
 * `commitment.upserted`: the commitment as parsed from its document, with the version hash of its
 * signable text (commitmentVersionHash) so sign-offs can say "changed since signed".
 */
export const CommitmentUpsertedPayload = z.object({
  commitment: Commitment,
  versionHash: Sha256Hex,
  /** The Google Doc it was read from, when it came from the add-on. */
  docId: z.optional(ShortText),
});
export type CommitmentUpsertedPayload = z.infer<typeof CommitmentUpsertedPayload>;
