import * as z from 'zod/mini';
import { Id } from './id.ts';
import { Role } from './role.ts';
import { Side } from './side.ts';

/** A person the coordinator has admitted to the ledger (the Members tab, without its token hash). */
export const Member = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  org: z.string().check(z.maxLength(200)),
  side: Side,
  roles: z.array(Role),
});
export type Member = z.infer<typeof Member>;
