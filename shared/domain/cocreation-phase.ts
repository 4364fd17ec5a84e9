import * as z from 'zod/mini';

/** The phases of Canada's engagement cycle (ogp-domain §2.4), used by the work plan and the outreach log. */
export const CocreationPhase = z.enum([
  'planning',
  'idea_generation',
  'refining_ideas',
  'drafting',
  'public_review',
  'finalizing',
]);
export type CocreationPhase = z.infer<typeof CocreationPhase>;
