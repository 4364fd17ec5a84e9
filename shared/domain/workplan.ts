import * as z from 'zod/mini';
import { BilingualText } from './bilingual-text.ts';
import { CocreationPhase } from './cocreation-phase.ts';
import { Id } from './id.ts';
import { IsoDate, IsoDateTime } from './iso-time.ts';
import { SignOffSubjectKind, SignOffTrack } from './sign-off.ts';

/** A period set aside for one track to sign off one kind of text (the seed letter's "adequate time"). */
export const SignOffWindow = z
  .object({ subjectKind: SignOffSubjectKind, track: SignOffTrack, opens: IsoDate, closes: IsoDate })
  .check(z.refine((window) => window.opens <= window.closes, { error: 'domain.error.windowOrder', path: ['closes'] }));
export type SignOffWindow = z.infer<typeof SignOffWindow>;

/** Who leads a phase. */
export const PhaseOwner = z.enum(['government', 'csn', 'joint']);
export type PhaseOwner = z.infer<typeof PhaseOwner>;

export const WorkplanPhase = z
  .object({
    phase: CocreationPhase,
    starts: IsoDate,
    ends: IsoDate,
    owner: PhaseOwner,
    deliverable: z.optional(BilingualText),
    signOffWindows: z.array(SignOffWindow),
  })
  .check(z.refine((phase) => phase.starts <= phase.ends, { error: 'domain.error.periodOrder', path: ['ends'] }));
export type WorkplanPhase = z.infer<typeof WorkplanPhase>;

/** Staff time one side commits (the seed letter's "adequate and consistent staff capacity"). */
export const StaffCapacity = z.object({
  people: z.number().check(z.minimum(0), z.maximum(1000)),
  daysPerMonth: z.number().check(z.minimum(0), z.maximum(31_000)),
});
export type StaffCapacity = z.infer<typeof StaffCapacity>;

/**
 * The co-creation work plan (`workplan.updated`, ogp-domain §3.10): phases of Canada's cycle with
 * their dates up to publication, and each side's capacity. Published before co-creation starts (R13).
 */
export const Workplan = z.object({
  id: Id,
  planId: z.optional(Id),
  phases: z.array(WorkplanPhase),
  capacity: z.object({ government: StaffCapacity, csn: StaffCapacity }),
  publishedAt: z.optional(IsoDateTime),
});
export type Workplan = z.infer<typeof Workplan>;
