import * as z from 'zod/mini';
import { EmailAddress } from './email-address.ts';
import { Id } from './id.ts';
import { ShortText } from './short-text.ts';
import { Side } from './side.ts';

/** A person taking part, e.g. a policy official or a CSO member. */
export const Person = z.object({
  id: Id,
  name: ShortText,
  side: Side,
  organisationId: z.optional(Id),
  title: z.optional(ShortText),
  email: z.optional(EmailAddress),
});
export type Person = z.infer<typeof Person>;

/** A person as a document names them; `personId` once matched to the registry. */
export const PersonRef = z.object({
  name: ShortText,
  org: z.optional(ShortText),
  personId: z.optional(Id),
});
export type PersonRef = z.infer<typeof PersonRef>;
