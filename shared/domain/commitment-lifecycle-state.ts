import * as z from 'zod/mini';

/** Where a commitment is in its life, idea to assessment (ogp-domain §4.1). */
export const CommitmentLifecycleState = z.enum([
  'idea',
  'proposal',
  'shortlisted',
  'drafting',
  'draft_complete',
  'public_review',
  'ready_for_signoff',
  'inclusion_decision',
  'included',
  'not_adopted',
  'merged',
  'deferred',
  'published',
  'implementing',
  'ended',
  'assessed',
  'modified',
  'withdrawn',
]);
export type CommitmentLifecycleState = z.infer<typeof CommitmentLifecycleState>;
