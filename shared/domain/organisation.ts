import * as z from 'zod/mini';
import { HttpUrl } from './http-url.ts';
import { Id } from './id.ts';
import { Region } from './region.ts';
import { Sector } from './sector.ts';
import { ShortText } from './short-text.ts';
import { Side } from './side.ts';

/** A department, agency or organisation taking part; `id` is a stable slug such as `tbs-sct`. */
export const Organisation = z.object({
  id: Id,
  name: ShortText,
  acronym: z.optional(ShortText),
  side: Side,
  sector: z.optional(Sector),
  region: z.optional(Region),
  website: z.optional(HttpUrl),
});
export type Organisation = z.infer<typeof Organisation>;

/**
 * An organisation as a document names it: the name always, the registry id once someone has matched
 * it (a drafter types "Open North", not a slug).
 */
export const OrganisationRef = z.object({ name: ShortText, organisationId: z.optional(Id) });
export type OrganisationRef = z.infer<typeof OrganisationRef>;
