import * as z from 'zod/mini';
import { PartnershipVerdict } from '../../domain/partnership-verdict.ts';
import { SignOff } from '../../domain/sign-off.ts';
import { SignOffProcedure } from '../../domain/sign-off-procedure.ts';

/**
 * `signoff.recorded`: one step of one track on one version of a subject
 * ({ id, subject {kind, id}, versionHash, track, state, comment?, … }). Append-only: a later record
 * supersedes, never edits. Who may record which track is in authorise-event.ts (R20).
 */
export const SignOffRecordedPayload = SignOff;
export type SignOffRecordedPayload = z.infer<typeof SignOffRecordedPayload>;

/** `verdict.issued`: the CSN's partnership verdict on the plan's process. */
export const VerdictIssuedPayload = z.object({ verdict: PartnershipVerdict });
export type VerdictIssuedPayload = z.infer<typeof VerdictIssuedPayload>;

/**
 * `procedure.agreed`: the sign-off procedure, `draft` while it is negotiated and `agreed` once both
 * sides have agreed it (R17 looks at the latest).
 */
export const ProcedureAgreedPayload = z.object({ procedure: SignOffProcedure });
export type ProcedureAgreedPayload = z.infer<typeof ProcedureAgreedPayload>;
