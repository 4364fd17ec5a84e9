import * as z from 'zod/mini';
import { CocreationPhase } from './cocreation-phase.ts';
import { FreeText, RequiredText } from './free-text.ts';
import { Id } from './id.ts';
import { IsoDate } from './iso-time.ts';
import { RecruitmentChannel } from './recruitment-channel.ts';
import { Region } from './region.ts';
import { Sector } from './sector.ts';
import { ShortText } from './short-text.ts';

/** How an outreach activity reached people. */
export const OutreachMethod = z.enum([
  'in_person_session',
  'online_session',
  'questionnaire',
  'idea_board',
  'email',
  'social_media',
  'partner_network',
  'other',
]);
export type OutreachMethod = z.infer<typeof OutreachMethod>;

/**
 * One entry of the outreach log (`outreach.logged`, ogp-domain §3.12). `recruitmentChannel` says
 * whether the activity went out to people (`targeted_outreach`) or waited for them; R22 wants at least
 * one targeted activity per co-creation phase.
 */
export const OutreachActivity = z.object({
  id: Id,
  planId: z.optional(Id),
  phase: CocreationPhase,
  targetGroup: RequiredText,
  method: OutreachMethod,
  recruitmentChannel: RecruitmentChannel,
  date: IsoDate,
  language: z.enum(['en', 'fr', 'bilingual']),
  accessibilityMeasures: FreeText,
  participantsReached: z.int().check(z.minimum(0)),
  newOrgsCount: z.int().check(z.minimum(0)),
  /** Who the activity was for, when it aimed at one sector or region (coverage counts by these); left out when it did not. */
  audienceSector: z.optional(Sector),
  audienceRegion: z.optional(Region),
  /** The organisations it reached, by name, as the coordinator wrote them down. */
  organisations: z.optional(z.array(ShortText).check(z.maxLength(200))),
  notes: z.optional(FreeText),
});
export type OutreachActivity = z.infer<typeof OutreachActivity>;
