import * as z from 'zod/mini';

/** What a ledger member may do (DESIGN §3); the role table is in shared/ledger/authorise-event.ts. */
export const Role = z.enum(['drafter', 'attendee', 'coordinator', 'gov_signatory', 'csn_signatory']);
export type Role = z.infer<typeof Role>;
