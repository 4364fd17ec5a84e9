import * as z from 'zod/mini';
import { BilingualText } from './bilingual-text.ts';
import { Id } from './id.ts';
import { IsoDateTime } from './iso-time.ts';
import { Role } from './role.ts';

/** One step of one side's sign-off, e.g. "Lead department review", with its minimum review window. */
export const SignOffStep = z.object({
  label: BilingualText,
  signerRole: z.optional(Role),
  minReviewDays: z.int().check(z.minimum(1), z.maximum(365)),
});
export type SignOffStep = z.infer<typeof SignOffStep>;

const procedureFields = {
  id: Id,
  planId: z.optional(Id),
  govSteps: z.array(SignOffStep).check(z.minLength(1)),
  csnSteps: z.array(SignOffStep).check(z.minLength(1)),
  /** How the forum takes decisions (consensus, co-chairs' agreement…), as the partnership agreement says. */
  decisionMaking: z.optional(BilingualText),
};

/**
 * How each side signs off (ogp-domain §3.10, `procedure.agreed`), agreed by both before drafting
 * starts (R17). `agreedAt` exists exactly when the state is `agreed`.
 */
export const SignOffProcedure = z.discriminatedUnion('state', [
  z.object({ ...procedureFields, state: z.literal('draft') }),
  z.object({ ...procedureFields, state: z.literal('agreed'), agreedAt: IsoDateTime }),
]);
export type SignOffProcedure = z.infer<typeof SignOffProcedure>;
