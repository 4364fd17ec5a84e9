import * as z from 'zod/mini';
import { Sha256Hex } from './sha256-hex.ts';
import { ActorRef } from './actor-ref.ts';
import { FreeText } from './free-text.ts';
import { Id } from './id.ts';
import { IsoDateTime } from './iso-time.ts';
import { Role } from './role.ts';

/** What is being signed. */
export const SignOffSubjectKind = z.enum(['procedure', 'workplan', 'commitment', 'action_plan', 'meeting_notes']);
export type SignOffSubjectKind = z.infer<typeof SignOffSubjectKind>;

export const SignOffSubject = z.object({ kind: SignOffSubjectKind, id: Id });
export type SignOffSubject = z.infer<typeof SignOffSubject>;

/** The three sign-off tracks of ogp-domain §4.3. */
export const SignOffTrack = z.enum(['government', 'csn', 'msf']);
export type SignOffTrack = z.infer<typeof SignOffTrack>;

/** Government track; on a commitment, `approved`/`declined` is the inclusion decision. */
export const GovernmentSignOffState = z.enum([
  'not_started',
  'in_review',
  'changes_requested',
  'revised',
  'approved',
  'approved_with_changes',
  'declined',
]);
export type GovernmentSignOffState = z.infer<typeof GovernmentSignOffState>;

/** CSN track; the last three are the position adopted. It cannot block inclusion: it feeds the verdict. */
export const CsnSignOffState = z.enum([
  'not_started',
  'circulated',
  'comment_window_open',
  'endorse',
  'endorse_with_reservations',
  'decline_to_endorse',
]);
export type CsnSignOffState = z.infer<typeof CsnSignOffState>;

/** MSF track, for joint texts such as meeting notes or the work plan. */
export const MsfSignOffState = z.enum(['draft', 'co_chairs_review', 'agreed', 'published']);
export type MsfSignOffState = z.infer<typeof MsfSignOffState>;

/** The states of one track, by track. */
export type SignOffStateOf<T extends SignOffTrack> = {
  government: GovernmentSignOffState;
  csn: CsnSignOffState;
  msf: MsfSignOffState;
}[T];

const signOffFields = {
  id: Id,
  subject: SignOffSubject,
  /** The frozen text this sign-off is about; a new version starts the tracks again (§4.3 guards). */
  versionHash: Sha256Hex,
  windowOpens: z.optional(IsoDateTime),
  windowCloses: z.optional(IsoDateTime),
  signerRole: z.optional(Role),
  comment: z.optional(FreeText),
  recordedBy: z.optional(ActorRef),
};

/**
 * One recorded step of a sign-off (`signoff.recorded`). Each track carries its own states, so a CSN
 * record cannot say `approved` nor a government record `endorse`.
 */
export const SignOff = z
  .discriminatedUnion('track', [
    z.object({ ...signOffFields, track: z.literal('government'), state: GovernmentSignOffState }),
    z.object({ ...signOffFields, track: z.literal('csn'), state: CsnSignOffState }),
    z.object({ ...signOffFields, track: z.literal('msf'), state: MsfSignOffState }),
  ])
  .check(
    z.refine(
      (signOff) =>
        signOff.windowOpens === undefined ||
        signOff.windowCloses === undefined ||
        Date.parse(signOff.windowOpens) < Date.parse(signOff.windowCloses),
      { error: 'domain.error.windowOrder', path: ['windowCloses'] },
    ),
  );
export type SignOff = z.infer<typeof SignOff>;
